import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { controlServer, countPages, Publisher, publisherConfig, Releases, serveStatic } from '@cong/publisher';
import { UNIT_KINDS, type ImportReport, type Province, type UnitKind } from '@cong/shared';
import { cmsDir, fullAccessToken, run, runSeed, startCms, type DemoCms } from '@cong/testing';
import { generateProvince } from '../scale/generate.ts';
import { writeProvince } from '../scale/province-file.ts';
import { provinceSlice } from '../scale/slice.ts';
import { bareAstroRender, type BareRender } from './bare-astro.ts';
import { diskOf, type Disk } from './release-disk.ts';
import { publishArticle, type ArticleLive } from './publish-article.ts';
import { benchCmsEnv } from './bench-cms-env.ts';
import { writtenBack } from './written-back.ts';
import { benchSize } from './settings.ts';
import { stagedBuild, stagedBuilds, type StagedBuild } from './staged-build.ts';

// The portal grows by these many component sites, and a xã's article is timed at each.
const steps = [10, 50, 120];

/** One step of the growth: units on the portal, the build that brought them, a xã's article and its build. */
interface Step {
  units: number;
  imported: ImportReport;
  /** The build that put the new units on the site (the first step's is a cold one). */
  arrival: StagedBuild;
  commune: ArticleLive;
  communeBuild: StagedBuild;
}

/**
 * `pnpm bench units`: a province with its component sites (1 year unless BENCH_YEARS says
 * otherwise), grown 10 → 50 → 120 units, a xã's article published and timed at each step, a
 * provincial one at the end; then a cold build of the whole with an empty cache, twice with
 * the media in the cache, R twice (a bare Astro build of as many trivial pages, the same run;
 * the faster of each pair held against the other), pages per kind of unit and the releases' disk.
 */
export async function benchUnits(): Promise<string> {
  const { years, fraction } = benchSize({ years: 1, fraction: 1 });
  const { database, controlPort, sitePort, secret, siteUrl, env } = await benchCmsEnv();
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-bench-units-'));
  // The machine is shared: how busy it was goes with the figures.
  const loadAtStart = os.loadavg()[0]!;
  const province = generateProvince({ years, fraction, units: Math.max(...steps) });
  // The xã timed at every step: the first one, on the portal from the first step.
  const commune = province.units.find((unit) => unit.kind === 'commune')!;
  let cms: DemoCms | undefined;
  let token = '';
  try {
    await runSeed(env);
    const releases = new Releases(path.join(work, 'publish'));
    let last: StagedBuild | undefined;
    let served: { env: string; builds: ReturnType<typeof stagedBuilds> } | undefined;
    const cmsEnv = () => ({ CMS_URL: cms!.url, SITE_API_TOKEN: cms!.siteToken, SITE_URL: siteUrl });
    const publisher = new Publisher({
      releases,
      build: async (outDir, { infoDir, base } = {}) => {
        const cacheDir = path.join(releases.root, 'cache');
        // As `publisher serve` builds: each build's process started ahead, once the one before
        // ended. A new one for a CMS started again (its address and key are the process's).
        if (JSON.stringify(cmsEnv()) !== served?.env) {
          served?.builds.close();
          served = { env: JSON.stringify(cmsEnv()), builds: stagedBuilds({ cacheDir, env: cmsEnv(), ahead: true }) };
        }
        last = await stagedBuild({ outDir, cacheDir, infoDir, base, env: cmsEnv() }, served.builds);
        // Each build's lines with their seconds, for a look at a stage (kept with BENCH_KEEP).
        await writeFile(path.join(work, `build-${path.basename(outDir)}.log`), last.log);
        // The build's own count: walking the release (~100,000 files) would be timed as publishing.
        return { pages: last.releasePages, rendered: last.pages, partial: last.partial };
      },
      // The publisher's own defaults: publish-to-live is timed as a province would have it.
      debounceMs: publisherConfig({}).debounceMs,
      maxWaitMs: publisherConfig({}).maxWaitMs,
      keep: 2,
      maxPageDrop: 0.2,
      // Each build and what asked for it: a build of the CMS's own start-up writes would otherwise be timed as the article's.
      log: (line) => console.error(`    ${line}`),
    });
    const control = controlServer(publisher, secret).listen(controlPort, '127.0.0.1');
    const site = await serveStatic(releases.liveLink, sitePort);
    const grown: Step[] = [];
    let provincial: { live: ArticleLive; build: StagedBuild } | undefined;
    try {
      for (const [index, units] of steps.entries()) {
        const from = steps[index - 1] ?? 0;
        console.error(`› ${units} đơn vị: nhập thêm ${units - from} đơn vị và nội dung của chúng…`);
        // The importer writes to the database alone: the CMS is stopped meanwhile.
        await cms?.stop();
        const imported = await importSlice(provinceSlice(province, from, units), env, work);
        cms = await startCms(env, async () => {});
        token ||= await fullAccessToken(cms);
        console.error(`› ${units} đơn vị: dựng trang (${from ? 'chỉ phần thay đổi' : 'lần đầu, bộ nhớ đệm trống'})…`);
        const arrived = await publisher.publish({ trigger: 'bench' });
        if (arrived.outcome !== 'published') throw new Error(arrived.reason);
        const arrival = last!;
        // The CMS's start-up (a new unit's starter pages) asks for builds of its own: the article is timed on an idle publisher.
        await publisher.settled();
        const unit = await unitByLabel(cms.url, token, commune.hostLabel);
        console.error(`› ${units} đơn vị: xuất bản một tin của ${commune.shortName}…`);
        const live = await publishArticle({ cmsUrl: cms.url, token, siteUrl, unit });
        await publisher.settled();
        grown.push({ units, imported, arrival, commune: live, communeBuild: last! });
        console.error(`    lên trang sau ${live.seconds.toFixed(1)} giây`);
      }
      console.error('› xuất bản một tin của tỉnh…');
      const live = await publishArticle({ cmsUrl: cms!.url, token, siteUrl });
      await publisher.settled();
      provincial = { live, build: last! };
    } finally {
      site.close();
      control.close();
    }

    served?.builds.close();
    const kept = (await releases.list()).map((release) => releases.dir(release.id));
    console.error(`› đo dung lượng ${kept.length} bản phát hành giữ lại…`);
    const disk = {
      each: await Promise.all(kept.map((release) => diskOf([release]))),
      kept: await diskOf(kept, (line) => console.error(line)),
      withCache: await diskOf([...kept, path.join(releases.root, 'cache')], (line) => console.error(line)),
      // The files the live site shows (/uploads/): in every release, hard-linked from the cache.
      media: await diskOf([path.join(releases.liveLink, 'uploads')]),
    };

    console.error(`› dựng lại toàn bộ ${steps.at(-1)} đơn vị, bộ nhớ đệm trống…`);
    const coldDir = path.join(work, 'cold');
    await writtenBack();
    const cold = await stagedBuild({ outDir: path.join(coldDir, 'out'), cacheDir: path.join(coldDir, 'cache'), env: cmsEnv() });
    // Again with only the media in the cache: what a build costs once the media library is on
    // this machine (a new code version, a cache lost but its media), the figure to hold against
    // R; the first build on a machine also brings every file the site shows, over the network.
    // This build and R, the two held against each other, twice each, the faster kept: the same
    // code's cold build moved by 10-20 % from one minute to the next here, with what the disk
    // was still writing back (docs/scale.md, fifth pass).
    const warmDir = path.join(work, 'cold-media');
    const warmBuilds: StagedBuild[] = [];
    for (const attempt of [1, 2]) {
      console.error(`› dựng lại toàn bộ, bộ nhớ đệm chỉ có tệp đa phương tiện (lần ${attempt}/2)…`);
      await mkdir(path.join(warmDir, 'cache'), { recursive: true });
      // Hard links: the cache never writes a file in place.
      await run('cp', ['-al', path.join(coldDir, 'cache/media'), path.join(warmDir, 'cache/media')]);
      await writtenBack();
      warmBuilds.push(await stagedBuild({ outDir: path.join(warmDir, 'out'), cacheDir: path.join(warmDir, 'cache'), env: cmsEnv() }));
      await rm(warmDir, { recursive: true, force: true });
    }
    const pages = await pagesByKind(path.join(coldDir, 'out'), await unitKinds(cms!.url, token));
    const bares: BareRender[] = [];
    for (const attempt of [1, 2]) {
      console.error(`› R: Astro tối giản, ${pages.total} trang (lần ${attempt}/2)…`);
      bares.push(await bareAstroRender(pages.total));
    }
    return report({ years, fraction, load: [loadAtStart, os.loadavg()[0]!], province, commune: commune.shortName, grown, provincial: provincial!, disk, cold, coldWithMedia: warmBuilds, pages, bare: bares });
  } finally {
    await cms?.stop();
    if (process.env.BENCH_KEEP) console.error(`BENCH_KEEP: releases in ${path.join(work, 'publish')}, each build's log in ${work}, CMS env ${JSON.stringify(env)}`);
    else {
      await database.drop();
      await rm(work, { recursive: true, force: true });
    }
  }
}

/** Writes a slice of the province to a file and imports it with the CMS's importer, in its own process. */
async function importSlice(slice: Province, env: Record<string, string>, work: string): Promise<ImportReport> {
  const file = path.join(work, 'slice.json');
  const report = path.join(work, 'import.json');
  await writeProvince(file, slice);
  await run(process.execPath, [path.join(cmsDir, 'scripts/import/index.ts'), file, '--report', report], { env: { ...process.env, ...env }, cwd: cmsDir });
  return JSON.parse(await readFile(report, 'utf8')) as ImportReport;
}

/** A unit's documentId by its host label, from the REST API. */
async function unitByLabel(cmsUrl: string, token: string, hostLabel: string): Promise<{ documentId: string; hostLabel: string }> {
  const answer = await fetch(`${cmsUrl}/api/units?filters[hostLabel][$eq]=${hostLabel}`, { headers: { Authorization: `Bearer ${token}` } });
  const unit = ((await answer.json()) as { data: Array<{ documentId: string }> }).data[0];
  if (!unit) throw new Error(`Không có đơn vị ${hostLabel} trong CMS.`);
  return { documentId: unit.documentId, hostLabel };
}

/** Every unit's kind by its host label (the generated ones and the demo's). */
async function unitKinds(cmsUrl: string, token: string): Promise<Map<string, UnitKind>> {
  const answer = await fetch(`${cmsUrl}/api/units?pagination[pageSize]=1000&fields[0]=hostLabel&fields[1]=kind`, { headers: { Authorization: `Bearer ${token}` } });
  const { data } = (await answer.json()) as { data: Array<{ hostLabel: string; kind: UnitKind }> };
  return new Map(data.map((unit) => [unit.hostLabel, unit.kind]));
}

/** Pages of a build: in all, the portal's, and each kind of unit's (how many sites, how many pages). */
async function pagesByKind(outDir: string, kinds: Map<string, UnitKind>) {
  const total = await countPages(outDir);
  const perKind = new Map<UnitKind, { sites: number; pages: number }>();
  const unitsDir = path.join(outDir, 'don-vi');
  let ofUnits = 0;
  for (const entry of await readdir(unitsDir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory()) continue;
    const kind = kinds.get(entry.name);
    if (!kind) continue;
    const pages = await countPages(path.join(unitsDir, entry.name));
    const figures = perKind.get(kind) ?? { sites: 0, pages: 0 };
    perKind.set(kind, { sites: figures.sites + 1, pages: figures.pages + pages });
    ofUnits += pages;
  }
  return { total, portal: total - ofUnits, perKind };
}

function report(figures: {
  years: number;
  fraction: number;
  load: [number, number];
  province: Province;
  commune: string;
  grown: Step[];
  provincial: { live: ArticleLive; build: StagedBuild };
  disk: { each: Disk[]; kept: Disk; withCache: Disk; media: Disk };
  cold: StagedBuild;
  /** Cold builds whose cache held the media already (the faster is held against R). */
  coldWithMedia: StagedBuild[];
  pages: Awaited<ReturnType<typeof pagesByKind>>;
  /** R, measured as often (the faster is R). */
  bare: BareRender[];
}): string {
  const { years, fraction, grown, provincial, disk, cold, pages } = figures;
  const coldWithMedia = fastest(figures.coldWithMedia);
  const bare = fastest(figures.bare);
  const times = (runs: Array<{ seconds: number }>) => runs.map((timed) => s(timed.seconds)).join(' and ');
  const s = (seconds: number) => (seconds >= 90 ? `${(seconds / 60).toFixed(1)} min` : `${seconds.toFixed(1)} s`);
  const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
  const r = (seconds: number) => `${(seconds / bare.seconds).toFixed(2)} R`;
  const shown = (live: ArticleLive) => Object.entries(live.everywhere).map(([where, yes]) => `${where} ${yes ? 'yes' : 'NO'}`).join(', ');
  const build = (b: StagedBuild) => `${s(b.seconds)} (${b.partial ? 'partial' : 'full'}, ${b.pages} pages rendered; sync ${s(b.sync)}, paths ${s(b.paths)}, render ${s(b.render)}, release ${s(b.release)}, search ${s(b.index)})`;
  const entries = (imported: ImportReport) => `${imported.entries} in ${s(imported.seconds)} (units ${imported.perKind.units?.entries ?? 0} in ${s(imported.perKind.units?.seconds ?? 0)})`;
  const size = `${years} year(s)${fraction === 1 ? '' : ` at ${fraction * 100}%`}`;
  return [
    `## A province and its component sites: ${size}, ${steps.join(' → ')} units`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite, with \`BENCH_YEARS=${years}${fraction === 1 ? '' : ` BENCH_FRACTION=${fraction}`} ./scripts/pnpm bench units\`; load average ${figures.load.map((load) => load.toFixed(1)).join(' at the start, ')} at the end. Content: the demo's, plus ${figures.province.articles.length} articles and ${figures.province.documents.length} documents generated (${figures.province.articles.filter((a) => a.unit).length} and ${figures.province.documents.filter((d) => d.unit).length} of them the units').`,
    '',
    `### Pages: ${pages.total}`,
    '',
    '| Site | Sites | Pages | Pages a site |',
    '|---|---|---|---|',
    `| Portal (${UNIT_KINDS.province}) | 1 | ${pages.portal} | ${pages.portal} |`,
    ...[...pages.perKind].map(([kind, { sites, pages: count }]) => `| ${UNIT_KINDS[kind]} | ${sites} | ${count} | ${(count / sites).toFixed(0)} |`),
    '',
    `### Against R, a bare Astro build of ${bare.pages} trivial pages: ${s(bare.seconds)}, the faster of ${times(figures.bare)} (peak ${(bare.peakMb / 1024).toFixed(1)} GB)`,
    '',
    '| | Time | / R | Target (#15) |',
    '|---|---|---|---|',
    `| Cold build, ${steps.at(-1)} units, the media fetched already (cache empty but for them), the faster of ${times(figures.coldWithMedia)} | ${s(coldWithMedia.seconds)} | ${r(coldWithMedia.seconds)} | ≤ 2.5 R |`,
    `| Cold build, ${steps.at(-1)} units, empty cache (every file fetched from the CMS too) | ${s(cold.seconds)} | ${r(cold.seconds)} | |`,
    `| Publish-to-live, an article of ${figures.commune}, ${steps.at(-1)} units | ${s(grown.at(-1)!.commune.seconds)} | ${r(grown.at(-1)!.commune.seconds)} | ≤ 0.3 R, flat as units are added |`,
    `| Publish-to-live, a provincial article, ${steps.at(-1)} units | ${s(provincial.live.seconds)} | ${r(provincial.live.seconds)} | |`,
    '',
    ...[
      ['Cold build with the media fetched, by stage', coldWithMedia] as const,
      ['Cold build with an empty cache, by stage', cold] as const,
    ].map(
      ([title, b]) =>
        `${title}: sync ${s(b.sync)}, bundle ${s(b.bundle)}, static paths and keys ${s(b.paths)}, ${b.pages} pages in ${s(b.render)} (${(b.pages / b.render).toFixed(0)}/s; each site's search shards indexed meanwhile, and the media fetched), ` +
        `release ${s(b.release)} (of which waiting for the media ${s(b.mediaWait)}), search index ${s(b.index)} (of which waiting for the shards indexed while rendering ${s(b.indexAhead)}, the rest ${s(b.indexPagefind)}); peak memory ${(b.peakMb / 1024).toFixed(1)} GB, ${(b.indexPeakMb / 1024).toFixed(1)} GB a Pagefind.\n`,
    ),
    '',
    '### As units are added',
    '',
    `| Units | Imported (entries) | The build that brought them | Publish-to-live, ${figures.commune} | / R | Its build | Shown on |`,
    '|---|---|---|---|---|---|---|',
    ...grown.map((step) => `| ${step.units} | ${entries(step.imported)} | ${build(step.arrival)} | ${s(step.commune.seconds)} | ${r(step.commune.seconds)} | ${build(step.communeBuild)} | ${shown(step.commune)} |`),
    `| ${steps.at(-1)}, a provincial article | | | ${s(provincial.live.seconds)} | ${r(provincial.live.seconds)} | ${build(provincial.build)} | ${shown(provincial.live)} |`,
    '',
    `### Disk: releases kept ${gb(disk.kept.bytes)}, with the build cache ${gb(disk.withCache.bytes)}`,
    '',
    `Each inode counted once (stat blocks), so files hard-linked between releases and from the cache count once. Each release alone: ${disk.each.map((each) => `${gb(each.bytes)} (${each.files} files)`).join(', ')}; the ${disk.each.length} kept together: ${gb(disk.kept.bytes)} (${disk.kept.files} files); with the build cache: ${gb(disk.withCache.bytes)} (${disk.withCache.files} files). Of a release, its media (/uploads/: ${figures.province.media?.length ?? 0} files generated, ${((figures.province.media ?? []).reduce((sum, file) => sum + file.bytes, 0) / 2 ** 30).toFixed(2)} GB as uploaded, with the CMS's smaller formats of each photo): ${gb(disk.media.bytes)} (${disk.media.files} files), the same inodes in every release and in the cache.`,
    '',
  ].join('\n');
}

/** The run that took the least time. */
const fastest = <T extends { seconds: number }>(runs: T[]): T => runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
