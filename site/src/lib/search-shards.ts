/** One part of the search index: the pages of a span of quarters, all kinds, in one language. */
export interface SearchShard {
  /** Its folder under /pagefind/: "vi-2026q4", "vi-2011q1-2015q3", "en-2026q2-2026q4". */
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
 * Pages a shard may hold. A quarter of a province is ~3,750 pages: indexed in ~11 s here, so a
 * publish that changes one quarter re-indexes it within the minute, and a first search loads
 * little. One Pagefind run over 60,000 pages took 8.9 GB here; 5,000 stay well under 1 GB.
 */
export const maxShardPages = 5_000;

/** A quarter as one number, counting from year 0: what shards are planned in. */
export const quarterOf = (date: string) => Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);
const quarterLabel = (quarter: number) => `${Math.floor(quarter / 4)}q${(quarter % 4) + 1}`;

/** The language and quarter of a built page, from the marks SearchMeta puts on it; null for a page not indexed. */
export function pagePeriod(html: string): { language: string; quarter: number | null } | null {
  if (!html.includes('data-pagefind-body')) return null;
  const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.slice(0, 2) ?? 'vi';
  const date = /data-pagefind-sort="date:(\d{4}-\d{2})/.exec(html)?.[1];
  return { language, quarter: date ? quarterOf(date) : null };
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
 * Splits a language's pages into shards of whole quarters, oldest first: a new shard whenever
 * the next quarter would take the current one past `maxPages`. Planned from the oldest, the
 * shards of past years stay as they are while a portal grows: new pages only ever change the
 * newest shard, so a publish re-indexes one quarter, not the whole history. Undated pages join
 * the newest shard. Returned newest first.
 */
export function planShards<T>(language: string, pages: Array<{ quarter: number | null; item: T }>, maxPages = maxShardPages): Array<SearchShard & { items: T[] }> {
  const byQuarter = new Map<number, T[]>();
  // A loop, not Math.max(...quarters): 150,000 arguments overflow the stack.
  let newest = -1;
  for (const page of pages) if (page.quarter !== null && page.quarter > newest) newest = page.quarter;
  if (newest < 0) newest = quarterOf(new Date().toISOString());
  for (const { quarter, item } of pages) {
    const key = quarter ?? newest;
    if (!byQuarter.has(key)) byQuarter.set(key, []);
    byQuarter.get(key)!.push(item);
  }
  const shards: Array<SearchShard & { items: T[]; first: number; last: number }> = [];
  for (const quarter of [...byQuarter.keys()].sort((a, b) => a - b)) {
    const items = byQuarter.get(quarter)!;
    const current = shards.at(-1);
    if (current && current.items.length + items.length <= maxPages) {
      for (const item of items) current.items.push(item);
      current.last = quarter;
    } else {
      shards.push({ id: '', language, from: 0, to: 0, pages: 0, items: [...items], first: quarter, last: quarter });
    }
  }
  return shards.reverse().map(({ first, last, items }) => ({
    id: `${language}-${quarterLabel(first)}${first === last ? '' : `-${quarterLabel(last)}`}`,
    language,
    from: Math.floor(first / 4),
    to: Math.floor(last / 4),
    pages: items.length,
    items,
  }));
}

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
