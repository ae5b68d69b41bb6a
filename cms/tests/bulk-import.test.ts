import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { starterPages, type Province } from '@cong/shared';
import { createTestDatabase } from '@cong/testing';

const snapshotScript = path.join(import.meta.dirname, 'import-snapshot.ts');
// A small province as the scale generator writes it (`scale --years 1 --fraction 0.02 --seed 7
// --units 6`: the portal, a sở and five xã or phường): the importer's input.
const sample = path.join(import.meta.dirname, 'fixtures/province-sample.json');
const province = JSON.parse(readFileSync(sample, 'utf8')) as Province;

/** Imports the same generated province one way into a fresh database; what the Document Service reads back. */
async function importAndRead(via: 'bulk' | 'document-service') {
  const database = await createTestDatabase();
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [snapshotScript, sample, via], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, ...database.env, SITE_TOKEN_FILE: path.join(path.dirname(database.env.PUBLIC_DIR!), 'token'), NODE_ENV: 'test' },
      maxBuffer: 256 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, Array<Record<string, unknown>>>;
  } finally {
    await database.drop();
  }
}

describe('the bulk import', () => {
  it('stores units, documents, articles, comments and their files exactly as the Document Service does, drafts, relations and units included', async () => {
    // One after the other: each process compiles the CMS into the same cms/dist.
    const bulk = await importAndRead('bulk');
    const reference = await importAndRead('document-service');
    for (const part of Object.keys(reference)) {
      expect(bulk[part], part).toEqual(reference[part]);
    }
    // …and the sample is one where that says something.
    expect(bulk['api::document.document published']!.length).toBeGreaterThan(200);
    expect(bulk['api::document.document draft']!.some((document) => (document.replaces as string[]).length > 0)).toBe(true);
    expect(bulk['api::comment.comment published']!.every((comment) => comment.referenceCode === true && comment.consultation)).toBe(true);

    // The units are created, each new one with its starter pages written and published…
    const labels = province.units.map((unit) => unit.hostLabel);
    expect(bulk['api::unit.unit published']!.map((unit) => unit.hostLabel).sort()).toEqual(['tinh', ...labels].sort());
    for (const unit of province.units) {
      const pages = bulk['api::page.page published']!.filter((page) => page.unit === unit.hostLabel);
      expect(pages.map((page) => page.title).sort(), unit.hostLabel).toEqual(starterPages(unit.kind).sort());
    }
    // …and every entry is its unit's, by the host label the file names, the rest the province's.
    for (const [uid, generated] of [['api::article.article', province.articles], ['api::document.document', province.documents]] as const) {
      const unitOf = new Map(bulk[`${uid} published`]!.map((entry) => [entry.slug, entry.unit]));
      const wanted = new Map(generated.map((entry) => [entry.slug, entry.unit ?? 'tinh']));
      expect(unitOf, uid).toEqual(wanted);
    }
    expect(province.articles.filter((article) => article.unit).length).toBeGreaterThan(3);

    // Files are linked as an upload in the admin links them, a document's signatures checked.
    const documents = bulk['api::document.document published']!;
    const withFiles = province.documents.filter((document) => document.files?.length);
    expect(withFiles.length).toBeGreaterThan(10);
    for (const generated of withFiles) {
      const stored = documents.find((document) => document.slug === generated.slug)!;
      expect(stored.files, generated.slug).toEqual(generated.files);
      expect(stored.signatureVerdict).toBe('unsigned');
    }
    const covers = bulk['api::article.article published']!.filter((article) => article.cover);
    expect(covers.map((article) => (article.cover as { image: string }).image).sort()).toEqual(
      province.articles.flatMap((article) => (article.cover ? [article.cover] : [])).sort(),
    );
  }, 300_000);
});
