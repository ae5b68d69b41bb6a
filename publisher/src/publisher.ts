import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brokenReferenceMessage, type BrokenReference, type PublisherAttempt, type PublisherRelease, type PublisherStatus } from '@cong/shared';
import { BuildLock } from './build-lock.ts';
import type { Releases } from './releases.ts';

/**
 * Builds the site into a folder, its page keys into `infoDir`, rendering only what changed
 * since `base` when given; resolves with its page count and the files entries show that it
 * went out without, rejects with a Vietnamese reason.
 */
export type SiteBuilder = (
  outDir: string,
  options?: { infoDir?: string; base?: { dir: string; infoDir: string } },
) => Promise<{ pages: number; rendered?: number; partial?: boolean; brokenReferences?: BrokenReference[] }>;

export interface PublisherOptions {
  releases: Releases;
  build: SiteBuilder;
  /** Quiet time after the last change before a build starts: a burst of saves makes one build. */
  debounceMs: number;
  /** A steady stream of changes still gets a build this long after the first one. */
  maxWaitMs: number;
  /** Releases kept for rollback, the live one besides. */
  keep: number;
  /** A build with this share fewer pages than the live site is refused (0.2: 20 %). */
  maxPageDrop: number;
  /**
   * Run after each swap, publish or rollback: nginx reads a release's maps (its units, its
   * redirects) at reload only (PUBLISH_RELOAD_COMMAND, web-server-reload.ts).
   */
  reload?: () => Promise<void>;
  log?: (line: string) => void;
}

interface Saved {
  lastAttempt: PublisherAttempt | null;
  lastPublished: PublisherAttempt | null;
}

/**
 * Turns content changes into a new live site: debounces bursts, builds one release at a
 * time, and puts it live only when it built and looks whole. Anything else leaves the live
 * site as it was, and says why in the status editors see.
 */
export class Publisher {
  private triggers = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private firstRequestAt = 0;
  /** Builds run one after another along this chain. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Publishes queued or under way. */
  private busy = 0;
  private readonly lock: BuildLock;
  private readonly statusFile: string;
  private readonly log: (line: string) => void;
  private readonly options: PublisherOptions;

  constructor(options: PublisherOptions) {
    this.options = options;
    this.lock = new BuildLock(path.join(options.releases.root, 'build.lock'));
    this.statusFile = path.join(options.releases.root, 'status.json');
    this.log = options.log ?? (() => {});
  }

  /** Asks for a build soon, for this reason (a webhook event, a command). */
  request(trigger: string): void {
    this.triggers.add(trigger);
    const now = Date.now();
    if (!this.timer) this.firstRequestAt = now;
    else clearTimeout(this.timer);
    const due = Math.min(now + this.options.debounceMs, this.firstRequestAt + this.options.maxWaitMs);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, due - now));
  }

  /**
   * Builds now with every trigger waiting, after the build under way if there is one: from the
   * live release, rendering only what changed, unless `full` asks for every page.
   */
  async publish({ force = false, full = false, trigger }: { force?: boolean; full?: boolean; trigger?: string } = {}): Promise<PublisherAttempt> {
    if (trigger) this.triggers.add(trigger);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.busy++;
    const attempt = this.queue.then(() => {
      // Taken when its turn comes: changes made during the previous build ride along.
      const triggers = [...this.triggers];
      this.triggers.clear();
      return this.attempt(triggers, force, full);
    });
    this.queue = attempt.catch(() => {});
    try {
      return await attempt;
    } finally {
      this.busy--;
    }
  }

  /** Resolves once nothing is waiting or building. */
  async settled(): Promise<void> {
    while (this.timer || this.busy) {
      if (this.busy) await this.queue;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Puts a kept release live again: the one before the live one, or the one named. */
  async rollback(id?: string): Promise<PublisherAttempt> {
    const startedAt = new Date();
    const releases = await this.options.releases.list();
    const live = await this.options.releases.live();
    const target = id
      ? releases.find((release) => release.id === id)
      : releases.filter((release) => !live || release.id < live.id).at(-1);
    if (!target) {
      throw new Error(id ? `Không có bản dựng "${id}" để quay lại.` : 'Không còn bản dựng nào trước bản đang chạy để quay lại.');
    }
    await this.options.releases.activate(target.id);
    await this.reload();
    const attempt: PublisherAttempt = {
      id: target.id,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      outcome: 'rolled-back',
      reason: `Đã quay lại bản dựng ${target.id}${live ? ` (thay cho ${live.id})` : ''}.`,
      pages: target.pages,
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      triggers: ['rollback'],
    };
    await this.save({ ...(await this.saved()), lastAttempt: attempt, lastPublished: attempt });
    this.log(attempt.reason!);
    return attempt;
  }

  /** What GET /status answers: the live release, what is under way, how the last attempts ended. */
  async status(): Promise<PublisherStatus> {
    const saved = await this.saved();
    return {
      state: this.busy ? 'building' : this.timer ? 'waiting' : 'idle',
      live: await this.options.releases.live(),
      lastAttempt: saved.lastAttempt,
      lastPublished: saved.lastPublished,
      // What the other releases lacked matters to no editor: the admin asks every few seconds.
      releases: (await this.options.releases.list()).map(({ brokenReferences: _, ...release }) => release),
    };
  }

  private async flush(): Promise<void> {
    this.timer = null;
    await this.publish().catch((error) => this.log(`Xuất bản lỗi: ${error.message}`));
  }

  private async attempt(triggers: string[], force: boolean, full: boolean): Promise<PublisherAttempt> {
    const { releases } = this.options;
    const startedAt = new Date();
    const base = full ? null : await this.base();
    const release = await releases.create(startedAt);
    const finish = async (outcome: PublisherAttempt['outcome'], extra: Partial<PublisherAttempt>) => {
      const attempt: PublisherAttempt = {
        id: release.id,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        outcome,
        seconds: (Date.now() - startedAt.getTime()) / 1000,
        triggers,
        ...extra,
      };
      const saved = await this.saved();
      await this.save({ lastAttempt: attempt, lastPublished: outcome === 'published' ? attempt : saved.lastPublished });
      this.log(
        outcome === 'published'
          ? `Đã xuất bản ${release.id}: ${attempt.pages} trang${attempt.base ? ` (dựng lại ${attempt.rendered ?? '?'} trang đổi)` : ''}, ${attempt.seconds.toFixed(1)} giây.`
          : `Không xuất bản ${release.id}: ${attempt.reason}`,
      );
      return attempt;
    };

    this.log(`Dựng bản ${release.id}${base ? ` từ ${base.id}` : ' toàn bộ'} (${triggers.join(', ') || 'yêu cầu'})…`);
    let pages: number;
    let rendered: number | undefined;
    let partial = false;
    let brokenReferences: BrokenReference[] = [];
    try {
      const build = { infoDir: releases.infoDir(release.id), base: base ? { dir: releases.dir(base.id), infoDir: releases.infoDir(base.id) } : undefined };
      ({ pages, rendered, partial = false, brokenReferences = [] } = await this.lock.hold(() => this.options.build(release.dir, build)));
    } catch (error) {
      await releases.discard(release.id);
      return finish('failed', { reason: (error as Error).message });
    }
    const live = await releases.live();
    const reason = refusal(pages, live?.pages, force ? 1 : this.options.maxPageDrop);
    if (reason) {
      await releases.discard(release.id);
      return finish('refused', { reason, pages, rendered });
    }
    // Kept with the release: what editors are told is what the live site lacks, after a rollback too.
    await releases.seal({ id: release.id, builtAt: new Date().toISOString(), pages, ...(brokenReferences.length ? { brokenReferences } : {}) });
    if (brokenReferences.length) {
      this.log(`${release.id} thiếu ${brokenReferences.length} ảnh, tệp mà nội dung dẫn tới (biên tập viên thấy trong bảng "Trang công khai"):`);
      for (const reference of brokenReferences) this.log(`  ${brokenReferenceMessage(reference)}`);
    }
    await releases.activate(release.id);
    await this.reload();
    await releases.prune(this.options.keep);
    return finish('published', { pages, rendered, ...(partial && base ? { base: base.id } : {}) });
  }

  /**
   * Has the web server read the release just put live. A failure fails no publish: the pages
   * are live, only the hosts and redirects wait for the next reload; the log says so.
   */
  private async reload(): Promise<void> {
    await this.options.reload?.().catch((error: Error) =>
      this.log(`Không nạp lại được máy chủ web (${error.message}): trang mới đã lên, nhưng đơn vị và chuyển hướng của bản mới chỉ có hiệu lực khi máy chủ web được nạp lại.`),
    );
  }

  /** The live release, when a build can start from it: it kept its page keys. */
  private async base(): Promise<PublisherRelease | null> {
    const live = await this.options.releases.live();
    if (!live) return null;
    return (await stat(this.options.releases.infoDir(live.id)).catch(() => null)) ? live : null;
  }

  private async saved(): Promise<Saved> {
    const text = await readFile(this.statusFile, 'utf8').catch(() => null);
    return text ? (JSON.parse(text) as Saved) : { lastAttempt: null, lastPublished: null };
  }

  private async save(saved: Saved): Promise<void> {
    await writeFile(this.statusFile, JSON.stringify(saved, null, 2));
  }
}

/** Why a finished build must not go live, or null when it may. */
export function refusal(pages: number, livePages: number | undefined, maxPageDrop: number): string | null {
  if (pages === 0) return 'Bản dựng mới không có trang nào.';
  if (livePages && pages < livePages * (1 - maxPageDrop)) {
    return (
      `Bản dựng mới chỉ có ${pages} trang, ít hơn ${livePages} trang đang chạy quá ${Math.round(maxPageDrop * 100)}%: ` +
      'có thể nội dung bị mất khi đồng bộ. Nếu việc gỡ nội dung là chủ ý, chạy "./scripts/pnpm publisher publish --force".'
    );
  }
  return null;
}
