import type { Core, UID } from '@strapi/strapi';
import { toBlocks } from '../seed/blocks.ts';
import { agencies, documentTypes, fields } from './vocabulary.ts';
import { categories, type Province } from './generate.ts';

export interface ImportReport {
  entries: number;
  seconds: number;
  perKind: Record<string, { entries: number; seconds: number }>;
}

/**
 * Writes a generated province through the Document Service (so every rule of the portal
 * applies), `batchSize` entries to a transaction, published. Reports entries per second.
 */
export async function importProvince(
  strapi: Core.Strapi,
  province: Province,
  { batchSize = 4000, log = (_line: string) => {} }: { batchSize?: number; log?: (line: string) => void } = {},
): Promise<ImportReport> {
  const report: ImportReport = { entries: 0, seconds: 0, perKind: {} };
  const started = performance.now();

  async function inBatches<T>(
    kind: string,
    uid: UID.ContentType,
    items: T[],
    toData: (item: T) => Record<string, unknown>,
    { published = true, remember }: { published?: boolean; remember?: (item: T, documentId: string) => void } = {},
  ) {
    const kindStarted = performance.now();
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      await strapi.db.transaction(async () => {
        for (const item of batch) {
          const created = await (strapi.documents(uid) as any).create({ data: toData(item), locale: 'vi', ...(published ? { status: 'published' } : {}) });
          remember?.(item, created.documentId);
        }
      });
      const seconds = (performance.now() - kindStarted) / 1000;
      log(`${kind}: ${Math.min(start + batchSize, items.length)}/${items.length} (${((start + batch.length) / seconds).toFixed(0)}/s)`);
    }
    const seconds = (performance.now() - kindStarted) / 1000;
    report.perKind[kind] = { entries: items.length, seconds };
    report.entries += items.length;
  }

  // Lookups by name, created when missing.
  const lookup = async (uid: UID.ContentType, rows: Array<Record<string, unknown>>, key: string) => {
    const map = new Map<string, string>();
    for (const row of rows) {
      const existing = await (strapi.documents(uid) as any).findFirst({ filters: { name: row.name }, locale: 'vi', status: 'draft' });
      const entry = existing ?? (await (strapi.documents(uid) as any).create({ data: row, locale: 'vi', status: 'published' }));
      map.set(String(row[key]), entry.documentId);
    }
    return map;
  };
  const agencyIds = await lookup('api::agency.agency', [...agencies, ['Hội đồng nhân dân tỉnh', 'HĐND'] as const].map(([name, abbreviation]) => ({ name, abbreviation })), 'abbreviation');
  const typeIds = await lookup('api::document-type.document-type', documentTypes.map(([name, abbreviation]) => ({ name, abbreviation })), 'abbreviation');
  const fieldIds = await lookup('api::field.field', fields.map((name) => ({ name })), 'name');
  const categoryIds = await lookup('api::category.category', categories.map((name) => ({ name })), 'name');

  const documentIds = new Map<string, string>();
  await inBatches('documents', 'api::document.document', province.documents, (document) => ({
    number: document.number,
    slug: document.slug,
    excerpt: document.excerpt,
    documentType: typeIds.get(document.type),
    issuingAgency: agencyIds.get(document.agency),
    field: fieldIds.get(document.field),
    signer: document.signer,
    signerTitle: document.signerTitle,
    issuedDate: document.issuedDate,
    effectiveDate: document.effectiveDate,
    expiryDate: document.expiryDate,
    // Replaced documents come earlier in the list, so their ids are known by now.
    // An empty list still makes Strapi count the target table (a full scan in SQLite): leave it out.
    ...(document.replaces.length ? { replaces: document.replaces.map((key) => documentIds.get(key)).filter(Boolean) } : {}),
  }), { remember: (document, id) => documentIds.set(document.key, id) });
  await inBatches('articles', 'api::article.article', province.articles, (article) => ({
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    body: toBlocks(article.body),
    category: categoryIds.get(article.category),
    byline: article.byline,
    displayDate: article.displayDate,
  }));
  await inBatches('gazette-issues', 'api::gazette-issue.gazette-issue', province.gazetteIssues, (issue) => ({
    number: issue.number,
    year: issue.year,
    publicationDate: issue.publicationDate,
    entries: issue.entries.map((entry) => ({ document: documentIds.get(entry.document), pageFrom: entry.pageFrom, pageTo: entry.pageTo })),
    // Generated issues have no signed PDF: published by the operator's override, as the demo's.
    signatureOverride: true,
  }));
  const consultationIds = new Map<string, string>();
  await inBatches('consultations', 'api::consultation.consultation', province.consultations, (consultation) => ({
    title: consultation.title,
    slug: consultation.slug,
    summary: consultation.summary,
    body: toBlocks(consultation.body),
    draftingAgency: agencyIds.get(consultation.draftingAgency),
    openingAt: consultation.openingAt,
    closingAt: consultation.closingAt,
    outcome: consultation.outcome ? toBlocks(consultation.outcome) : null,
  }), { remember: (consultation, id) => consultationIds.set(consultation.key, id) });
  await inBatches('comments', 'api::comment.comment', province.comments, (comment) => ({ ...comment, consultation: consultationIds.get(comment.consultation) }), { published: false });

  report.seconds = (performance.now() - started) / 1000;
  return report;
}
