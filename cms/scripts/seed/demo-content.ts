import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { gazetteIssueTitle, provinceDate, slugify } from '@cong/shared';
import type { PortalConfig } from '../../src/config/portal.ts';
import { parseArticleFixture, parseEnglishFixture } from './article-fixture.ts';
import { toBlocks } from './blocks.ts';
import { parsePrintedDocument } from './printed-document.ts';
import { ensureEnglish, findOrCreate } from './find-or-create.ts';
import { settle } from '../db-settle.ts';
import { DemoSigner } from './demo-signing.ts';
import { documentPdf, gazettePdf, type GazetteContents } from './pdf.ts';
import { placeholderPhoto } from './images.ts';
import { uploadOnce } from './media.ts';
import { Tally } from './tally.ts';
import { seedUnits } from './units.ts';

import agencies from './data/agencies.json' with { type: 'json' };
import categories from './data/categories.json' with { type: 'json' };
import consultations from './data/consultations.json' with { type: 'json' };
import documentTypes from './data/document-types.json' with { type: 'json' };
import documents from './data/documents.json' with { type: 'json' };
import fields from './data/fields.json' with { type: 'json' };
import gazetteIssues from './data/gazette-issues.json' with { type: 'json' };
import pages from './data/pages.json' with { type: 'json' };
import siteSetting from './data/site-setting.json' with { type: 'json' };

const dataDir = path.join(import.meta.dirname, 'data');
// The body of a demo document whose full text the demo does not have.
const sampleText = 'Văn bản mẫu của Cổng Thông tin điện tử tỉnh, tạo để trình diễn: nội dung đầy đủ do cơ quan ban hành cung cấp.';
const DAY = 86_400_000;

type Ids = Map<string, string>;

// A document is signed on the afternoon of the day it is issued, in the province.
const signingTime = (day: string) => new Date(`${day}T16:30:00+07:00`);

/**
 * The portal's demo content: the news articles of data/articles/, the documents with notice
 * 1730/TB-VP's full text, lookups,
 * related documents, two gazette issues with their PDFs, one open and one closed
 * consultation with comments in every moderation state, pages and site settings.
 * Whatever already exists is left alone.
 */
export async function seedDemoContent(strapi: Core.Strapi, now = new Date()): Promise<Tally> {
  const tally = new Tally();
  const trustList = strapi.config.get<PortalConfig>('portal').signatureTrustRoots;
  // A production CMS's trust list is the province's: the demo CA never goes into it (its
  // PDFs are then untrusted, published by the operator's override).
  const demoTrusted = trustList && process.env.NODE_ENV !== 'production';
  const signer = new DemoSigner(demoTrusted ? path.resolve(strapi.dirs.app.root, trustList) : null);
  const lookup = async (uid: any, rows: Array<Record<string, any>>, key: 'name' | 'abbreviation' = 'name') => {
    const ids: Ids = new Map();
    for (const { nameEn, parent, ...row } of rows) {
      const data = { ...row, ...(parent ? { parent: ids.get(parent) } : {}) };
      const entry = await findOrCreate(strapi, tally, uid, { name: row.name }, () => data, { locale: 'vi' });
      if (nameEn) await ensureEnglish(strapi, tally, uid, entry.documentId, { name: nameEn });
      ids.set(row[key], entry.documentId);
    }
    return ids;
  };

  const categoryIds = await lookup('api::category.category', categories);
  const agencyIds = await lookup('api::agency.agency', agencies, 'abbreviation');
  const fieldIds = await lookup('api::field.field', fields);
  const typeIds = await lookup('api::document-type.document-type', documentTypes, 'abbreviation');

  const documentIds = await seedDocuments(strapi, tally, signer, { agencyIds, fieldIds, typeIds });
  await seedArticles(strapi, tally, categoryIds);
  await seedGazetteIssues(strapi, tally, signer, documentIds);
  await seedConsultations(strapi, tally, agencyIds, now);
  await seedPages(strapi, tally);
  await seedSiteSetting(strapi, tally);
  await seedUnits(strapi, tally, categoryIds);
  return tally;
}

async function seedDocuments(
  strapi: Core.Strapi,
  tally: Tally,
  signer: DemoSigner,
  ids: { agencyIds: Ids; fieldIds: Ids; typeIds: Ids },
): Promise<Ids> {
  const documentIds: Ids = new Map();
  for (const { type, agency, field, replaces, amends, guides, text, ...row } of documents as Array<Record<string, any>>) {
    const printed = text ? parsePrintedDocument(await readFile(path.join(dataDir, 'documents', text), 'utf8')) : null;
    const related = (numbers?: string[]) => (numbers ?? []).map((number) => documentIds.get(number)!);
    const entry = await findOrCreate(strapi, tally, 'api::document.document', { number: row.number }, async () => {
      const data: Record<string, any> = {
        ...(printed && {
          excerpt: printed.excerpt,
          issuedDate: printed.issuedDate,
          signer: printed.signer,
          fullText: toBlocks(printed.paragraphs),
        }),
        ...row,
      };
      const file = await uploadOnce(strapi, tally, {
        name: `${slugify(row.number)}.pdf`,
        mime: 'application/pdf',
        bytes: async () => {
          const issuingBody = agencies.find((a) => a.abbreviation === agency)!.name;
          const pdf = await documentPdf({
            typeName: documentTypes.find((t) => t.abbreviation === type)!.name,
            number: data.number,
            issuedDate: data.issuedDate,
            excerpt: data.excerpt,
            paragraphs: printed?.paragraphs ?? [sampleText],
            issuingBody,
            signerTitle: data.signerTitle ?? null,
            signer: data.signer ?? null,
          });
          return signer.sign(pdf, issuingBody, signingTime(data.issuedDate));
        },
      });
      return {
      ...data,
      files: [file.id],
      documentType: ids.typeIds.get(type),
      issuingAgency: ids.agencyIds.get(agency),
      field: ids.fieldIds.get(field),
      replaces: related(replaces),
      amends: related(amends),
      guides: related(guides),
      };
    }, { locale: 'vi' });
    documentIds.set(row.number, entry.documentId);
  }
  return documentIds;
}

async function seedArticles(strapi: Core.Strapi, tally: Tally, categoryIds: Ids) {
  const dir = path.join(dataDir, 'articles');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.md') && !file.endsWith('.en.md')).sort();
  for (const [index, file] of files.entries()) {
    const article = parseArticleFixture(file, await readFile(path.join(dir, file), 'utf8'));
    const photo = (caption: string, n: number) =>
      uploadOnce(strapi, tally, {
        name: `${file.replace(/\.md$/, '')}-anh-${n + 1}.jpg`,
        mime: 'image/jpeg',
        bytes: () => placeholderPhoto(index * 7 + n),
        alternativeText: caption,
        caption,
      });
    const entry = await findOrCreate(strapi, tally, 'api::article.article', { title: article.title }, async () => {
      const figures = [];
      for (const [n, caption] of article.photos.slice(0, 4).entries()) {
        figures.push({ image: (await photo(caption, n)).id, caption, alt: caption });
      }
      const tagIds = [];
      for (const name of article.tags) {
        tagIds.push((await findOrCreate(strapi, tally, 'api::tag.tag', { name }, () => ({ name }), { locale: 'vi' })).documentId);
      }
      const category = categoryIds.get(article.category);
      if (!category) throw new Error(`${file}: không có chuyên mục "${article.category}" trong data/categories.json`);
      return {
        title: article.title,
        summary: article.summary,
        body: toBlocks(article.paragraphs),
        cover: figures[0],
        gallery: figures.slice(1),
        category,
        tags: tagIds,
        byline: article.byline,
        source: article.source,
        featured: article.featured,
        // Published at 08:00 in the province (UTC+7) on the file's date.
        displayDate: new Date(`${article.date}T08:00:00+07:00`).toISOString(),
      };
    }, { locale: 'vi' });
    const englishFile = path.join(dir, file.replace(/\.md$/, '.en.md'));
    const english = await readFile(englishFile, 'utf8').then((text) => parseEnglishFixture(path.basename(englishFile), text), () => null);
    if (english) {
      await ensureEnglish(strapi, tally, 'api::article.article', entry.documentId, {
        title: english.title,
        summary: english.summary,
        body: toBlocks(english.paragraphs),
        byline: article.byline,
        source: 'Office of the Provincial People\'s Committee',
      });
    }
  }
}

async function seedGazetteIssues(strapi: Core.Strapi, tally: Tally, signer: DemoSigner, documentIds: Ids) {
  for (const issue of gazetteIssues) {
    await findOrCreate(strapi, tally, 'api::gazette-issue.gazette-issue', { number: issue.number, year: issue.year }, async () => {
      const entries: Array<GazetteContents['entries'][number] & { document: string; pageTo: number }> = [];
      for (const entry of issue.entries) {
        const document: any = await strapi.documents('api::document.document').findOne({
          documentId: documentIds.get(entry.document)!,
          locale: 'vi',
          populate: ['documentType', 'issuingAgency'],
        });
        entries.push({
          pageFrom: entry.pageFrom,
          pageTo: entry.pageTo,
          document: document.documentId,
          typeName: document.documentType?.name ?? 'Văn bản',
          excerpt: document.excerpt,
          number: document.number,
          issuedDate: document.issuedDate,
          paragraphs: [sampleText],
          issuingBody: document.issuingAgency?.name ?? 'Ủy ban nhân dân tỉnh',
          signerTitle: document.signerTitle,
          signer: document.signer,
        });
      }
      const pdf = await uploadOnce(strapi, tally, {
        name: `cong-bao-so-${issue.number}-nam-${issue.year}.pdf`,
        mime: 'application/pdf',
        bytes: async () =>
          signer.sign(await gazettePdf({ ...issue, governingBody: 'Ủy ban nhân dân tỉnh', entries }), 'Văn phòng UBND tỉnh', signingTime(issue.publicationDate)),
        caption: gazetteIssueTitle(issue),
      });
      return {
        number: issue.number,
        year: issue.year,
        publicationDate: issue.publicationDate,
        pdf: pdf.id,
        entries: entries.map(({ document, pageFrom, pageTo }) => ({ document, pageFrom, pageTo })),
        // Signed by the demo CA; without a trust list to put it in, the CMS cannot trust it and
        // the issue is published by the operator's override, which the site shows.
        signatureOverride: !signer.trusted,
      };
    });
  }
}

async function seedConsultations(strapi: Core.Strapi, tally: Tally, agencyIds: Ids, now: Date) {
  for (const { comments, draftingAgency, openedDaysAgo, closesInDays, body, outcome, ...row } of consultations as Array<Record<string, any>>) {
    // Dates relative to the first seeding, so a fresh portal always has one draft open.
    const openingAt = new Date(now.getTime() - openedDaysAgo * DAY);
    const consultation = await findOrCreate(strapi, tally, 'api::consultation.consultation', { title: row.title }, async () => ({
      ...row,
      draftFiles: [
        (
          await uploadOnce(strapi, tally, {
            name: `${slugify(row.title, 80)}.pdf`,
            mime: 'application/pdf',
            bytes: () =>
              documentPdf({
                typeName: 'Dự thảo',
                number: '…/QĐ-UBND',
                issuedDate: provinceDate(openingAt),
                excerpt: row.title,
                paragraphs: body,
                issuingBody: agencies.find((a) => a.abbreviation === draftingAgency)!.name,
                signerTitle: null,
                signer: null,
              }),
          })
        ).id,
      ],
      body: toBlocks(body),
      outcome: outcome ? toBlocks(outcome) : null,
      draftingAgency: agencyIds.get(draftingAgency),
      openingAt: openingAt.toISOString(),
      closingAt: new Date(now.getTime() + closesInDays * DAY).toISOString(),
    }), { locale: 'vi' });
    for (const [n, comment] of comments.entries()) {
      await findOrCreate(
        strapi,
        tally,
        'api::comment.comment',
        { fullName: comment.fullName, consultation: { documentId: consultation.documentId } },
        () => ({
          ...comment,
          consultation: consultation.documentId,
          receivedAt: new Date(Date.parse(consultation.openingAt) + (n + 1) * DAY / 2).toISOString(),
        }),
        { publish: false },
      );
    }
  }
}

async function seedPages(strapi: Core.Strapi, tally: Tally) {
  for (const { body, en, ...row } of pages as Array<Record<string, any>>) {
    // The province's pages: each unit has a "Giới thiệu" of its own.
    const filters = { title: row.title, unit: { kind: 'province' } };
    const page = await findOrCreate(strapi, tally, 'api::page.page', filters, () => ({ ...row, body: toBlocks(body) }), { locale: 'vi' });
    if (en) await ensureEnglish(strapi, tally, 'api::page.page', page.documentId, { ...en, body: toBlocks(en.body) });
  }
}

async function seedSiteSetting(strapi: Core.Strapi, tally: Tally) {
  const settings = strapi.documents('api::site-setting.site-setting') as any;
  for (const locale of ['vi', 'en'] as const) {
    if (await settings.findFirst({ locale, status: 'draft' })) {
      tally.add(`api::site-setting.site-setting@${locale}`, false);
      continue;
    }
    const existing = await settings.findFirst({ locale: 'vi', status: 'draft' });
    const data = siteSetting[locale];
    if (existing) await settings.update({ documentId: existing.documentId, locale, data, status: 'published' });
    else await settings.create({ locale, data, status: 'published' });
    await settle(strapi);
    tally.add(`api::site-setting.site-setting@${locale}`, true);
  }
}
