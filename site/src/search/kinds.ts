// Used by the browser and the build: the kinds of content search finds, with their labels.
import type { Locale } from '@cong/shared';

/**
 * Each kind of detail page, with the label its pages are marked with (the `kind` filter and
 * meta) in each language: the search page lists these and its results show them.
 */
export const searchKinds = {
  article: { vi: 'Tin bài', en: 'News' },
  document: { vi: 'Văn bản', en: 'Document' },
  gazetteIssue: { vi: 'Công báo', en: 'Official Gazette' },
  consultation: { vi: 'Dự thảo', en: 'Draft for consultation' },
  page: { vi: 'Trang thông tin', en: 'Page' },
} as const satisfies Record<string, Record<Locale, string>>;

export type SearchKind = keyof typeof searchKinds;

/** The label a kind's pages carry in a language: "Văn bản", "News". */
export const kindLabel = (kind: SearchKind, locale: Locale): string => searchKinds[kind][locale];

/** Every kind's label in a language, in the order the search page lists them. */
export const kindLabels = (locale: Locale): string[] => Object.values(searchKinds).map((labels) => labels[locale]);
