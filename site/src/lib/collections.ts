import type { Locale } from '@cong/shared';

/** Where one collection of the site's content comes from in the CMS. */
export interface CollectionSource {
  /** The REST endpoint: "articles", "documents", … */
  endpoint: string;
  /** The locales to read; each entry's id is "<locale>/<documentId>". */
  locales: Locale[];
  /** Extra REST filters, e.g. only approved comments. */
  filters?: string;
  /** A single type (one entry per locale, no pagination). */
  single?: boolean;
}

/** Everything the site shows, by the name pages read it under (`entries('articles')`). */
export const collections = {
  articles: { endpoint: 'articles', locales: ['vi', 'en'] },
  categories: { endpoint: 'categories', locales: ['vi', 'en'] },
  tags: { endpoint: 'tags', locales: ['vi'] },
  documents: { endpoint: 'documents', locales: ['vi'] },
  agencies: { endpoint: 'agencies', locales: ['vi'] },
  fields: { endpoint: 'fields', locales: ['vi'] },
  documentTypes: { endpoint: 'document-types', locales: ['vi'] },
  gazetteIssues: { endpoint: 'gazette-issues', locales: ['vi'] },
  consultations: { endpoint: 'consultations', locales: ['vi'] },
  // Only approved comments ever reach the site; the CMS strips email and phone from all of them.
  comments: { endpoint: 'comments', locales: ['vi'], filters: 'filters[moderationStatus][$eq]=approved' },
  pages: { endpoint: 'pages', locales: ['vi', 'en'] },
  settings: { endpoint: 'site-setting', locales: ['vi', 'en'], single: true },
} satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof collections;
