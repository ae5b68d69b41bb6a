import { readdir, readFile } from 'node:fs/promises';
import { SiteBuilds, type BuildOptions } from '@cong/publisher';

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
  /** Of the release stage: waiting for the media still being fetched when the pages were written. */
  mediaWait: number;
  /** Pagefind, every shard. */
  index: number;
  /**
   * Of the index stage: reading the pages not read while rendered, waiting for the shards
   * indexed while rendering, and what followed (indexing the rest, linking all from the cache).
   */
  indexRead: number;
  indexAhead: number;
  indexPagefind: number;
  /** The largest process of the build (Astro, or a Pagefind run). */
  peakMb: number;
  /** The largest Pagefind run alone. */
  indexPeakMb: number;
  /** HTML pages rendered (the build's report). */
  pages: number;
  /** HTML pages in the whole release (the build's report): not counted again by walking it. */
  releasePages: number;
  log: string;
}

// The stages, each ended by the first line that matches (after the previous stage's end).
const stageEnds: Array<[keyof StagedBuild, string, RegExp]> = [
  ['sync', 'đồng bộ nội dung', /Đã đồng bộ nội dung từ CMS/],
  ['bundle', 'đóng gói mã', /generating static routes/],
  // Astro logs each page as it writes it ("├─ /…"), after every route's static paths are known.
  ['paths', 'đường dẫn tĩnh', /[├└]─ /],
  // Astro says "N page(s) built" only after the integrations' hooks: rendering ends where the
  // first hook speaks (the media integration, since it links media instead of copying it, and
  // first says when it waits for the files still being fetched).
  ['render', 'dựng trang', /Đang chờ tải xong tệp đa phương tiện|Đã đưa \d+ tệp đa phương tiện|Tệp đa phương tiện như bản trước|Waiting for integration/],
  ['release', 'hoàn thiện bản dựng', /sitemap-index\.xml|tệp sơ đồ trang/],
  ['index', 'chỉ mục tìm kiếm', /Đã đánh chỉ mục tìm kiếm/],
];

/** Builds under GNU time, for their peak memory; with `ahead`, as `publisher serve` has them (each build's process started ahead). */
export const stagedBuilds = (setup: Omit<BuildOptions, 'onLine' | 'launcher' | 'outDir'> & { ahead?: boolean }) =>
  new SiteBuilds({ siteDir: setup.siteDir, cacheDir: setup.cacheDir, env: setup.env, ahead: setup.ahead, launcher: ['/usr/bin/time', '-v'] });

/**
 * A site build under GNU time, each line of its output stamped with the seconds since the
 * start, so the stages can be told apart; each stage is printed as it ends, and Pagefind's
 * peak is sampled from /proc meanwhile. Pages and whether it was partial come from the
 * build's report.
 */
export async function stagedBuild(options: Omit<BuildOptions, 'onLine' | 'launcher'>, builds = stagedBuilds(options)): Promise<StagedBuild> {
  const started = performance.now();
  const lines: Array<[number, string]> = [];
  const ends = new Map<string, number>();
  let indexPeakKb = 0;
  const sampler = setInterval(async () => {
    for (const pid of await readdir('/proc').catch(() => [] as string[])) {
      if (!/^\d+$/.test(pid)) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      if (!/^Name:\s+pagefind/m.test(status)) continue;
      indexPeakKb = Math.max(indexPeakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    }
  }, 500);
  const onLine = (line: string) => {
    const at = (performance.now() - started) / 1000;
    lines.push([at, line]);
    const next = stageEnds.find(([stage]) => !ends.has(stage));
    if (next && next[2].test(line)) {
      const previous = Math.max(0, ...ends.values());
      ends.set(next[0], at);
      console.error(`    ${next[1]}: ${(at - previous).toFixed(1)} giây`);
    }
  };
  let built;
  try {
    built = await builds.build({ ...options, onLine });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${lines.slice(-40).map(([, line]) => line).join('\n')}`);
  } finally {
    clearInterval(sampler);
  }
  const log = lines.map(([at, line]) => `${at.toFixed(1)}\t${line}`).join('\n');
  const end = (stage: string) => ends.get(stage) ?? Number.NaN;
  const field = (name: string) => /: (.*)$/.exec(lines.find(([, line]) => line.includes(name))?.[1] ?? '')?.[1] ?? '0';
  return {
    seconds: (performance.now() - started) / 1000,
    sync: end('sync'),
    bundle: end('bundle') - end('sync'),
    paths: end('paths') - end('bundle'),
    render: end('render') - end('paths'),
    release: end('release') - end('render'),
    index: end('index') - end('release'),
    mediaWait: Number(/chờ ([\d.]+) giây sau khi dựng trang/.exec(log)?.[1] ?? 0),
    indexRead: Number(/đọc trang ([\d.]+) giây/.exec(log)?.[1] ?? Number.NaN),
    indexAhead: Number(/chờ phần đánh trong lúc dựng ([\d.]+) giây/.exec(log)?.[1] ?? Number.NaN),
    indexPagefind: Number(/Pagefind ([\d.]+) giây/.exec(log)?.[1] ?? Number.NaN),
    partial: built.partial,
    peakMb: Number(field('Maximum resident set size')) / 1024,
    indexPeakMb: indexPeakKb / 1024,
    pages: built.rendered,
    releasePages: built.pages,
    log,
  };
}
