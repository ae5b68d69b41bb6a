import { parseDocumentNumber } from '@cong/shared';
import { describe, expect, it } from 'vitest';
import { generateProvince, PER_YEAR } from './generate.ts';

describe('the province generator', () => {
  const province = generateProvince({ years: 2, lastYear: 2025, fraction: 0.1 });

  it('makes a tenth of a real province’s yearly figures per year', () => {
    expect(province.documents).toHaveLength(2 * PER_YEAR.documents * 0.1);
    expect(province.articles).toHaveLength(2 * PER_YEAR.articles * 0.1);
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
