// Shards of the search index, indexed in a worker thread with its own Pagefind process, as
// integrations/shard-indexer.ts sends them: one Pagefind (with the thread feeding it) uses
// about one of the two cores.
import childProcess, { type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { indexedDocument } from '../search/indexed-page.ts';

// Pagefind's API spawns its process, unrefs it and, on close(), kills it without waiting. In
// a worker thread that ends right after, nobody collects the killed process's exit status:
// each shard left a zombie "pagefind_extend" behind for as long as the build ran. The worker
// keeps the processes Pagefind spawns and waits for each to exit before it ends.
const spawned: ChildProcess[] = [];
// Below the build's own priority: while pages are still rendered, Astro keeps its core and
// Pagefind takes what is left (alone afterwards, it has both all the same).
const pagefindNiceness = 10;
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  spawned.push(child);
  try {
    if (child.pid) os.setPriority(child.pid, pagefindNiceness);
  } catch {
    // Gone already (it failed to start): Pagefind's API says why.
  }
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

/** A page of a shard: where Pagefind files it, and its content, on disk or already cut. */
export interface ShardPage {
  /** Relative to the release: the page's URL to Pagefind. */
  sourcePath: string;
  /** The built page, an absolute path: what Pagefind is given of it is cut from it (indexedDocument). */
  file?: string;
  /** Or that already, UTF-8 (a page just rendered, see integrations/index-while-rendering.ts). */
  document?: Uint8Array;
}

export interface ShardJob {
  language: string;
  pages: ShardPage[];
  /** Where the shard's index is written. */
  output: string;
}

/** From the build to a worker: a shard to index, or the end. */
export type ToWorker = { job: ShardJob; id: number } | { end: true };
/** From a worker: a shard written, or why not. */
export type FromWorker = { done: number } | { failed: number; message: string };

// Pages one Pagefind process indexes before it is ended and another started: its memory is
// returned only when it ends (a unit's shard is a few hundred pages, a quarter of the portal ~2,000).
const pagesPerProcess = 2_000;

/**
 * Indexes the shards it is sent, one after another, each written to its `output`: one worker
 * and one Pagefind process serve many shards (each unit's site is indexed on its own, ~120 of
 * them, and a process and a worker a shard cost more than a xã's few hundred pages).
 */
async function serve(port: NonNullable<typeof parentPort>): Promise<void> {
  let pagefind: typeof import('pagefind') | null = null;
  let indexed = 0;
  let work = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    work = work.then(async () => {
      if ('end' in message) {
        if (pagefind) await closePagefind(pagefind);
        port.close();
        return;
      }
      try {
        pagefind ??= await import('pagefind');
        await indexShard(pagefind, message.job);
        port.postMessage({ done: message.id } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ failed: message.id, message: `Đánh chỉ mục phần ${path.basename(message.job.output)} lỗi: ${(error as Error).message}` } satisfies FromWorker);
      }
      indexed += message.job.pages.length;
      if (indexed >= pagesPerProcess && pagefind) {
        // Ends this Pagefind's process, and its memory with it; the next shard starts another.
        await closePagefind(pagefind);
        indexed = 0;
      }
    });
  });
}

/** Indexes one shard's pages, written to `output`; its index is then freed in Pagefind's process. */
async function indexShard(pagefind: typeof import('pagefind'), { language, pages, output }: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind không khởi động được: ${errors.join('; ')}`);
  // Several pages in flight, sent in order: one at a time, each waited for, left Pagefind idle
  // half the time (2,241 pages: 3.1 s one at a time, 1.9 s sixteen at a time, the same files).
  const inFlight: Array<Promise<void>> = [];
  for (const { sourcePath, file, document } of [...pages].sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1))) {
    const content = decoder.decode(document ?? indexedDocument(await readFile(file!)));
    const added = index.addHTMLFile({ sourcePath, content }).then((result) => {
      if (result.errors.length) throw new Error(`Pagefind lỗi khi đánh chỉ mục ${sourcePath}: ${result.errors.join('; ')}`);
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

const decoder = new TextDecoder();

if (!isMainThread && parentPort && (workerData as { shardWorker?: boolean } | null)?.shardWorker) await serve(parentPort);
