import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { RELEASE_LINKS_FILE, type ReleaseLinks } from '@cong/shared';
import { linkFolder } from '../build/folder-links.ts';
import { siteConfig } from '../config.ts';
import { indexedPart, pagePeriod } from '../search/indexed-page.ts';
import { planShards, siteOfPage } from '../search/shard-plan.ts';
import { shardManifestUrl, type SearchShard, type ShardManifest } from '../search/shards.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import type { ShardJob } from './index-shard.ts';
import type { ReleaseFiles } from './release.ts';

// Shards as last indexed are kept in the cache (pagefindCacheDir), with a digest of what they
// indexed: a shard whose pages did not change is linked from there instead of indexed again
// (Pagefind indexes ~330 pages a second here). Another Pagefind writes other files: its shards
// are never reused.
const pagefindVersion = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'), 'utf8')) as { version: string }).version;

/** An indexed page as the next build remembers it: language, quarter (see planShards), digest of what was indexed. */
type IndexedPage = [language: string, quarter: number | null, digest: string];

/**
 * Indexes the release with Pagefind: only what pages mark `data-pagefind-body` (the content
 * of articles, documents, gazette issues, consultations and pages), in shards by language, site
 * and span of quarters (/pagefind/<shard>/, listed in /pagefind/shards.json). One Pagefind run a
 * batch of shards (see batchPages), two at a time, each shard's index freed once written, so
 * memory is two shards', not the site's: one index of 150,000 pages
 * needs more than this machine has (docs/search.md). A shard whose pages index the same as last time is reused
 * from the build cache. A partial build reads only the pages it rendered: what the others
 * index comes from the base build's list (SITE_BASE_INFO), and the list of this one goes to
 * SITE_BUILD_INFO.
 */
export function search(files: ReleaseFiles): AstroIntegration {
  return {
    name: 'cong:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { base, buildInfoDir, pagefindCacheDir } = siteConfig();
        const started = performance.now();
        const previous: Record<string, IndexedPage> = files.partial && base ? JSON.parse(await readFile(path.join(base.infoDir, 'search-pages.json'), 'utf8')) : {};
        const indexed: Record<string, IndexedPage> = {};
        // A few files at a time: one by one, reading 150,000 pages took minutes.
        await eachAtOnce(files.html, 16, async (file) => {
          if (!files.rendered.has(file)) {
            if (previous[file]) indexed[file] = previous[file];
            return;
          }
          const html = await readFile(path.join(site, file), 'utf8');
          const page = pagePeriod(html);
          if (!page) return;
          const digest = createHash('sha256').update(file).update('\0').update(indexedPart(html)).digest('hex');
          indexed[file] = [page.language, page.quarter, digest];
        });
        if (buildInfoDir) {
          await mkdir(buildInfoDir, { recursive: true });
          await writeFile(path.join(buildInfoDir, 'search-pages.json'), JSON.stringify(indexed));
        }

        // Each site apart: a unit's pages are indexed with its site's only (see SearchShard.site).
        const bySite = new Map<string, { language: string; site: string; pages: Array<{ quarter: number | null; item: { file: string; digest: string } }> }>();
        for (const file of Object.keys(indexed).sort()) {
          const [language, quarter, digest] = indexed[file]!;
          const pageSite = siteOfPage(file);
          const key = `${language}.${pageSite}`;
          if (!bySite.has(key)) bySite.set(key, { language, site: pageSite, pages: [] });
          bySite.get(key)!.pages.push({ quarter, item: { file: path.join(site, file), digest } });
        }

        const read = (performance.now() - started) / 1000;
        const shards: SearchShard[] = [];
        let reused = 0;
        await mkdir(path.join(site, 'pagefind'), { recursive: true });
        const realSite = await realpath(site);
        // Each shard's digest in the base release, and in this one for the next build.
        const baseShards: Record<string, string> = files.partial && base ? JSON.parse(await readFile(path.join(base.infoDir, shardsFile), 'utf8').catch(() => '{}')) : {};
        const shardDigests: Record<string, string> = {};
        // Shards taken as they are in the base release: one link each (see release.ts).
        const linked: ReleaseLinks['folders'] = {};
        const changed: Array<{ job: ShardJob; cached: string; digest: string }> = [];
        for (const { language, site: pageSite, pages } of bySite.values()) {
          for (const { items, ...shard } of planShards(language, pages, { site: pageSite })) {
            const output = path.join(site, 'pagefind', shard.id);
            const cached = path.join(pagefindCacheDir, shard.id);
            const digest = createHash('sha256').update(`pagefind ${pagefindVersion} ${language}\n`).update(items.map((item) => item.digest).sort().join('\n')).digest('hex');
            shardDigests[shard.id] = digest;
            // As the base release has it: a link to its real folder, not a hard link per file
            // (31,000 files at one year with 120 units, 0.6 s of a publish). The publisher keeps
            // what a kept release links to (RELEASE_LINKS_FILE).
            const inBase = baseShards[shard.id] === digest ? await realpath(path.join(base!.dir, 'pagefind', shard.id)).catch(() => null) : null;
            if (inBase) {
              linked[`pagefind/${shard.id}`] = await linkFolder(realSite, `pagefind/${shard.id}`, inBase);
              reused++;
            } else if ((await readFile(`${cached}.digest`, 'utf8').catch(() => '')) === digest) {
              await linkTree(cached, output);
              reused++;
            } else {
              changed.push({ job: { site, language, files: items.map((item) => item.file), output }, cached, digest });
            }
            shards.push(shard);
          }
        }
        const indexing = performance.now();
        // Two batches at a time, each in a worker with its own Pagefind (see index-shard.ts).
        await eachAtOnce(batches(changed), 2, async (batch) => {
          await inWorker(batch.map(({ job }) => job));
          for (const { job, cached, digest } of batch) {
            // Kept for the next build as links, not a copy: neither the release nor the cache
            // is ever written in place (a changed shard is removed and written anew).
            // The digest goes first: a build stopped midway leaves no digest over half a shard.
            await rm(`${cached}.digest`, { force: true });
            await rm(cached, { recursive: true, force: true });
            await linkTree(job.output, cached);
            await writeFile(`${cached}.digest`, digest);
          }
        });
        const indexSeconds = (performance.now() - indexing) / 1000;
        if (buildInfoDir) {
          await writeFile(path.join(buildInfoDir, shardsFile), JSON.stringify(shardDigests));
          // Added to the folders the release integration linked.
          const linksFile = path.join(buildInfoDir, RELEASE_LINKS_FILE);
          const links = JSON.parse(await readFile(linksFile, 'utf8').catch(() => '{"folders":{}}')) as ReleaseLinks;
          await writeFile(linksFile, JSON.stringify({ folders: { ...links.folders, ...linked } } satisfies ReleaseLinks));
        }
        const manifest: ShardManifest = { shards: shards.sort((a, b) => b.to - a.to || b.id.localeCompare(a.id)) };
        await writeFile(path.join(site, shardManifestUrl), JSON.stringify(manifest));
        const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
        logger.info(
          `Đã đánh chỉ mục tìm kiếm ${pages} trang trong ${shards.length} phần (${reused} phần không đổi, dùng lại), ${((performance.now() - started) / 1000).toFixed(1)} giây ` +
            `(đọc trang ${read.toFixed(1)} giây, Pagefind ${indexSeconds.toFixed(1)} giây).`,
        );
      },
    },
  };
}

// In the build info: each shard's digest, for the next build to take unchanged shards from this release.
const shardsFile = 'search-shards.json';

// Pages a batch of shards reaches before it takes no more: a quarter of the portal is a batch
// of its own, a hundred small units' sites share a few (a Pagefind process and a worker cost
// more than a xã's few hundred pages).
const batchPages = 2_000;

/** Shards to index, in batches of about `batchPages` pages, in their order. */
function batches<T extends { job: ShardJob }>(shards: T[]): T[][] {
  const planned: T[][] = [];
  let pages = Infinity;
  for (const shard of shards) {
    if (pages >= batchPages) {
      planned.push([]);
      pages = 0;
    }
    planned.at(-1)!.push(shard);
    pages += shard.job.files.length;
  }
  return planned;
}

/** Indexes a batch of shards in a worker thread (integrations/index-shard.ts); rejects with its error. */
function inWorker(jobs: ShardJob[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(import.meta.dirname, 'index-shard.ts'), { workerData: { shardJobs: jobs } });
    let done = false;
    worker.once('message', () => (done = true));
    worker.once('error', reject);
    const names = jobs.map((job) => path.basename(job.output)).join(', ');
    worker.once('exit', (code) => (done ? resolve() : reject(new Error(`Đánh chỉ mục phần ${names} dừng giữa chừng (mã ${code}).`))));
  });
}

/**
 * Hard-links a shard's files into another folder, from the cache into a release or back (a
 * quarter is ~3,800 files): neither is ever written in place (a changed shard is removed and
 * written anew), so the links stay as they were built. Across file systems it copies.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  for (const entry of entries) if (entry.isDirectory()) await mkdir(path.join(to, path.relative(from, path.join(entry.parentPath, entry.name))), { recursive: true });
  await eachAtOnce(entries.filter((entry) => !entry.isDirectory()), 32, async (entry) => {
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    try {
      await link(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await cp(source, target);
    }
  });
}

