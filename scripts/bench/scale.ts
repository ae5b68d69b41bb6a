import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { controlServer, Publisher, publisherConfig, Releases, serveStatic } from '@cong/publisher';
import type { ImportReport } from '@cong/shared';
import { fullAccessToken, launchChromium, runSeed, startCms } from '@cong/testing';
import { importGeneratedProvince } from './generated-province.ts';
import { benchCmsEnv } from './bench-cms-env.ts';
import { benchSize } from './settings.ts';
import { coldSearch, searchBytes, type ColdSearch } from './cold-search.ts';
import { filesUnder } from './site.ts';
import { stagedBuild, type StagedBuild } from './staged-build.ts';

// Keeps the database and the releases when set, and says where: for searching or publishing on them afterwards.
const keep = Boolean(process.env.BENCH_KEEP);
const queries = ['quyết định', 'quyet dinh', '1730/TB-VP', 'TB-VP', 'chuyển đổi số', 'tran quoc khanh', 'công báo số 22'];

/**
 * `pnpm bench scale`: the demo content plus a generated province (ten years unless
 * BENCH_YEARS says otherwise), imported, built through the publisher stage by stage, one
 * article published and timed until it is live everywhere, and readers' first searches.
 */
export async function benchScale(): Promise<string> {
  const { years, fraction } = benchSize({ years: 10, fraction: 1 });
  const { database, controlPort, sitePort, secret, siteUrl, env } = await benchCmsEnv();
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-bench-scale-'));
  try {
    await runSeed(env);
    const importStarted = performance.now();
    const imported = await importGeneratedProvince({ years, fraction, env });
    const importSeconds = (performance.now() - importStarted) / 1000;

    const cms = await startCms(env, async () => {});
    try {
      const releases = new Releases(path.join(work, 'publish'));
      let last: StagedBuild | undefined;
      const publisher = new Publisher({
        releases,
        build: async (outDir, { infoDir, base } = {}) => {
          last = await stagedBuild({
            outDir,
            cacheDir: path.join(releases.root, 'cache'),
            infoDir,
            base,
            env: { CMS_URL: cms.url, SITE_API_TOKEN: cms.siteToken, SITE_URL: siteUrl },
          });
          // The build's own count: walking the release (~100,000 files) would be timed as publishing.
          return { pages: last.releasePages, rendered: last.pages, partial: last.partial };
        },
        // The publisher's own defaults: publish-to-live is timed as a province would have it.
        debounceMs: publisherConfig({}).debounceMs,
        maxWaitMs: publisherConfig({}).maxWaitMs,
        keep: 2,
        maxPageDrop: 0.2,
      });
      const cold = await publisher.publish({ trigger: 'bench' });
      if (cold.outcome !== 'published') throw new Error(cold.reason);
      const coldStages = last!;
      const control = controlServer(publisher, secret).listen(controlPort, '127.0.0.1');
      const site = await serveStatic(releases.liveLink, sitePort);
      const browser = await launchChromium();
      try {
        const live = await publishToLive(cms.url, await fullAccessToken(cms), siteUrl, browser);
        await publisher.settled();
        const warmStages = last!;
        const searches: ColdSearch[] = [];
        for (const query of queries) searches.push(await coldSearch(browser, siteUrl, query));
        const pagefindDir = path.join(releases.liveLink, 'pagefind');
        const manifest = JSON.parse(await readFile(path.join(pagefindDir, 'shards.json'), 'utf8')) as { shards: Array<{ id: string; pages: number }> };
        const indexFiles = await filesUnder(pagefindDir);
        const indexBytes = (await Promise.all(indexFiles.map((file) => stat(file)))).reduce((sum, info) => sum + info.size, 0);
        return report({ years, fraction, imported, importSeconds, pages: cold.pages!, coldStages, warmStages, live, searches, manifest, indexBytes });
      } finally {
        await browser.close();
        site.close();
        control.close();
      }
    } finally {
      await cms.stop();
    }
  } finally {
    if (keep) {
      console.error(`BENCH_KEEP: releases in ${path.join(work, 'publish')}, CMS env ${JSON.stringify(env)}`);
    } else {
      await database.drop();
      await rm(work, { recursive: true, force: true });
    }
  }
}

/**
 * Publishes one article through the REST API, as the admin does, and times it until its page,
 * the home page, its category, the news feed and search all show it.
 */
async function publishToLive(cmsUrl: string, token: string, siteUrl: string, browser: Awaited<ReturnType<typeof launchChromium>>) {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const { data: categories } = (await (await fetch(`${cmsUrl}/api/categories?locale=vi`, { headers })).json()) as { data: Array<{ documentId: string; slug: string }> };
  const word = `Kiemtra${randomBytes(4).toString('hex')}`;
  const started = performance.now();
  const created = await fetch(`${cmsUrl}/api/articles?status=published`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      data: {
        title: `Tỉnh họp báo thường kỳ quý IV ${word}`,
        summary: 'Họp báo cung cấp thông tin về tình hình kinh tế - xã hội của tỉnh.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Thông cáo báo chí ${word}.` }] }],
        category: categories[0]!.documentId,
      },
    }),
  });
  if (!created.ok) throw new Error(`Không xuất bản được tin thử: ${await created.text()}`);
  const { slug } = ((await created.json()) as { data: { slug: string } }).data;
  const shows = async (pathname: string) => (await (await fetch(`${siteUrl}${pathname}`)).text()).includes(word);
  for (;;) {
    if (await shows(`/tin-tuc/${slug}/`).catch(() => false)) break;
    if (performance.now() - started > 1_800_000) throw new Error('Tin thử không lên trang sau 30 phút.');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const seconds = (performance.now() - started) / 1000;
  const everywhere = {
    'home page': await shows('/'),
    'category page': await shows(`/chuyen-muc/${categories[0]!.slug}/`),
    'news feed': await shows('/rss.xml'),
    search: (await coldSearch(browser, siteUrl, word)).results > 0,
  };
  return { seconds, everywhere };
}

function report(figures: {
  years: number;
  fraction: number;
  imported: ImportReport;
  importSeconds: number;
  pages: number;
  coldStages: StagedBuild;
  warmStages: StagedBuild;
  live: Awaited<ReturnType<typeof publishToLive>>;
  searches: ColdSearch[];
  manifest: { shards: Array<{ id: string; pages: number }> };
  indexBytes: number;
}): string {
  const { years, fraction, imported, coldStages: cold, warmStages: warm, live } = figures;
  const s = (seconds: number) => (seconds >= 90 ? `${(seconds / 60).toFixed(1)} min` : `${seconds.toFixed(1)} s`);
  const stageRow = (name: string, build: StagedBuild) =>
    `| ${name} | ${s(build.seconds)} | ${s(build.sync)} | ${s(build.bundle)} | ${s(build.paths)} | ${build.pages} in ${s(build.render)} (${(build.pages / build.render).toFixed(0)}/s) | ${s(build.release)} | ${s(build.index)} (reading ${s(build.indexRead)}, Pagefind ${s(build.indexPagefind)}) | ${(build.peakMb / 1024).toFixed(1)} GB | ${(build.indexPeakMb / 1024).toFixed(1)} GB |`;
  return [
    `## Province scale: ${years} year(s)${fraction === 1 ? '' : ` at ${fraction * 100}%`}`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite, with \`BENCH_YEARS=${years} ./scripts/pnpm bench scale\`.`,
    '',
    `### Import: ${imported.entries} entries in ${s(imported.seconds)} (${(imported.entries / imported.seconds).toFixed(0)}/s; ${s(figures.importSeconds)} with generating and starting Strapi)`,
    '',
    '| Kind | Entries | Entries/s |',
    '|---|---|---|',
    ...Object.entries(imported.perKind).map(([kind, { entries, seconds }]) => `| ${kind} | ${entries} | ${(entries / seconds).toFixed(0)} |`),
    '',
    `### Build: ${figures.pages} pages`,
    '',
    '| Build | Total | Sync from CMS | Bundle | Static paths and page keys | Pages rendered | Release (links, media, sitemap) | Search index | Peak memory | Peak while indexing |',
    '|---|---|---|---|---|---|---|---|---|---|',
    stageRow('Cold (empty cache), full', cold),
    stageRow(`After publishing one article, ${warm.partial ? 'partial' : 'full'}`, warm),
    '',
    `### Publish to live: ${s(live.seconds)}`,
    '',
    `From the REST call that publishes an article to its page being served, through the webhook, the publisher's quiet time (${publisherConfig({}).debounceMs / 1000} s), the build and the swap; then ${Object.entries(live.everywhere)
      .map(([where, shown]) => `${where} ${shown ? 'shows it' : 'does NOT show it'}`)
      .join(', ')}.`,
    '',
    `### Search: ${figures.manifest.shards.length} shards, ${(figures.indexBytes / 2 ** 20).toFixed(0)} MB`,
    '',
    `Shards: ${figures.manifest.shards.map((shard) => `${shard.id} (${shard.pages})`).join(', ')}.`,
    '',
    '| Query (a reader’s first search) | Results | Bytes fetched | of which code / shard metadata / index / results / numbers | Time to results |',
    '|---|---|---|---|---|',
    ...figures.searches.map((search) => `| ${search.query} | ${search.results} | ${search.kilobytes.toFixed(0)} kB | ${searchBytes(search)} | ${search.ms.toFixed(0)} ms |`),
    '',
  ].join('\n');
}
