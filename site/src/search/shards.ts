// Used by the browser and the build: the shards of the search index, as /pagefind/shards.json
// lists them (the build writes it, the search page reads it), and which of them a search loads.

/** One part of the search index: the pages of one site over a span of quarters, all kinds, in one language. */
export interface SearchShard {
  /** Its folder under /pagefind/: "vi-2026q4", "vi-2011q1-2015q3", "en-2026q2-2026q4"; a unit's "vi.hoason-2016q1-2026q4". */
  id: string;
  language: string;
  /**
   * The site its pages are on: "" for the portal's, else a unit's host label. A unit's site
   * is indexed on its own, so a xã's article re-indexes that xã's few pages, not a quarter of
   * every site's (docs/search.md).
   */
  site: string;
  /** The years (the province's) its pages are dated in; a page with no date (a static page) goes in the newest. */
  from: number;
  to: number;
  pages: number;
}

/** What /pagefind/shards.json holds: every shard, newest first. */
export interface ShardManifest {
  shards: SearchShard[];
}

/** Where the list of shards is, for the build to write and the search page to fetch (and preload). */
export const shardManifestUrl = '/pagefind/shards.json';

/** The shards of one site ("" the portal's). */
export const shardsOfSite = (shards: SearchShard[], site: string) => shards.filter((shard) => shard.site === site);

/**
 * The shards a search loads: the one holding the year asked for, else the newest ones until
 * they hold at least `pages` pages. Each shard loaded costs its metadata and, for every word,
 * an index chunk (~25–45 kB a word in a quarter of a province): the fewer pages a first search
 * covers, the less it downloads, however old the portal.
 */
export function shardsFor(shards: SearchShard[], year: string, pages: number): SearchShard[] {
  if (year) return shards.filter((shard) => shard.from <= Number(year) && Number(year) <= shard.to);
  let total = 0;
  return shards.filter((shard) => {
    if (total >= pages) return false;
    total += shard.pages;
    return true;
  });
}

/** The years the shards cover, newest first, each once (a year's quarter shards share it). */
export function shardYears(shards: SearchShard[]): number[] {
  const years = new Set<number>();
  for (const shard of shards) for (let year = shard.from; year <= shard.to; year++) years.add(year);
  return [...years].sort((a, b) => b - a);
}
