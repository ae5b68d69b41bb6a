import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShardIndexer } from './shard-indexer';

let work: string;
const page = '<html lang="vi"><body><nav>Trang chủ</nav><article data-pagefind-body><h1>Công báo</h1><p>Quyết định về chuyển đổi số.</p></article></body></html>';
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-shard-'));
  await writeFile(path.join(work, 'a.html'), page);
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** This process's children that have exited but were never reaped. */
const zombies = () =>
  execFileSync('ps', ['-o', 'stat=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim().startsWith('Z'));

const fragments = async (output: string) => readdir(path.join(output, 'fragment'));

describe('shards indexed in worker threads', () => {
  it('writes each shard, from a page on disk or from its cut document, the same, and leaves no Pagefind process behind, not even a zombie', async () => {
    const indexer = new ShardIndexer(1);
    const output = (n: number) => path.join(work, `out-${n}`);
    const fromDisk = { language: 'vi', pages: [{ sourcePath: 'a.html', file: path.join(work, 'a.html') }] };
    const cut = new TextEncoder().encode('<html lang="vi"><body><article data-pagefind-body><h1>Công báo</h1><p>Quyết định về chuyển đổi số.</p></article></body></html>');
    await Promise.all([
      indexer.index({ ...fromDisk, output: output(1) }),
      indexer.index({ language: 'vi', pages: [{ sourcePath: 'a.html', document: cut }], output: output(2) }),
    ]);
    indexer.setConcurrency(2);
    await indexer.index({ ...fromDisk, output: output(3) });
    await indexer.close();
    for (const n of [1, 2, 3]) expect(await readdir(output(n))).toContain('pagefind-entry.json');
    // Only the indexed part is given to Pagefind: the same fragment either way.
    expect(await fragments(output(1))).toEqual(await fragments(output(2)));
    expect(zombies()).toEqual([]);
  });

  it('rejects with Pagefind’s error, in Vietnamese', async () => {
    const indexer = new ShardIndexer(1);
    await expect(indexer.index({ language: 'vi', pages: [{ sourcePath: 'b.html', file: path.join(work, 'khong-co.html') }], output: path.join(work, 'out-x') })).rejects.toThrow(/^Đánh chỉ mục phần out-x lỗi: .*khong-co\.html/);
    await indexer.close();
  });
});
