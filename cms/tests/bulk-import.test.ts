import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '@cong/testing';

const snapshotScript = path.join(import.meta.dirname, 'import-snapshot.ts');
// A small province as the scale generator writes it (1 year at 2 %, seed 7): the importer's input.
const sample = path.join(import.meta.dirname, 'fixtures/province-sample.json');

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
  it('stores documents, articles and comments exactly as the Document Service does, drafts and relations included', async () => {
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
  }, 300_000);
});
