import type { Core, UID } from '@strapi/strapi';
import { commentReferenceCode, type ImportReport, type Province } from '@cong/shared';
import { settle } from '../db-settle.ts';
import { toBlocks } from '../seed/blocks.ts';
import { documentPdf, gazettePdf, type PdfDocumentContents } from '../seed/pdf.ts';
import { Tally } from '../seed/tally.ts';
import { BatchRules } from './batch-rules.ts';
import { BulkWriter, newDocumentId, type BulkEntry } from './bulk-writer.ts';
import { importMedia } from './media.ts';
import { importUnits } from './units.ts';


/**
 * Writes a generated province, published, `batchSize` entries to a transaction, and reports
 * entries per second. Its component units come first, through the Document Service (each new
 * one with its starter pages); documents, articles and comments (nearly every entry) go in
 * bulk, stored as the Document Service stores them with the portal's rules checked for the
 * batch in memory, each linked to its unit; the rest go through the Document Service, so
 * every rule applies as in the admin. Entries of no unit are the province's.
 */
export async function importProvince(
  strapi: Core.Strapi,
  province: Province,
  {
    batchSize = 4000,
    via = 'bulk',
    log = (_line: string) => {},
  }: {
    batchSize?: number;
    /** 'document-service' writes every entry one by one as the admin would: slow, the reference. */
    via?: 'bulk' | 'document-service';
    log?: (line: string) => void;
  } = {},
): Promise<ImportReport> {
  const report: ImportReport = { entries: 0, seconds: 0, perKind: {} };
  const started = performance.now();

  /** Writes one kind, `batchSize` to a transaction, in bulk or (types with components) one by one. */
  async function inBulk<T>(
    kind: string,
    uid: UID.ContentType,
    items: T[],
    toEntry: (item: T) => BulkEntry,
    { remember, write = via }: { remember?: (item: T, documentId: string) => void; write?: 'bulk' | 'document-service' } = {},
  ) {
    const kindStarted = performance.now();
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize);
      await strapi.db.transaction(async ({ trx }) => {
        const entries = batch.map(toEntry);
        const ids = write === 'bulk' ? await bulk.writePublished(uid, entries, trx) : await oneByOne(uid, entries);
        batch.forEach((item, index) => remember?.(item, ids[index]!));
      });
      // Entries written through the Document Service read themselves back for their events once
      // the batch commits (cms/scripts/db-settle.ts): the next batch waits for that. Not inside
      // the transaction, which holds a connection itself.
      await settle(strapi);
      const seconds = (performance.now() - kindStarted) / 1000;
      log(`${kind}: ${start + batch.length}/${items.length} (${((start + batch.length) / seconds).toFixed(0)}/s)`);
    }
    report.perKind[kind] = { entries: items.length, seconds: (performance.now() - kindStarted) / 1000 };
    report.entries += items.length;
  }

  // The Document Service makes its own documentIds: ids given up front are translated to them.
  const madeBy = new Map<string, string>();
  async function oneByOne(uid: UID.ContentType, entries: BulkEntry[]): Promise<string[]> {
    const ids: string[] = [];
    const translate = (id: string) => madeBy.get(id) ?? id;
    for (const { documentId, data, relations = {}, media = {} } of entries) {
      const links = Object.fromEntries(
        Object.entries(relations)
          // An empty relation makes Strapi count the whole target table (SQLite scans for 1 = 0): leave it out.
          .filter(([, targets]) => (Array.isArray(targets) ? targets.length : targets))
          .map(([field, targets]) => [field, Array.isArray(targets) ? targets.map(translate) : translate(targets!)]),
      );
      const created = await (strapi.documents(uid) as any).create({ data: { ...data, ...links, ...media }, locale: 'vi', status: 'published' });
      if (documentId) madeBy.set(documentId, created.documentId);
      ids.push(created.documentId);
    }
    return ids;
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
  const agencyIds = await lookup('api::agency.agency', province.agencies, 'abbreviation');
  const typeIds = await lookup('api::document-type.document-type', province.documentTypes, 'abbreviation');
  const fieldIds = await lookup('api::field.field', province.fields.map((name) => ({ name })), 'name');
  const categoryIds = await lookup('api::category.category', province.categories.map((name) => ({ name })), 'name');

  // A province file from before units has none.
  const unitsStarted = performance.now();
  const units = await importUnits(strapi, province.units ?? [], log);
  if (units.size) {
    report.perKind.units = { entries: units.size, seconds: (performance.now() - unitsStarted) / 1000 };
    report.entries += units.size;
  }
  const unitOf = (hostLabel: string | undefined) => {
    if (!hostLabel) return undefined;
    const unit = units.get(hostLabel);
    if (!unit) throw new Error(`Tệp tỉnh có mục của đơn vị "${hostLabel}" nhưng không có đơn vị này trong danh sách đơn vị (units).`);
    return unit;
  };

  // The files entries name, each made and uploaded once, before the entries that link them.
  const agencyNames = new Map(province.agencies.map((agency) => [agency.abbreviation, agency.name]));
  const typeNames = new Map(province.documentTypes.map((type) => [type.abbreviation, type.name]));
  const unitNames = new Map((province.units ?? []).map((unit) => [unit.hostLabel, unit.fullName]));
  const contentsOf = (document: Province['documents'][number]): PdfDocumentContents => ({
    typeName: typeNames.get(document.type) ?? document.type,
    number: document.number,
    issuedDate: document.issuedDate,
    excerpt: document.excerpt,
    paragraphs: [],
    issuingBody: (document.unit && unitNames.get(document.unit)) || agencyNames.get(document.agency) || document.agency,
    signerTitle: document.signerTitle,
    signer: document.signer,
  });
  const byKey = new Map(province.documents.map((document) => [document.key, document]));
  const pdfs = new Map<string, () => Promise<Uint8Array>>();
  for (const document of province.documents) for (const key of document.files ?? []) pdfs.set(key, () => documentPdf(contentsOf(document)));
  for (const issue of province.gazetteIssues) {
    if (!issue.pdf) continue;
    pdfs.set(issue.pdf, () =>
      gazettePdf({
        number: issue.number,
        year: issue.year,
        publicationDate: issue.publicationDate,
        governingBody: 'Ủy ban nhân dân tỉnh',
        entries: issue.entries.flatMap((entry) => (byKey.has(entry.document) ? [{ ...contentsOf(byKey.get(entry.document)!), pageFrom: entry.pageFrom }] : [])),
      }),
    );
  }
  const mediaStarted = performance.now();
  const files = await importMedia(strapi, province.media ?? [], {
    pdfOf: (file) => {
      const make = pdfs.get(file.key);
      if (!make) throw new Error(`Tệp ${file.key} không thuộc văn bản hay số Công báo nào của tệp tỉnh.`);
      return make();
    },
    tally: new Tally(),
    log,
  });
  if (files.size) report.perKind.media = { entries: files.size, seconds: (performance.now() - mediaStarted) / 1000 };
  const fileId = (key: string) => {
    const id = files.get(key);
    if (id === undefined) throw new Error(`Tệp tỉnh nhắc đến tệp ${key} nhưng không có tệp này trong danh sách tệp (media).`);
    return id;
  };

  // Documents, articles and comments are nearly all of a province: written in bulk, their rules checked in memory.
  const bulk = new BulkWriter(strapi);
  for (const uid of ['api::agency.agency', 'api::document-type.document-type', 'api::field.field', 'api::category.category', 'api::document.document', 'api::unit.unit'] as const) {
    await bulk.remember(uid);
  }
  const rules = await BatchRules.load(strapi, ['api::document.document', 'api::article.article']);
  const documentIds = new Map<string, string>();
  // What the CMS's signature rule records for a document's files, found before the batch is
  // written (it reads each PDF): unsigned for generated ones.
  const signatureRecords = new Map<string, Record<string, unknown>>();
  for (const document of province.documents) {
    if (document.files?.length) signatureRecords.set(document.key, await (strapi.service('api::document.document') as any).signatureRecord(document.files.map(fileId)));
  }
  await inBulk('documents', 'api::document.document', province.documents, (document) => {
    // A unit's document is issued by the unit's own agency, whatever its abbreviation (every xã's is UBND).
    const unit = unitOf(document.unit);
    const agency = (unit ? unit.agencyId : agencyIds.get(document.agency)) ?? null;
    const checked = rules.document(document, agency);
    // Known before the batch is written: a later document of the same batch may replace this one.
    const documentId = newDocumentId();
    documentIds.set(document.key, documentId);
    return {
      documentId,
      data: {
        number: checked.number,
        slug: rules.slug('api::document.document', document.slug),
        excerpt: document.excerpt,
        signer: document.signer,
        signerTitle: document.signerTitle,
        issuedDate: document.issuedDate,
        effectiveDate: document.effectiveDate,
        expiryDate: document.expiryDate,
        legalStatus: checked.legalStatus,
        ...signatureRecords.get(document.key),
      },
      relations: {
        documentType: typeIds.get(document.type),
        issuingAgency: agency,
        field: fieldIds.get(document.field),
        // Replaced documents come earlier in the list, so their ids are known by now.
        replaces: document.replaces.map((key) => {
          const replaced = documentIds.get(key);
          if (!replaced) throw new Error(`Văn bản ${document.number} thay thế văn bản chưa có (${key}).`);
          return replaced;
        }),
        unit: unit?.unitId,
      },
      media: document.files?.length ? { files: document.files.map(fileId) } : undefined,
    };
  });
  // The gazette's entries link to documents by the ids they were stored under.
  for (const [key, id] of documentIds) documentIds.set(key, madeBy.get(id) ?? id);
  const article = (article: Province['articles'][number]): BulkEntry => ({
    data: {
      title: article.title,
      slug: rules.slug('api::article.article', article.slug),
      summary: article.summary,
      body: toBlocks(article.body),
      byline: article.byline,
      displayDate: article.displayDate,
      ...(article.cover ? { cover: { image: fileId(article.cover), alt: `Ảnh minh họa: ${article.title}`.slice(0, 300), caption: article.summary.slice(0, 500) } } : {}),
    },
    relations: { category: categoryIds.get(article.category), unit: unitOf(article.unit)?.unitId },
  });
  await inBulk('articles', 'api::article.article', province.articles.filter((item) => !item.cover), article);
  // A cover is a component, which only the Document Service writes.
  await inBulk('articles with a photo', 'api::article.article', province.articles.filter((item) => item.cover), article, { write: 'document-service' });
  // An issue number is used once a year: generated issues take the next free one after those stored.
  const takenIssues = new Set(
    ((await strapi.db.query('api::gazette-issue.gazette-issue').findMany({ select: ['year', 'number'] })) as Array<{ year: number; number: number }>).map(
      (issue) => `${issue.year}/${issue.number}`,
    ),
  );
  const freeNumber = (year: number, wanted: number) => {
    let number = wanted;
    while (takenIssues.has(`${year}/${number}`)) number++;
    takenIssues.add(`${year}/${number}`);
    return number;
  };
  // Gazette issues and consultations have components, which only the Document Service writes.
  const components = { write: 'document-service' } as const;
  await inBulk('gazette-issues', 'api::gazette-issue.gazette-issue', province.gazetteIssues, (issue) => ({
    data: {
      number: freeNumber(issue.year, issue.number),
      year: issue.year,
      publicationDate: issue.publicationDate,
      entries: issue.entries.map((entry) => ({ document: documentIds.get(entry.document), pageFrom: entry.pageFrom, pageTo: entry.pageTo })),
      // A generated issue's PDF is not signed: published by the operator's override.
      ...(issue.pdf ? { pdf: fileId(issue.pdf) } : {}),
      signatureOverride: true,
    },
  }), components);
  const consultationIds = new Map<string, string>();
  await inBulk('consultations', 'api::consultation.consultation', province.consultations, (consultation) => ({
    data: {
      title: consultation.title,
      slug: consultation.slug,
      summary: consultation.summary,
      body: toBlocks(consultation.body),
      openingAt: consultation.openingAt,
      closingAt: consultation.closingAt,
      outcome: consultation.outcome ? toBlocks(consultation.outcome) : null,
    },
    relations: { draftingAgency: unitOf(consultation.unit)?.agencyId ?? agencyIds.get(consultation.draftingAgency), unit: unitOf(consultation.unit)?.unitId },
  }), { ...components, remember: (consultation, id) => consultationIds.set(consultation.key, id) });
  await bulk.remember('api::consultation.consultation');
  await inBulk('comments', 'api::comment.comment', province.comments, ({ consultation, ...comment }) => ({
    // What the CMS's comment rule gives every new comment: its receipt.
    data: { ...comment, referenceCode: commentReferenceCode(new Date(comment.receivedAt)) },
    relations: { consultation: consultationIds.get(consultation) },
  }));

  // The entries that name no unit are the province's, linked in one statement a type.
  await (strapi.service('api::unit.unit') as any).ensureProvinceUnit();
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
