import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, ShardJob, ToWorker } from './index-shard.ts';

interface Queued {
  id: number;
  job: ShardJob;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Indexes search shards in worker threads (integrations/index-shard.ts), as many at once as
 * `concurrency` says: one while the pages are still being rendered (the other core renders),
 * two once they are written. A worker serves shard after shard; each is started when first
 * needed and ended by `close()`.
 */
export class ShardIndexer {
  private readonly queue: Queued[] = [];
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly running = new Map<Worker, Queued>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(private concurrency: number) {}

  /** Resolves once the shard is written to `job.output`; rejects with Pagefind's error. */
  index(job: ShardJob): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /** How many shards are indexed at once from now on. */
  setConcurrency(concurrency: number): void {
    this.concurrency = concurrency;
    this.dispatch();
  }

  /** Ends every worker (and its Pagefind) once it is idle; what is queued after is refused. */
  async close(): Promise<void> {
    const ended = [...this.workers].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
    for (const worker of this.idle.splice(0)) worker.postMessage({ end: true } satisfies ToWorker);
    this.concurrency = 0;
    await Promise.all(ended);
  }

  private dispatch(): void {
    while (this.queue.length && this.running.size < this.concurrency) {
      const worker = this.idle.pop() ?? this.start();
      const queued = this.queue.shift()!;
      this.running.set(worker, queued);
      // The pages' bytes go to the worker, not a copy of them.
      const transfer = queued.job.pages.flatMap(({ document }) => (document ? [document.buffer as ArrayBuffer] : []));
      worker.postMessage({ job: queued.job, id: queued.id } satisfies ToWorker, transfer);
    }
  }

  private start(): Worker {
    const worker = new Worker(path.join(import.meta.dirname, 'index-shard.ts'), { workerData: { shardWorker: true } });
    this.workers.add(worker);
    worker.on('message', (message: FromWorker) => {
      const queued = this.running.get(worker)!;
      this.running.delete(worker);
      if ('failed' in message) queued.reject(new Error(message.message));
      else queued.resolve();
      if (this.concurrency === 0) worker.postMessage({ end: true } satisfies ToWorker);
      else {
        this.idle.push(worker);
        this.dispatch();
      }
    });
    const died = (error: Error) => {
      this.failure = error;
      this.workers.delete(worker);
      this.running.get(worker)?.reject(error);
      this.running.delete(worker);
      for (const queued of this.queue.splice(0)) queued.reject(error);
    };
    worker.once('error', died);
    worker.once('exit', (code) => {
      this.workers.delete(worker);
      if (this.running.has(worker)) died(new Error(`Đánh chỉ mục tìm kiếm dừng giữa chừng (mã ${code}).`));
    });
    return worker;
  }
}
