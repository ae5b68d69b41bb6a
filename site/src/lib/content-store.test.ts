import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAhead, readStored, writeStored } from './content-store.ts';

// A build's process started ahead reads the synced content while it waits (build/ahead.ts).
// Whatever is written to the folder after that, by another process, is what the build reads.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cong-content-store-'));
});
afterEach(async () => {
  // Each spec's folder is its own: what this process holds of one is never asked for again.
  await rm(dir, { recursive: true, force: true });
});

const collection = (title: string) => ({ cmsUrl: 'http://cms', entries: { 'vi/a': { data: { title }, digest: title } } });

describe('the synced content read ahead of a build', () => {
  it('is what the build reads when the files are as they were', async () => {
    await writeFile(path.join(dir, 'articles.json'), JSON.stringify(collection('Tin đầu')));
    await readAhead(dir);
    expect(await readStored(dir, 'articles')).toEqual(collection('Tin đầu'));
  });

  it('is read again when another process wrote the file since, even at the same length', async () => {
    await writeFile(path.join(dir, 'articles.json'), JSON.stringify(collection('Tin số 1')));
    await readAhead(dir);
    // Another build (`publisher publish --full` beside the service) syncs meanwhile, writing as
    // every sync does: a new file renamed over the old one.
    await writeFile(path.join(dir, 'articles.json.tmp'), JSON.stringify(collection('Tin số 2')));
    await rename(path.join(dir, 'articles.json.tmp'), path.join(dir, 'articles.json'));
    expect(await readStored(dir, 'articles')).toEqual(collection('Tin số 2'));
  });

  it('gives way to what this process writes', async () => {
    await writeFile(path.join(dir, 'documents.json'), JSON.stringify(collection('Văn bản cũ')));
    await readAhead(dir);
    await writeStored(dir, 'documents', collection('Văn bản mới'));
    expect(await readStored(dir, 'documents')).toEqual(collection('Văn bản mới'));
  });

  it('is nothing for a folder no build has synced into yet', async () => {
    await readAhead(path.join(dir, 'none'));
    expect(await readStored(path.join(dir, 'none'), 'articles')).toBeNull();
  });
});
