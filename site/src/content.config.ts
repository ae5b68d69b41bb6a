import { defineCollection } from 'astro:content';
import type {
  Agency, Article, Category, Consultation, DocumentType, Field, GazetteIssue, LegalDocument, Page,
  PublicComment, SiteSetting, Tag,
} from '@cong/shared';
import { commentCountsLoader } from './loaders/comment-counts.ts';
import { strapiLoader } from './loaders/strapi.ts';

export const collections = {
  articles: defineCollection({ loader: strapiLoader<Article>({ endpoint: 'articles', locales: ['vi', 'en'] }) }),
  categories: defineCollection({ loader: strapiLoader<Category>({ endpoint: 'categories', locales: ['vi', 'en'] }) }),
  tags: defineCollection({ loader: strapiLoader<Tag>({ endpoint: 'tags' }) }),
  documents: defineCollection({ loader: strapiLoader<LegalDocument>({ endpoint: 'documents' }) }),
  agencies: defineCollection({ loader: strapiLoader<Agency>({ endpoint: 'agencies' }) }),
  fields: defineCollection({ loader: strapiLoader<Field>({ endpoint: 'fields' }) }),
  documentTypes: defineCollection({ loader: strapiLoader<DocumentType>({ endpoint: 'document-types' }) }),
  gazetteIssues: defineCollection({ loader: strapiLoader<GazetteIssue>({ endpoint: 'gazette-issues' }) }),
  consultations: defineCollection({ loader: strapiLoader<Consultation>({ endpoint: 'consultations' }) }),
  // Only approved comments ever reach the site; the CMS strips email and phone from all of them.
  comments: defineCollection({
    loader: strapiLoader<PublicComment>({ endpoint: 'comments', filters: 'filters[moderationStatus][$eq]=approved' }),
  }),
  commentCounts: defineCollection({ loader: commentCountsLoader() }),
  pages: defineCollection({ loader: strapiLoader<Page>({ endpoint: 'pages', locales: ['vi', 'en'] }) }),
  settings: defineCollection({ loader: strapiLoader<SiteSetting>({ endpoint: 'site-setting', locales: ['vi', 'en'], single: true }) }),
};
