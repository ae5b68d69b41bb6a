import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-shard-'));
  await writeFile(path.join(work, 'a.html'), '<html lang="vi"><body><main data-pagefind-body><h1>Công báo</h1><p>Quyết định về chuyển đổi số.</p></main></body></html>');
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** This process's children that have exited but were never reaped. */
const zombies = () =>
  execFileSync('ps', ['-o', 'stat=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim().startsWith('Z'));

describe('shards indexed in a worker thread', () => {
  it('writes each shard of a batch and leaves no Pagefind process behind, not even a zombie', async () => {
    const job = (n: number) => ({ site: work, language: 'vi', files: [path.join(work, 'a.html')], output: path.join(work, `out-${n}`) });
    for (const batch of [[1, 2], [3]]) {
      const worker = new Worker(new URL('./index-shard.ts', import.meta.url), { workerData: { shardJobs: batch.map(job) } });
      await new Promise<void>((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
      await worker.terminate();
      for (const n of batch) expect(await readdir(path.join(work, `out-${n}`))).toContain('pagefind-entry.json');
    }
    expect(zombies()).toEqual([]);
  });
});
