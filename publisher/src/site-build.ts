import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BUILD_AHEAD_ENV, type BrokenReference, type BuildReport, type BuildStart } from '@cong/shared';
import { filesUnder } from '@cong/shared/files-under';
import { siteCodePaths, treeHash } from '@cong/shared/tree-hash';
import type { SiteBuilder } from './publisher.ts';

/** The public site's package of this workspace, beside this one. */
export const workspaceSiteDir = path.resolve(import.meta.dirname, '../../site');

/** Where and how to build the site (the environment also names the CMS: CMS_URL, SITE_API_TOKEN). */
export interface BuildOptions {
  /** The site's package (default: the workspace's); its src/build/run.ts builds it and writes a BuildReport. */
  siteDir?: string;
  /** The folder the release is written to. */
  outDir: string;
  /** Shared by every build: the synced content and Astro's cache, so each build fetches only what changed. */
  cacheDir: string;
  /** Where the page keys and the release's file list go, for the next partial build. */
  infoDir?: string;
  /** The release to start from: only the pages that changed since are rendered. */
  base?: { dir: string; infoDir: string };
  env?: Record<string, string>;
  /** Each line the build prints, as it prints it (a cold build runs for minutes). */
  onLine?: (line: string) => void;
  /** A command to run the build under, e.g. GNU time for a benchmark's peak memory. */
  launcher?: string[];
}

/** What a finished build made. */
export interface BuiltSite {
  pages: number;
  rendered: number;
  partial: boolean;
  /** Files entries show that the release goes out without, for their editors. */
  brokenReferences: BrokenReference[];
}

/** Builds the public site in its own process; rejects with the Vietnamese reason of a failure. */
export function buildSite(options: BuildOptions): Promise<BuiltSite> {
  return new SiteBuilds(options).build(options);
}

/** What every build of one builder shares. */
export type BuilderSetup = Pick<BuildOptions, 'siteDir' | 'cacheDir' | 'env' | 'launcher'> & {
  /**
   * Keep the next build's process started ahead, waiting (site/src/build/ahead.ts): Node, Astro
   * and the synced content are loaded between publishes, not after the editor's click. For a
   * service (`publisher serve`); a one-off command has no next build.
   */
  ahead?: boolean;
};

/**
 * The builds of one site and cache, one after another, each in a process of its own; with
 * `ahead`, the next one's process is started as soon as a build ends, and waits for it.
 */
export class SiteBuilds {
  private readonly setup: BuilderSetup;
  private spare: BuildProcess | null = null;
  private closed = false;

  constructor(setup: BuilderSetup) {
    this.setup = setup;
  }

  /** One build; rejects with the Vietnamese reason of a failure. */
  async build({ outDir, infoDir, base, onLine = () => {} }: Pick<BuildOptions, 'outDir' | 'infoDir' | 'base' | 'onLine'>): Promise<BuiltSite> {
    const reportDir = await mkdtemp(path.join(os.tmpdir(), 'cong-build-'));
    const reportFile = path.join(reportDir, 'report.json');
    // What differs from one build to the next: told to a process started ahead when it starts.
    const thisBuild: Record<string, string> = {
      SITE_OUT_DIR: outDir,
      SITE_BUILD_REPORT: reportFile,
      ...(infoDir ? { SITE_BUILD_INFO: infoDir } : {}),
      ...(base ? { SITE_BASE_DIR: base.dir, SITE_BASE_INFO: base.infoDir } : {}),
    };
    try {
      const spare = this.spare;
      this.spare = null;
      const child = (await spare?.start(thisBuild, onLine)) ?? new BuildProcess(this.setup, { env: thisBuild });
      const exitCode = await child.run(onLine);
      const report = await readBuildReport(reportFile);
      if (!report.ok) throw new Error(`Dựng trang thất bại: ${report.reason}`);
      // The release was reported whole, then something after it (the search index) died without a word.
      if (exitCode !== 0) throw new Error(`Dựng trang thất bại: quá trình dựng dừng bất thường (mã ${exitCode}).`);
      return { pages: report.pages, rendered: report.rendered, partial: report.partial, brokenReferences: report.brokenReferences ?? [] };
    } finally {
      await rm(reportDir, { recursive: true, force: true });
      // After the build, not during it: the next process reads the content this one wrote, and
      // takes no core from it. One at a time: a second spare (builds asked for at once, which the
      // publisher never does) would wait for ever, unreachable.
      if (this.setup.ahead && !this.closed) this.spare ??= new BuildProcess(this.setup, { ahead: true });
    }
  }

  /** Ends the process waiting for the next build, if any. */
  close(): void {
    this.closed = true;
    this.spare?.end();
    this.spare = null;
  }
}

/**
 * A build's process: started for its build, or ahead of it and told later (`start`). Its
 * lines are kept until the build that takes it reads them.
 */
class BuildProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private readonly early: string[] = [];
  private onLine: ((line: string) => void) | null = null;

  private readonly siteDir: string;
  /** Of a process started ahead: the version of the site's code it was started with. */
  private readonly code: Promise<string> | null;

  constructor({ siteDir = workspaceSiteDir, cacheDir, env = {}, launcher = [] }: BuilderSetup, how: { env: Record<string, string> } | { ahead: true }) {
    this.siteDir = siteDir;
    // A young generation of 64 MB, not 16: a build makes many short-lived objects, and
    // scavenging them was ~0.3 s of a publish's 5 s.
    const [command, ...args] = [...launcher, process.execPath, '--max-semi-space-size=64', path.join(siteDir, 'src/build/run.ts')];
    const ahead = 'ahead' in how;
    // A tree that cannot be read now is a version no later look matches: the process is not used.
    this.code = ahead ? treeHash(siteCodePaths(siteDir)).catch(() => '') : null;
    this.child = spawn(command!, args, {
      cwd: siteDir,
      env: {
        ...process.env,
        ...env,
        SITE_CACHE_DIR: cacheDir,
        // Astro's and Vite's modules compiled once, not at every build: ~0.3 s of a publish.
        // Kept with the code it compiles (node_modules/.cache, as tools keep theirs), not in the
        // content cache.
        NODE_COMPILE_CACHE: path.join(siteDir, 'node_modules/.cache/node-compile'),
        ...(ahead ? { [BUILD_AHEAD_ENV]: '1' } : how.env),
      },
      stdio: ['ignore', 'pipe', 'pipe', ...(ahead ? ['ipc' as const] : [])],
    });
    // eslint-disable-next-line no-control-regex
    const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (!plain(line)) return;
        if (this.onLine) this.onLine(plain(line));
        else this.early.push(plain(line));
      });
    }
    this.exited = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      // 'close', not 'exit': the last lines of its output are read by then.
      this.child.on('close', (code) => resolve(code));
    });
    this.exited.catch(() => {}); // awaited by run(); a spare that fails to start is simply not taken
    // Waiting, it keeps neither the publisher's process alive nor a test's.
    if (ahead) this.hold(false);
  }

  /**
   * Tells a process started ahead what its build is. Null, with a line saying why, when it is
   * no longer there to be told, or was started with code that has changed since (a new version
   * deployed under the running service): the build then gets a process of its own.
   */
  async start(env: Record<string, string>, onLine: (line: string) => void): Promise<this | null> {
    const refuse = (why: string) => {
      for (const line of this.early.splice(0)) onLine(line);
      onLine(`Không dùng tiến trình dựng chờ sẵn (${why}): dựng bằng tiến trình mới.`);
      this.end();
      return null;
    };
    if (this.child.exitCode !== null || this.child.signalCode !== null || !this.child.connected) {
      return refuse(`nó đã dừng, mã ${this.child.exitCode ?? this.child.signalCode}`);
    }
    if ((await treeHash(siteCodePaths(this.siteDir))) !== (await this.code)) return refuse('mã nguồn trang đã đổi từ khi nó khởi động');
    // A channel that closed meanwhile says so here, not by throwing.
    const sent = await new Promise<boolean>((resolve) => this.child.send({ env } satisfies BuildStart, (error) => resolve(!error)));
    if (!sent) return refuse('không gửi được yêu cầu dựng cho nó');
    this.hold(true);
    return this;
  }

  /** Runs the build to its end: each line to `onLine`, those printed before first; resolves with its exit code. */
  run(onLine: (line: string) => void): Promise<number | null> {
    for (const line of this.early.splice(0)) onLine(line);
    this.onLine = onLine;
    return this.exited;
  }

  /**
   * Ends it: one waiting is let go (closing the channel ends it, also under a launcher such as
   * GNU time, which a signal would end without it); one building is stopped.
   */
  end(): void {
    if (this.child.connected) this.child.disconnect();
    else this.child.kill();
  }

  private hold(keepAlive: boolean): void {
    for (const handle of [this.child, this.child.stdout, this.child.stderr, this.child.channel] as Array<{ ref?(): void; unref?(): void } | null | undefined>) {
      if (keepAlive) handle?.ref?.();
      else handle?.unref?.();
    }
  }
}

/** Reads a build's report; a build that wrote none ended before it could say why. */
async function readBuildReport(file: string): Promise<BuildReport> {
  const text = await readFile(file, 'utf8').catch(() => null);
  return text ? (JSON.parse(text) as BuildReport) : { ok: false, reason: 'quá trình dựng dừng trước khi kịp báo kết quả' };
}

/**
 * `astro build` of the public site (the `@cong/site` package's build) into the folder asked
 * for, from the CMS the environment names. Every release shares `cacheDir`, so each build
 * fetches only what changed. With a base release, the build renders only the pages that
 * changed and links the rest from it; its page keys and file list go to `infoDir`. Each line
 * the build prints goes to `log` as it comes. With `ahead`, the next build's process waits
 * ready between builds (SiteBuilds).
 */
export function astroSiteBuilder({ log, ...setup }: BuilderSetup & { log?: (line: string) => void }): SiteBuilder {
  const builds = new SiteBuilds(setup);
  return (outDir, { infoDir, base } = {}) => builds.build({ outDir, infoDir, base, onLine: log });
}

/** The HTML pages in a built site. */
export async function countPages(dir: string): Promise<number> {
  return (await filesUnder(dir)).filter((file) => file.endsWith('.html')).length;
}
