import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtPartially } from '../publisher/site-build.ts';

const siteDir = path.resolve(import.meta.dirname, '../../site');
const astroBin = path.join(siteDir, 'node_modules/astro/bin/astro.mjs');

/** One site build taken apart: seconds per stage, peak memory, pages. */
export interface StagedBuild {
  seconds: number;
  /** Fetching from the CMS into the content store. */
  sync: number;
  /** Vite bundling the pages' code. */
  bundle: number;
  /** The routes' static paths and page keys, before the first page is written. */
  paths: number;
  /** Writing the HTML pages. */
  render: number;
  /** The release made whole: media copied, a partial build's other files linked, the sitemap. */
  release: number;
  /** Whether the build rendered only the pages that changed. */
  partial: boolean;
  /** Pagefind, every shard. */
  index: number;
  /** Of the index stage: reading the rendered pages, and Pagefind's runs (the rest is linking). */
  indexRead: number;
  indexPagefind: number;
  /** The largest process of the build (Astro, or a Pagefind run). */
  peakMb: number;
  /** The largest Pagefind run alone. */
  indexPeakMb: number;
  pages: number;
  log: string;
}

/**
 * `astro build` under GNU time, each line of its output stamped with the seconds since the
 * start, so the stages can be told apart; Pagefind's peak is sampled from /proc meanwhile.
 */
export async function stagedBuild(env: Record<string, string>): Promise<StagedBuild> {
  const started = performance.now();
  const lines: Array<[number, string]> = [];
  let indexPeakKb = 0;
  const sampler = setInterval(async () => {
    for (const pid of await readdir('/proc').catch(() => [] as string[])) {
      if (!/^\d+$/.test(pid)) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      if (!/^Name:\s+pagefind/m.test(status)) continue;
      indexPeakKb = Math.max(indexPeakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    }
  }, 500);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', process.execPath, astroBin, 'build'], { cwd: siteDir, env: { ...process.env, ...env } });
    // Output arrives in chunks that can end mid-line: keep the tail until its line is complete.
    const tails = new Map<unknown, string>();
    const stamp = (stream: unknown) => (chunk: Buffer) => {
      const parts = ((tails.get(stream) ?? '') + String(chunk)).split('\n');
      tails.set(stream, parts.pop()!);
      for (const line of parts) if (line.trim()) lines.push([(performance.now() - started) / 1000, line]);
    };
    child.stdout.on('data', stamp(child.stdout));
    child.stderr.on('data', stamp(child.stderr));
    child.on('error', reject);
    child.on('exit', resolve);
  });
  clearInterval(sampler);
  const log = lines.map(([at, line]) => `${at.toFixed(1)}\t${line}`).join('\n');
  if (code !== 0) throw new Error(`Dựng trang thất bại:\n${log.slice(-3000)}`);

  const at = (pattern: RegExp, from = 0) => lines.find(([time, line]) => time >= from && pattern.test(line))?.[0] ?? Number.NaN;
  const seconds = (performance.now() - started) / 1000;
  const synced = at(/Đã đồng bộ nội dung từ CMS/);
  const rendering = at(/generating static routes/);
  // Astro logs each page as it writes it ("├─ /…"), after every route's static paths are known.
  const firstPage = at(/[├└]─ /);
  // Astro says "N page(s) built" only after the integrations' hooks: rendering ends where the first hook speaks.
  const rendered = at(/Đã chép tệp|Waiting for integration/, firstPage);
  const sitemap = at(/sitemap-index\.xml/);
  const indexed = at(/Đã đánh chỉ mục tìm kiếm/);
  const field = (name: string) => /: (.*)$/.exec(lines.find(([, line]) => line.includes(name))?.[1] ?? '')?.[1] ?? '0';
  return {
    seconds,
    sync: synced,
    bundle: rendering - synced,
    paths: firstPage - rendering,
    render: rendered - firstPage,
    release: sitemap - rendered,
    index: indexed - sitemap,
    indexRead: Number(/đọc trang ([\d.]+) giây/.exec(log)?.[1] ?? Number.NaN),
    indexPagefind: Number(/Pagefind ([\d.]+) giây/.exec(log)?.[1] ?? Number.NaN),
    partial: env.SITE_BUILD_INFO ? await builtPartially(env.SITE_BUILD_INFO) : false,
    peakMb: Number(field('Maximum resident set size')) / 1024,
    indexPeakMb: indexPeakKb / 1024,
    pages: Number(/(\d+) page\(s\) built/.exec(lines.find(([, line]) => /page\(s\) built/.test(line))?.[1] ?? '')?.[1] ?? 0),
    log,
  };
}
