// The build's side of the search shards: which pages each shard holds and its digest, whether
// one is already indexed (in the base release or the cache), and indexing one into the cache.
// Used by integrations/search.ts when the release is whole, and by
// integrations/index-while-rendering.ts for each site as soon as its pages are rendered.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, link, mkdir, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachAtOnce } from '../lib/each-at-once.ts';
import type { IndexedPage } from '../search/indexed-page.ts';
import { planShards, siteOfPage } from '../search/shard-plan.ts';
import type { SearchShard } from '../search/shards.ts';
import type { ShardPage } from './index-shard.ts';
import type { ShardIndexer } from './shard-indexer.ts';

// Another Pagefind writes other files, and another way of giving it the pages (indexedDocument)
// other fragments: shards indexed otherwise are never reused.
const pagefindVersion = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'), 'utf8')) as { version: string }).version;
const indexedAs = `pagefind ${pagefindVersion}, indexed part`;

/** A shard as planned: what it is, its pages (relative to the release) and the digest of what they index. */
export interface PlannedShard {
  shard: SearchShard;
  files: string[];
  digest: string;
}

/** The shards of one site's pages in one language (see planShards), each with its digest. */
export function planSiteShards(language: string, site: string, pages: Array<{ file: string; page: IndexedPage }>): PlannedShard[] {
  const planned = planShards(
    language,
    pages.map(({ file, page: [, quarter, digest] }) => ({ quarter, item: { file, digest } })),
    { site },
  );
  return planned.map(({ items, ...shard }) => ({
    shard,
    files: items.map((item) => item.file),
    digest: createHash('sha256').update(`${indexedAs} ${language}\n`).update(items.map((item) => item.digest).sort().join('\n')).digest('hex'),
  }));
}

/** Each indexed page by site and language ("" the portal), pages sorted. */
export function pagesBySite(indexed: Record<string, IndexedPage>): Map<string, { language: string; site: string; pages: Array<{ file: string; page: IndexedPage }> }> {
  const bySite = new Map<string, { language: string; site: string; pages: Array<{ file: string; page: IndexedPage }> }>();
  for (const file of Object.keys(indexed).sort()) {
    const page = indexed[file]!;
    const site = siteOfPage(file);
    const key = `${page[0]}.${site}`;
    if (!bySite.has(key)) bySite.set(key, { language: page[0], site, pages: [] });
    bySite.get(key)!.pages.push({ file, page });
  }
  return bySite;
}

/** Where the shards as last indexed are kept, with their digests: a shard indexed the same is taken from there. */
export interface ShardStore {
  /** siteConfig().pagefindCacheDir */
  cacheDir: string;
  /** The base release of a partial build, and each of its shards' digests. */
  base: { dir: string; digests: Record<string, string> } | null;
}

/** Where a shard with this digest already is: the base release's real folder, the cache, or nowhere. */
export async function indexedShard(store: ShardStore, { shard, digest }: PlannedShard): Promise<{ base: string } | { cache: string } | null> {
  if (store.base && store.base.digests[shard.id] === digest) {
    const inBase = await realpath(path.join(store.base.dir, 'pagefind', shard.id)).catch(() => null);
    if (inBase) return { base: inBase };
  }
  const cached = path.join(store.cacheDir, shard.id);
  return (await readFile(`${cached}.digest`, 'utf8').catch(() => '')) === digest ? { cache: cached } : null;
}

/**
 * Indexes a shard into the cache, its digest written last: a build stopped midway leaves no
 * digest over half a shard. Releases take it from there as hard links (linkTree); the cache
 * never writes a shard in place (a changed shard is removed and written anew).
 */
export async function indexIntoCache(indexer: ShardIndexer, store: ShardStore, { shard, digest }: PlannedShard, language: string, pages: ShardPage[]): Promise<void> {
  const cached = path.join(store.cacheDir, shard.id);
  await rm(`${cached}.digest`, { force: true });
  await rm(cached, { recursive: true, force: true });
  await indexer.index({ language, pages, output: cached });
  await writeFile(`${cached}.digest`, digest);
}

/**
 * Hard-links a shard's files from the cache into a release (a quarter is ~3,800 files):
 * neither is ever written in place, so the links stay as they were built. Across file
 * systems it copies.
 */
export async function linkTree(from: string, to: string): Promise<void> {
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
