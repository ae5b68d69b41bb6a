import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BrokenReference, BuildReport } from '@cong/shared';
import { filesUnder } from '@cong/shared/files-under';
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
export async function buildSite({ siteDir = workspaceSiteDir, outDir, cacheDir, infoDir, base, env = {}, onLine = () => {}, launcher = [] }: BuildOptions): Promise<BuiltSite> {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'cong-build-'));
  const reportFile = path.join(reportDir, 'report.json');
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      // A young generation of 64 MB, not 16: a build makes many short-lived objects, and
      // scavenging them was ~0.3 s of a publish's 5 s.
      const [command, ...args] = [...launcher, process.execPath, '--max-semi-space-size=64', path.join(siteDir, 'src/build/run.ts')];
      const child = spawn(command!, args, {
        cwd: siteDir,
        env: {
          ...process.env,
          ...env,
          SITE_OUT_DIR: outDir,
          SITE_CACHE_DIR: cacheDir,
          // Astro's and Vite's modules compiled once, not at every build: ~0.3 s of a publish.
          // Kept with the code it compiles (node_modules/.cache, as tools keep theirs), not in the
          // content cache.
          NODE_COMPILE_CACHE: path.join(siteDir, 'node_modules/.cache/node-compile'),
          SITE_BUILD_REPORT: reportFile,
          ...(infoDir ? { SITE_BUILD_INFO: infoDir } : {}),
          ...(base ? { SITE_BASE_DIR: base.dir, SITE_BASE_INFO: base.infoDir } : {}),
        },
      });
      // eslint-disable-next-line no-control-regex
      const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();
      for (const stream of [child.stdout, child.stderr]) {
        createInterface({ input: stream }).on('line', (line) => plain(line) && onLine(plain(line)));
      }
      child.on('error', reject);
      // 'close', not 'exit': the last lines of its output are read by then.
      child.on('close', (code) => resolve(code));
    });
    const report = await readBuildReport(reportFile);
    if (!report.ok) throw new Error(`Dựng trang thất bại: ${report.reason}`);
    // The release was reported whole, then something after it (the search index) died without a word.
    if (exitCode !== 0) throw new Error(`Dựng trang thất bại: quá trình dựng dừng bất thường (mã ${exitCode}).`);
    return { pages: report.pages, rendered: report.rendered, partial: report.partial, brokenReferences: report.brokenReferences ?? [] };
  } finally {
    await rm(reportDir, { recursive: true, force: true });
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
 * the build prints goes to `log` as it comes.
 */
export function astroSiteBuilder({ siteDir, cacheDir, env = {}, log }: { siteDir?: string; cacheDir: string; env?: Record<string, string>; log?: (line: string) => void }): SiteBuilder {
  return (outDir, { infoDir, base } = {}) => buildSite({ siteDir, outDir, cacheDir, infoDir, base, env, onLine: log });
}

/** The HTML pages in a built site. */
export async function countPages(dir: string): Promise<number> {
  return (await filesUnder(dir)).filter((file) => file.endsWith('.html')).length;
}
