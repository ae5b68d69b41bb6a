import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { RELEASE_LINKS_FILE, type ReleaseLinks } from '@cong/shared';
import { linkFolder } from '../build/folder-links.ts';
import { siteConfig } from '../config.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { pageKeysOfThisBuild } from '../lib/page-keys-state.ts';
import { indexedPage, type IndexedPage } from '../search/indexed-page.ts';
import { siteOfPage } from '../search/shard-plan.ts';
import { shardManifestUrl, type SearchShard, type ShardManifest } from '../search/shards.ts';
import { IndexWhileRendering } from './index-while-rendering.ts';
import { fileOf, type ReleaseFiles } from './release.ts';
import { indexedShard, indexIntoCache, linkTree, pagesBySite, planSiteShards, type ShardStore } from './search-shards.ts';
import { ShardIndexer } from './shard-indexer.ts';

/**
 * Indexes the release with Pagefind: only what pages mark `data-pagefind-body` (the content
 * of articles, documents, gazette issues, consultations and pages), in shards by language, site
 * and span of quarters (/pagefind/<shard>/, listed in /pagefind/shards.json). Each site's shards
 * are indexed as soon as its pages are rendered, while the next sites render
 * (integrations/index-while-rendering.ts); once the release is whole, every shard is planned
 * from what it holds, and each is taken from where it already is: the base release (one link),
 * the build cache (hard links: what was indexed while rendering is there), or indexed now. One
 * Pagefind a worker, two at a time once the pages are written, each shard's index freed once
 * written and each Pagefind ended every ~2,000 pages, so memory is two shards', not the site's:
 * one index of 150,000 pages needs more than this machine has (docs/search.md). A partial
 * build reads only the pages it rendered: what the others index comes from the base build's
 * list (SITE_BASE_INFO), and the list of this one goes to SITE_BUILD_INFO.
 */
export function search(files: ReleaseFiles): AstroIntegration {
  let store: ShardStore;
  let previous: Record<string, IndexedPage> = {};
  let indexer: ShardIndexer | null = null;
  let whileRendering: IndexWhileRendering | null = null;
  return {
    name: 'cong:search',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        const { base, pagefindCacheDir } = siteConfig();
        // Whether this build is partial is known only once the routes' paths are (page keys):
        // the base's lists are read whenever there is a base, and used only then.
        previous = base ? await readJson(path.join(base.infoDir, 'search-pages.json'), {}) : {};
        store = { cacheDir: pagefindCacheDir, base: base ? { dir: base.dir, digests: await readJson(path.join(base.infoDir, shardsFile), {}) } : null };
        indexer = new ShardIndexer(1);
        const rendering = new IndexWhileRendering(indexer, store, {
          // Only a partial build takes pages and shards from its base (a full one is whole on its own).
          pathsKnown: () => {
            if (!pageKeysOfThisBuild().partial) store.base = null;
          },
          carried: carriedPages(() => (pageKeysOfThisBuild().partial ? previous : {})),
        });
        whileRendering = rendering;
        setPrerenderer((prerenderer) => {
          const wrapped = rendering.wrap(prerenderer);
          // The pages are written: Pagefind may have both cores.
          return {
            ...wrapped,
            teardown: async () => {
              await wrapped.teardown?.();
              indexer?.setConcurrency(2);
            },
          };
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { buildInfoDir } = siteConfig();
        const started = performance.now();
        indexer ??= new ShardIndexer(2);
        indexer.setConcurrency(2);
        try {
          if (!files.partial) store.base = null;
          const carried = files.partial ? previous : {};
          const rendered = whileRendering?.rendered ?? new Map<string, IndexedPage>();
          const indexed: Record<string, IndexedPage> = {};
          // A few files at a time: one by one, reading 150,000 pages took minutes.
          await eachAtOnce(files.html, 16, async (file) => {
            if (!files.rendered.has(file)) {
              if (carried[file]) indexed[file] = carried[file];
              return;
            }
            // Read while it was rendered, else (not rendered through Astro's prerenderer) from the release.
            const page = rendered.get(file) ?? indexedPage(file, await readFile(path.join(site, file)))?.page;
            if (page) indexed[file] = page;
          });
          if (buildInfoDir) {
            await mkdir(buildInfoDir, { recursive: true });
            await writeFile(path.join(buildInfoDir, 'search-pages.json'), JSON.stringify(indexed));
          }
          const read = (performance.now() - started) / 1000;
          // What was indexed while the pages were rendered is in the cache by now.
          await whileRendering?.settled();
          const ahead = (performance.now() - started) / 1000 - read;

          const shards: SearchShard[] = [];
          let reused = 0;
          await mkdir(path.join(site, 'pagefind'), { recursive: true });
          const realSite = await realpath(site);
          // Each shard's digest in this release, for the next build to take unchanged shards from it.
          const shardDigests: Record<string, string> = {};
          // Shards taken as they are in the base release: one link each (see release.ts).
          const linked: ReleaseLinks['folders'] = {};
          const indexing = performance.now();
          const work: Array<Promise<void>> = [];
          // Awaited after the loop; until then (the next shards' checks) a failure must not count
          // as unhandled: it would end the build before its report is written.
          const track = (job: Promise<void>) => {
            job.catch(() => {});
            work.push(job);
          };
          for (const { language, site: pageSite, pages } of pagesBySite(indexed).values()) {
            for (const planned of planSiteShards(language, pageSite, pages)) {
              const { shard, digest } = planned;
              shardDigests[shard.id] = digest;
              shards.push(shard);
              const output = path.join(site, 'pagefind', shard.id);
              const found = await indexedShard(store, planned);
              // As the base release has it: a link to its real folder, not a hard link per file
              // (31,000 files at one year with 120 units, 0.6 s of a publish). The publisher keeps
              // what a kept release links to (RELEASE_LINKS_FILE).
              if (found && 'base' in found) linked[`pagefind/${shard.id}`] = await linkFolder(realSite, `pagefind/${shard.id}`, found.base);
              if (found) {
                if ('cache' in found) track(linkTree(found.cache, output));
                reused++;
                continue;
              }
              const pages = planned.files.map((file) => ({ sourcePath: file, file: path.join(site, file) }));
              track(indexIntoCache(indexer, store, planned, language, pages).then(() => linkTree(path.join(store.cacheDir, shard.id), output)));
            }
          }
          await Promise.all(work);
          const indexSeconds = (performance.now() - indexing) / 1000;
          if (buildInfoDir) {
            await writeFile(path.join(buildInfoDir, shardsFile), JSON.stringify(shardDigests));
            // Added to the folders the release integration linked.
            const linksFile = path.join(buildInfoDir, RELEASE_LINKS_FILE);
            const links = await readJson<ReleaseLinks>(linksFile, { folders: {} });
            await writeFile(linksFile, JSON.stringify({ folders: { ...links.folders, ...linked } } satisfies ReleaseLinks));
          }
          const manifest: ShardManifest = { shards: shards.sort((a, b) => b.to - a.to || b.id.localeCompare(a.id)) };
          await writeFile(path.join(site, shardManifestUrl), JSON.stringify(manifest));
          const pages = shards.reduce((sum, shard) => sum + shard.pages, 0);
          logger.info(
            `Đã đánh chỉ mục tìm kiếm ${pages} trang trong ${shards.length} phần (${reused} phần đã có sẵn, dùng lại), ${((performance.now() - started) / 1000).toFixed(1)} giây ` +
              `(đọc trang ${read.toFixed(1)} giây, chờ phần đánh trong lúc dựng ${ahead.toFixed(1)} giây, Pagefind ${indexSeconds.toFixed(1)} giây).`,
          );
        } finally {
          await indexer.close();
        }
      },
    },
  };
}

// In the build info: each shard's digest, for the next build to take unchanged shards from this release.
const shardsFile = 'search-shards.json';

/** A JSON file, or `fallback` when there is none. */
async function readJson<T>(file: string, fallback: T): Promise<T> {
  const text = await readFile(file, 'utf8').catch(() => null);
  return text === null ? fallback : (JSON.parse(text) as T);
}

/**
 * The pages of each site a partial build keeps from its base without rendering them: every
 * page of this build (its page keys, known once the routes' paths are) the base indexed.
 * Worked out once, on first use, from `previous` (the base's indexed pages, {} for a full build).
 */
function carriedPages(previous: () => Record<string, IndexedPage>): (site: string) => Array<{ file: string; page: IndexedPage }> {
  let bySite: Map<string, Array<{ file: string; page: IndexedPage }>> | null = null;
  return (site) => {
    if (!bySite) {
      bySite = new Map();
      const pages = previous();
      for (const url of Object.keys(pageKeysOfThisBuild().pages)) {
        const file = fileOf(url);
        const page = pages[file];
        if (!page) continue;
        const of = siteOfPage(file);
        if (!bySite.has(of)) bySite.set(of, []);
        bySite.get(of)!.push({ file, page });
      }
    }
    return bySite.get(site) ?? [];
  };
}
