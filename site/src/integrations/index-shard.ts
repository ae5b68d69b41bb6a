// Shards of the search index: one Pagefind run over a batch of shards (a quarter of the
// portal, or many units' small sites). Run in a worker thread by integrations/search.ts, two
// batches at a time: each worker has its own Pagefind process, and one Pagefind (with the
// thread feeding it) used about one of the two cores.
import childProcess, { type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

// Pagefind's API spawns its process, unrefs it and, on close(), kills it without waiting. In
// a worker thread that ends right after, nobody collects the killed process's exit status:
// each shard left a zombie "pagefind_extend" behind for as long as the build ran. The worker
// keeps the processes Pagefind spawns and waits for each to exit before it ends.
const spawned: ChildProcess[] = [];
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  spawned.push(child);
  return child;
}) as typeof spawn;

/** Closes Pagefind and waits until its process has exited (and so been reaped). */
async function closePagefind(pagefind: { close(): Promise<unknown> }): Promise<void> {
  const exited = spawned.map((child) =>
    child.exitCode !== null || child.signalCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)),
  );
  await pagefind.close();
  // close() unrefs the process again: ref it, or the thread would end without waiting.
  for (const child of spawned) child.ref();
  await Promise.all(exited);
  spawned.length = 0;
}

export interface ShardJob {
  /** The built site: page paths are given to Pagefind relative to it. */
  site: string;
  language: string;
  /** The shard's pages, absolute paths. */
  files: string[];
  /** Where the shard's index is written. */
  output: string;
}

/**
 * Indexes shards one after another with one Pagefind, each written to its `output`: a
 * Pagefind process and a worker a shard cost more than indexing a xã's few hundred pages
 * (each unit's site is indexed on its own, ~120 of them).
 */
export async function indexShards(jobs: ShardJob[]): Promise<void> {
  const pagefind = await import('pagefind');
  for (const job of jobs) await indexShard(pagefind, job);
  // Ends this Pagefind's process, and its memory with it.
  await closePagefind(pagefind);
}

/** Indexes one shard's pages, written to `output`; its index is then freed in Pagefind's process. */
async function indexShard(pagefind: typeof import('pagefind'), { site, language, files, output }: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  // Several pages in flight, sent in order: one at a time, each waited for, left Pagefind idle
  // half the time (2,241 pages: 3.1 s one at a time, 1.9 s sixteen at a time, the same files).
  const inFlight: Array<Promise<void>> = [];
  for (const file of [...files].sort()) {
    const content = await readFile(file, 'utf8');
    const added = index.addHTMLFile({ sourcePath: path.relative(site, file), content }).then((result) => {
      if (result.errors.length) throw new Error(`Pagefind lỗi khi đánh chỉ mục ${file}: ${result.errors.join('; ')}`);
    });
    // Awaited below, in order; until then a failure must not count as unhandled.
    added.catch(() => {});
    inFlight.push(added);
    if (inFlight.length >= 16) await inFlight.shift();
  }
  await Promise.all(inFlight);
  await index.writeFiles({ outputPath: output });
  await index.deleteIndex();
}

const jobs = (workerData as { shardJobs?: ShardJob[] } | null)?.shardJobs;
if (!isMainThread && parentPort && jobs) {
  await indexShards(jobs);
  parentPort.postMessage('done');
}
