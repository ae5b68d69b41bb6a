// Used by the build only: the marks the detail layout writes on a page for Pagefind.
import { foldVietnamese, provinceDateOf, provinceYear, type Locale } from '@cong/shared';
import type { PageFilter, ResultMeta } from './fields.ts';
import { kindLabel, type SearchKind } from './kinds.ts';

/** What a detail page tells search about itself: the detail layout's `search` prop. */
export interface PageSearch {
  kind: SearchKind;
  /** As stored, a calendar date or an instant: results show it, and sort and file the page by it. */
  date?: string | null;
  filters?: Partial<Record<PageFilter, string | null | undefined>>;
  meta?: { [name in 'number' | 'type']?: ResultMeta[name] | null };
  /** The page's text, for its đ-words folded to d (see foldedDWords). */
  text: string;
}

/** One mark: a Pagefind attribute and its `name:value`. */
export type SearchMark = ['data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort', string];

/**
 * The marks of a page in a language: its kind, its date (sort, meta and year filter, all on the
 * province's calendar, so a page published at 02:00 on 1 January is in the new year), then its
 * other filters and meta, those with a value.
 */
export function searchMarks({ kind, date, filters = {}, meta = {} }: PageSearch, locale: Locale): SearchMark[] {
  const label = kindLabel(kind, locale);
  const marks: SearchMark[] = [['data-pagefind-filter', `kind:${label}`], ['data-pagefind-meta', `kind:${label}`]];
  if (date) {
    const day = provinceDateOf(date);
    marks.push(['data-pagefind-sort', `date:${day}`], ['data-pagefind-meta', `date:${day}`], ['data-pagefind-filter', `year:${provinceYear(date)}`]);
  }
  for (const [name, value] of Object.entries(filters)) if (value) marks.push(['data-pagefind-filter', `${name}:${value}`]);
  for (const [name, value] of Object.entries(meta)) if (value) marks.push(['data-pagefind-meta', `${name}:${value}`]);
  return marks;
}

/**
 * The page's words with đ, folded to d and lower case, each once. Pagefind folds tones and
 * vowel marks but not đ, and drops a query word with no hits, so "quyet dinh" would search only
 * "quyet": each page lists these (about 4% more index), and the search page folds đ in the query.
 */
export function foldedDWords(text: string): string[] {
  // Words first, then the ones with đ: a pattern that finds them in the whole text re-reads
  // each word from every letter (about 4% of rendering at ten years).
  const words = new Set(text.split(/[^\p{L}]+/u).filter((word) => /[đĐ]/.test(word)));
  return [...new Set([...words].map((word) => foldVietnamese(word).toLowerCase()))];
}
