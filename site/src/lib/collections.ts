import type { Locale } from '@cong/shared';

/** Where one collection of the site's content comes from in the CMS. */
export interface CollectionSource {
  /** The REST endpoint: "articles", "documents", … */
  endpoint: string;
  /** The content type, as Strapi (and the admin, which names broken references with it) calls it. */
  uid: string;
  /** The locales to read; each entry's id is "<locale>/<documentId>". */
  locales: Locale[];
  /** Extra REST filters, e.g. only approved comments. */
  filters?: string;
  /** A single type (one entry per locale, no pagination). */
  single?: boolean;
  /** Draft & publish off: an entry is published when written, and has no publish time to ask by. */
  noDrafts?: boolean;
}

/** Everything the site shows, by the name pages read it under (`entries('articles')`). */
export const collections = {
  articles: { endpoint: 'articles', uid: 'api::article.article', locales: ['vi', 'en'] },
  categories: { endpoint: 'categories', uid: 'api::category.category', locales: ['vi', 'en'] },
  tags: { endpoint: 'tags', uid: 'api::tag.tag', locales: ['vi'] },
  documents: { endpoint: 'documents', uid: 'api::document.document', locales: ['vi'] },
  agencies: { endpoint: 'agencies', uid: 'api::agency.agency', locales: ['vi'] },
  fields: { endpoint: 'fields', uid: 'api::field.field', locales: ['vi'] },
  documentTypes: { endpoint: 'document-types', uid: 'api::document-type.document-type', locales: ['vi'] },
  gazetteIssues: { endpoint: 'gazette-issues', uid: 'api::gazette-issue.gazette-issue', locales: ['vi'] },
  consultations: { endpoint: 'consultations', uid: 'api::consultation.consultation', locales: ['vi'] },
  // Only approved comments ever reach the site; the CMS strips email and phone from all of them.
  comments: { endpoint: 'comments', uid: 'api::comment.comment', locales: ['vi'], filters: 'filters[moderationStatus][$eq]=approved', noDrafts: true },
  pages: { endpoint: 'pages', uid: 'api::page.page', locales: ['vi', 'en'] },
  // The province and its component sites; not translated (one entry each, read as 'vi').
  units: { endpoint: 'units', uid: 'api::unit.unit', locales: ['vi'], noDrafts: true },
  settings: { endpoint: 'site-setting', uid: 'api::site-setting.site-setting', locales: ['vi', 'en'], single: true },
} satisfies Record<string, CollectionSource>;

export type CollectionName = keyof typeof collections;
