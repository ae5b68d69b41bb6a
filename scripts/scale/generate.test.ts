import { hostLabelFor, hostLabelProblem, parseDocumentNumber, starterPages, type Province } from '@cong/shared';
import { describe, expect, it } from 'vitest';
import { generateProvince, PER_YEAR } from './generate.ts';
import { MEDIA_SHARE, PDF_BYTES, PHOTO_BYTES } from './media.ts';
import { UNIT_PER_YEAR, unitSequenceKey } from './units.ts';

const ofProvince = <T extends { unit?: string }>(entries: T[]) => entries.filter((entry) => !entry.unit);
const ofUnit = <T extends { unit?: string }>(entries: T[], hostLabel: string) => entries.filter((entry) => entry.unit === hostLabel);

describe('the province generator', () => {
  const province = generateProvince({ years: 2, lastYear: 2025, fraction: 0.1 });

  it('makes a tenth of a real province’s yearly figures per year for the province itself', () => {
    expect(ofProvince(province.documents)).toHaveLength(2 * PER_YEAR.documents * 0.1);
    expect(ofProvince(province.articles)).toHaveLength(2 * PER_YEAR.articles * 0.1);
    expect(province.gazetteIssues).toHaveLength(2 * Math.round(PER_YEAR.gazetteIssues * 0.1));
    expect(province.consultations).toHaveLength(2 * PER_YEAR.consultations * 0.1);
    expect(province.comments).toHaveLength(2 * PER_YEAR.comments * 0.1);
  });

  it('is the same for the same seed, and different for another', () => {
    const again = generateProvince({ years: 2, lastYear: 2025, fraction: 0.1 });
    expect(again.documents.slice(0, 50)).toEqual(province.documents.slice(0, 50));
    const other = generateProvince({ years: 2, lastYear: 2025, fraction: 0.1, seed: 7 });
    expect(other.articles[0]!.title).not.toBe(province.articles[0]!.title);
  });

  it('writes document numbers the CMS accepts, unique per agency and year, with unique slugs', () => {
    for (const document of province.documents) expect(parseDocumentNumber(document.number), document.number).not.toBeNull();
    expect(new Set(province.documents.map((d) => d.key)).size).toBe(province.documents.length);
    // A unit issues as its own agency, the same one as the province's when it has the same name.
    const units = new Map(province.units.map((unit) => [unit.hostLabel, unit]));
    const agencyOf = (d: Province['documents'][number]) => (d.unit ? unitSequenceKey(units.get(d.unit)!) : d.agency);
    const numbers = province.documents.map((d) => `${agencyOf(d)} ${d.number} ${d.issuedDate.slice(0, 4)}`);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(province.documents.map((d) => d.slug)).size).toBe(province.documents.length);
    expect(new Set(province.articles.map((a) => a.slug)).size).toBe(province.articles.length);
  });

  it('only relates a document to one generated before it', () => {
    const seen = new Set<string>();
    for (const document of province.documents) {
      for (const key of document.replaces) expect(seen.has(key)).toBe(true);
      seen.add(document.key);
    }
  });

  it('numbers gazette issues per year without gaps, each listing documents of its year', () => {
    const numbers2025 = province.gazetteIssues.filter((issue) => issue.year === 2025).map((issue) => issue.number);
    expect(numbers2025).toEqual(Array.from({ length: numbers2025.length }, (_, index) => index + 1));
    for (const issue of province.gazetteIssues) for (const entry of issue.entries) expect(entry.document.endsWith(`@${issue.year}`)).toBe(true);
  });

  it('oldest first within each kind, the units’ entries among the province’s', () => {
    for (const dates of [province.documents.map((d) => d.issuedDate), province.articles.map((a) => a.displayDate)]) {
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('dates nothing after the day it is generated for, and keeps what it dates before', () => {
    const until = new Date('2026-11-23T08:00:00Z');
    const thisYear = generateProvince({ years: 1, until, fraction: 0.1 });
    const dates = [
      ...thisYear.documents.map((d) => d.issuedDate),
      ...thisYear.articles.map((a) => a.displayDate),
      ...thisYear.gazetteIssues.map((i) => i.publicationDate),
      ...thisYear.consultations.map((c) => c.openingAt),
      ...thisYear.comments.map((c) => c.receivedAt),
    ];
    expect(dates.filter((date) => date > until.toISOString())).toEqual([]);
    // Most of the year is there: November 23rd is day 327 of 365.
    expect(thisYear.articles.length).toBeGreaterThan(0.85 * PER_YEAR.articles * 0.1);
    const keys = new Set(thisYear.documents.map((d) => d.key));
    for (const issue of thisYear.gazetteIssues) for (const entry of issue.entries) expect(keys.has(entry.document)).toBe(true);
    const consultations = new Set(thisYear.consultations.map((c) => c.key));
    for (const comment of thisYear.comments) expect(consultations.has(comment.consultation)).toBe(true);
  });
});

describe('the province’s component sites', () => {
  const whole = generateProvince({ years: 1, lastYear: 2025, fraction: 1 });

  it.each([
    { units: 0, departments: 0, communes: 0 },
    { units: 10, departments: 2, communes: 8 },
    { units: 50, departments: 9, communes: 41 },
    { units: 120, departments: 20, communes: 100 },
  ])('$units units are $departments sở and $communes xã or phường', ({ units, departments, communes }) => {
    const made = generateProvince({ years: 1, lastYear: 2025, fraction: 0.01, units }).units;
    expect(made.filter((unit) => unit.kind === 'department')).toHaveLength(departments);
    expect(made.filter((unit) => unit.kind === 'commune')).toHaveLength(communes);
  });

  it('names each unit in Vietnamese with a unique, valid host label made by hostLabelFor, none the portal’s', () => {
    const labels = whole.units.map((unit) => unit.hostLabel);
    expect(new Set(labels).size).toBe(120);
    expect(new Set(whole.units.map((unit) => unit.fullName)).size).toBe(120);
    for (const unit of whole.units) {
      expect(hostLabelProblem(unit.hostLabel), unit.hostLabel).toBeNull();
      expect(unit.hostLabel).toBe(hostLabelFor(unit.shortName));
      expect(unit.fullName).toMatch(unit.kind === 'commune' ? /^Ủy ban nhân dân (xã|phường) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u : /^(Sở|Ban|Thanh tra|Văn phòng|Đài|Bảo hiểm|Liên minh|Trường) /u);
    }
    expect(labels).not.toContain('tinh');
  });

  it.each([
    { kind: 'department', ...UNIT_PER_YEAR.department },
    { kind: 'commune', ...UNIT_PER_YEAR.commune },
  ] as const)('a $kind publishes $articles articles and $documents documents a year', ({ kind, articles, documents }) => {
    for (const unit of whole.units.filter((each) => each.kind === kind)) {
      expect(ofUnit(whole.articles, unit.hostLabel).length).toBeGreaterThanOrEqual(articles[0]);
      expect(ofUnit(whole.articles, unit.hostLabel).length).toBeLessThanOrEqual(articles[1]);
      expect(ofUnit(whole.documents, unit.hostLabel).length).toBeGreaterThanOrEqual(documents[0]);
      expect(ofUnit(whole.documents, unit.hostLabel).length).toBeLessThanOrEqual(documents[1]);
    }
  });

  it('gives each unit its starter pages, written', () => {
    for (const unit of whole.units) {
      expect(unit.pages.map((page) => page.title)).toEqual(starterPages(unit.kind));
      for (const page of unit.pages) expect(page.body.length).toBeGreaterThan(1);
    }
  });

  it('leaves the gazette and the consultations the province’s, and names only generated units', () => {
    const labels = new Set(whole.units.map((unit) => unit.hostLabel));
    for (const entry of [...whole.documents, ...whole.articles]) if (entry.unit) expect(labels.has(entry.unit)).toBe(true);
    expect(whole.consultations.filter((consultation) => consultation.unit)).toEqual([]);
    const unitDocuments = new Set(whole.documents.filter((d) => d.unit).map((d) => d.key));
    for (const issue of whole.gazetteIssues) for (const entry of issue.entries) expect(unitDocuments.has(entry.document)).toBe(false);
  });

  it('makes the same province and the same first units whatever the number of units', () => {
    const fewer = generateProvince({ years: 1, lastYear: 2025, fraction: 1, units: 10 });
    const none = generateProvince({ years: 1, lastYear: 2025, fraction: 1, units: 0 });
    expect(fewer.units).toEqual(whole.units.slice(0, 10));
    const first = new Set(fewer.units.map((unit) => unit.hostLabel));
    expect(fewer.articles).toEqual(whole.articles.filter((a) => !a.unit || first.has(a.unit)));
    expect(fewer.documents).toEqual(whole.documents.filter((d) => !d.unit || first.has(d.unit)));
    expect(none.articles).toEqual(ofProvince(whole.articles));
    expect(none.documents).toEqual(ofProvince(whole.documents));
  });
});

describe('the province’s files', () => {
  const province = generateProvince({ years: 1, lastYear: 2025, fraction: 0.2 });
  const media = new Map(province.media!.map((file) => [file.key, file]));
  const covered = province.articles.filter((article) => article.cover);
  const filed = province.documents.filter((document) => document.files?.length);

  it('gives about one article in five a photo, one document in ten and every gazette issue a PDF', () => {
    expect(covered.length / province.articles.length).toBeCloseTo(MEDIA_SHARE.articlesWithPhoto, 1);
    expect(filed.length / province.documents.length).toBeCloseTo(MEDIA_SHARE.documentsWithPdf, 1);
    expect(province.gazetteIssues.every((issue) => issue.pdf)).toBe(true);
  });

  it('lists every file an entry names, once, under a unique key, and no other', () => {
    const named = [...covered.map((article) => article.cover!), ...filed.flatMap((document) => document.files!), ...province.gazetteIssues.map((issue) => issue.pdf!)];
    expect(new Set(named).size).toBe(named.length);
    expect(media.size).toBe(province.media!.length);
    expect(new Set(media.keys())).toEqual(new Set(named));
    for (const article of covered) expect(media.get(article.cover!)!.kind).toBe('photo');
    for (const issue of province.gazetteIssues) expect(media.get(issue.pdf!)!.kind).toBe('pdf');
  });

  it('sizes photos at 200–400 kB and PDFs at 100 kB–2 MB, most PDFs small', () => {
    const photos = province.media!.filter((file) => file.kind === 'photo').map((file) => file.bytes);
    const pdfs = province.media!.filter((file) => file.kind === 'pdf').map((file) => file.bytes).sort((a, b) => a - b);
    expect(Math.min(...photos)).toBeGreaterThanOrEqual(PHOTO_BYTES[0]);
    expect(Math.max(...photos)).toBeLessThanOrEqual(PHOTO_BYTES[1]);
    expect(pdfs[0]).toBeGreaterThanOrEqual(PDF_BYTES[0]);
    expect(pdfs.at(-1)).toBeLessThanOrEqual(PDF_BYTES[1]);
    // Spread on a log scale: the median is near the geometric mean (~450 kB), not the middle (~1 MB).
    expect(pdfs[Math.floor(pdfs.length / 2)]!).toBeLessThan(700_000);
  });

  it('leaves the entries as they are without files, and gives an entry the same file in any province it is in', () => {
    const bare = generateProvince({ years: 1, lastYear: 2025, fraction: 0.2, media: false });
    expect(bare.media).toBeUndefined();
    expect(province.articles.map(({ cover: _, ...article }) => article)).toEqual(bare.articles);
    const fewerUnits = generateProvince({ years: 1, lastYear: 2025, fraction: 0.2, units: 10 });
    const bySlug = new Map(province.articles.map((article) => [`${article.unit}/${article.slug}`, article.cover]));
    for (const article of fewerUnits.articles) expect(article.cover).toBe(bySlug.get(`${article.unit}/${article.slug}`));
  });
});
