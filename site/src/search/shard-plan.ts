// Used by the build only: how the pages of a language are split into shards of whole quarters.
import { provinceDate, provinceDateOf, UNIT_SITES_DIR } from '@cong/shared';
import type { SearchShard } from './shards.ts';

/**
 * Pages a shard may hold. A quarter of a province is ~3,750 pages: indexed in ~11 s here, so a
 * publish that changes one quarter re-indexes it within the minute, and a first search loads
 * little. One Pagefind run over 60,000 pages took 8.9 GB here; 5,000 stay well under 1 GB.
 */
export const maxShardPages = 5_000;

/**
 * A quarter as one number, counting from year 0: what shards are planned in. On the province's
 * calendar: an article published at 02:00 on 1 January (still 31 December in UTC) is in Q1.
 */
export function quarterOf(date: string): number {
  const [year, month] = provinceDateOf(date).split('-').map(Number);
  return year! * 4 + Math.floor((month! - 1) / 3);
}
/** The site a page of the release is on: a unit's label for a file under don-vi/<label>/, else "" (the portal's). */
export function siteOfPage(file: string): string {
  const [folder, label, ...rest] = file.split('/');
  return folder === UNIT_SITES_DIR && label && rest.length ? label : '';
}

const quarterLabel = (quarter: number) => `${Math.floor(quarter / 4)}q${(quarter % 4) + 1}`;

/** How shards are planned: by default the portal's, at most `maxShardPages` a shard, today in the province. */
export interface ShardPlanOptions {
  /** "" the portal's pages, else a unit's label. */
  site?: string;
  maxPages?: number;
  /** The date the quarter of undated pages is taken from, when no page has one. */
  today?: string;
}

/**
 * Splits a site's pages in a language into shards of whole quarters, oldest first: a new
 * shard whenever the next quarter would take the current one past `maxPages`. Planned from the oldest, the
 * shards of past years stay as they are while a portal grows: new pages only ever change the
 * newest shard, so a publish re-indexes one quarter, not the whole history. Undated pages join
 * the newest shard (this quarter when no page has a date). Returned newest first.
 */
export function planShards<T>(
  language: string,
  pages: Array<{ quarter: number | null; item: T }>,
  { site = '', maxPages = maxShardPages, today = provinceDate() }: ShardPlanOptions = {},
): Array<SearchShard & { items: T[] }> {
  const byQuarter = new Map<number, T[]>();
  // A loop, not Math.max(...quarters): 150,000 arguments overflow the stack.
  let newest = -1;
  for (const page of pages) if (page.quarter !== null && page.quarter > newest) newest = page.quarter;
  if (newest < 0) newest = quarterOf(today);
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
      shards.push({ id: '', language, site, from: 0, to: 0, pages: 0, items: [...items], first: quarter, last: quarter });
    }
  }
  // "." is in no host label: a unit's shard is never taken for the portal's.
  const prefix = site ? `${language}.${site}` : language;
  return shards.reverse().map(({ first, last, items }) => ({
    id: `${prefix}-${quarterLabel(first)}${first === last ? '' : `-${quarterLabel(last)}`}`,
    language,
    site,
    from: Math.floor(first / 4),
    to: Math.floor(last / 4),
    pages: items.length,
    items,
  }));
}
