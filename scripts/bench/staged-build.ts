import { readdir, readFile } from 'node:fs/promises';
import { SiteBuilds, type BuilderSetup, type BuildOptions } from '@cong/publisher';

/** One site build taken apart: seconds per stage, peak memory, pages. */
export interface StagedBuild {
  seconds: number;
  /** Fetching from the CMS into the content store. */
  sync: number;
  /** Vite bundling the pages' code, what of it is left once the content is synced (the two run at once). */
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

// The stages, each ended by the first line that matches. Not all one after another: the sync
// runs while Vite bundles, so a stage lasts from the latest end of those before it to its own.
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
export const stagedBuilds = (setup: Omit<BuilderSetup, 'launcher'>) => new SiteBuilds({ ...setup, launcher: ['/usr/bin/time', '-v'] });

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
  let printed = 0;
  const onLine = (line: string) => {
    const at = (performance.now() - started) / 1000;
    lines.push([at, line]);
    for (const [stage, , pattern] of stageEnds) if (!ends.has(stage) && pattern.test(line)) ends.set(stage, at);
    // Each stage once it and those before it have ended, in their order.
    while (printed < stageEnds.length && ends.has(stageEnds[printed]![0])) {
      console.error(`    ${stageEnds[printed]![1]}: ${length(stageEnds[printed]![0]).toFixed(1)} giây`);
      printed++;
    }
  };
  /** From the latest end of the stages before it to its own; 0 when they ended after it. */
  const length = (stage: keyof StagedBuild) => {
    const index = stageEnds.findIndex(([name]) => name === stage);
    const before = Math.max(0, ...stageEnds.slice(0, index).map(([name]) => ends.get(name) ?? 0));
    return Math.max(0, (ends.get(stage) ?? Number.NaN) - before);
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
  const field = (name: string) => /: (.*)$/.exec(lines.find(([, line]) => line.includes(name))?.[1] ?? '')?.[1] ?? '0';
  return {
    seconds: (performance.now() - started) / 1000,
    sync: length('sync'),
    bundle: length('bundle'),
    paths: length('paths'),
    render: length('render'),
    release: length('release'),
    index: length('index'),
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
