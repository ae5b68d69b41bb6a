/** One part of the search index: the pages of a span of years, all kinds, in one language. */
export interface SearchShard {
  /** Its folder under /pagefind/: "vi-2024", "vi-2015-2023", "en-2026". */
  id: string;
  language: string;
  /** The years its pages are dated in; a page with no date (a static page) goes in the newest. */
  from: number;
  to: number;
  pages: number;
}

/** What /pagefind/shards.json holds: every shard, newest first. */
export interface ShardManifest {
  shards: SearchShard[];
}

/**
 * Pages a shard may hold. One Pagefind run over 60,000 pages took 8.9 GB here; about a year
 * of a province (~15,000 pages) stays near 2 GB. Shards are years whole, and small years
 * share one, so each shard's word statistics (and so its ranking) are those of many pages.
 */
export const maxShardPages = 15_000;

/** The language and year of a built page, from the marks SearchMeta puts on it; null for a page not indexed. */
export function pageYear(html: string): { language: string; year: number | null } | null {
  if (!html.includes('data-pagefind-body')) return null;
  const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.slice(0, 2) ?? 'vi';
  const year = /data-pagefind-filter="year:(\d{4})"/.exec(html)?.[1];
  return { language, year: year ? Number(year) : null };
}

/**
 * The part of a page Pagefind indexes: the element marked `data-pagefind-body`, to its own
 * closing tag. What is around it (related articles, menus) may change without the index changing.
 */
export function indexedPart(html: string): string {
  const start = html.search(/<article\b[^>]*data-pagefind-body/);
  if (start < 0) return '';
  const tags = /<article\b|<\/article>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0] === '</article>' ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index + tag[0].length);
  }
  return html.slice(start);
}

/**
 * Splits a language's pages into shards: whole years, newest first, a new shard whenever the
 * next year would take the current one past `maxPages`. Undated pages join the newest shard.
 */
export function planShards<T>(language: string, pages: Array<{ year: number | null; item: T }>, maxPages = maxShardPages): Array<SearchShard & { items: T[] }> {
  const byYear = new Map<number, T[]>();
  // A loop, not Math.max(...years): 150,000 arguments overflow the stack.
  let newest = new Date().getFullYear();
  for (const page of pages) if (page.year && page.year > newest) newest = page.year;
  for (const { year, item } of pages) {
    const key = year ?? newest;
    if (!byYear.has(key)) byYear.set(key, []);
    byYear.get(key)!.push(item);
  }
  const shards: Array<SearchShard & { items: T[] }> = [];
  for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
    const items = byYear.get(year)!;
    const current = shards.at(-1);
    if (current && current.items.length + items.length <= maxPages) {
      for (const item of items) current.items.push(item);
      current.from = year;
    } else {
      shards.push({ id: '', language, from: year, to: year, pages: 0, items: [...items] });
    }
  }
  for (const shard of shards) {
    shard.id = `${language}-${shard.from === shard.to ? shard.to : `${shard.from}-${shard.to}`}`;
    shard.pages = shard.items.length;
  }
  return shards;
}

/**
 * The shards a search loads: the one holding the year asked for, else the newest, up to about
 * `pages` pages (at least one), so a first search downloads little however old the portal.
 */
export function shardsFor(shards: SearchShard[], year: string, pages: number): SearchShard[] {
  if (year) return shards.filter((shard) => shard.from <= Number(year) && Number(year) <= shard.to);
  let total = 0;
  return shards.filter((shard, index) => (total += shard.pages) <= pages || index === 0);
}
