// Used by the browser only: the search page's results, what a result shows, and Pagefind's
// results a page at a time.
import { escapeHtml, formatVietnameseDate, UNIT_SITES_DIR } from '@cong/shared';
import type { ResultMeta } from '../search/fields';
import { kindLabel } from '../search/kinds';
import type { NumberEntry } from '../search/number-lookup';

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: ResultMeta;
}
export type PagefindResults = Array<{ data(): Promise<PagefindResult> }>;

// Results shown at a time, and how many are sorted by date when the reader asks for the newest.
const pageSize = 10;
const sortedAtMost = 100;

/** One result as the list shows it. */
export interface SearchItem {
  url: string;
  title: string;
  excerpt: string;
  kind?: string;
  date?: string;
  number?: string;
}

const itemOf = (page: PagefindResult): SearchItem => ({
  url: page.url,
  title: page.meta.title ?? page.url,
  excerpt: page.excerpt,
  kind: page.meta.kind,
  date: page.meta.date,
  number: page.meta.number,
});
/**
 * A document the number lookup found, as a result (the lookup lists Vietnamese documents).
 * Its excerpt is the editor's plain text: escaped, as Pagefind's excerpts are.
 */
export const numberItem = (entry: NumberEntry): SearchItem => ({ ...entry, excerpt: escapeHtml(entry.excerpt), kind: kindLabel('document', 'vi') });

/**
 * An excerpt as DOM nodes: its text and its <mark> highlights, nothing else. The excerpt comes
 * from what editors typed; it is parsed in an inert document (no script runs, nothing loads
 * there) and only text and marks are carried over, so no markup of theirs reaches the page.
 */
export function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

/**
 * Where a result links, from a search page on the portal or on a unit's site: a unit's page
 * (in the release under /don-vi/<label>/) at the unit's host, a portal's page at the portal's.
 * `units` is the units' origin with "*" for the label; `here` this page's origin.
 */
export function resultHref(url: string, { portal, units, here }: { portal: string; units: string; here: string }): string {
  const unit = url.match(new RegExp(`^/${UNIT_SITES_DIR}/([a-z0-9-]+)(/.*)$`));
  if (unit) return `${units.replace('*', unit[1]!)}${unit[2]}`;
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  return here === new URL(portal).origin ? url : `${portal}${url}`;
}

/** The line under a result's title: "Văn bản · 21/11/2026 · Số ký hiệu 1730/TB-VP", its date the province's. */
export const resultLine = (item: SearchItem): string =>
  [item.kind, item.date && formatVietnameseDate(item.date), item.number && `Số ký hiệu ${item.number}`].filter(Boolean).join(' · ');

/** One result as a list item: its title as a link, its line, Pagefind's excerpt. */
export function resultItem(item: SearchItem): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h2');
  heading.className = 'cong-card__title';
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'cong-meta';
  meta.textContent = resultLine(item);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(item.excerpt));
  li.append(heading, meta, excerpt);
  return li;
}

/**
 * Pagefind's results, a page of them at a time: each result's data (title, excerpt) is a
 * download of its own, so a first search fetches ten, not all. Documents the number lookup
 * found come first and are not shown twice.
 */
export class ResultPages {
  private from = 0;
  private duplicates = 0;
  private sorted: SearchItem[] | null = null;
  private readonly seen: Set<string>;

  constructor(
    private readonly results: PagefindResults,
    private readonly byNumber: NumberEntry[],
    private readonly byDate: boolean,
  ) {
    this.seen = new Set(byNumber.map((entry) => entry.url));
  }

  /** Found in all, as far as is known: a number match is counted once when Pagefind's data shows it. */
  get total(): number {
    return this.byNumber.length + this.results.length - this.duplicates;
  }

  get done(): boolean {
    return this.from >= (this.byDate ? Math.min(this.results.length, sortedAtMost) : this.results.length);
  }

  async next(): Promise<SearchItem[]> {
    if (this.byDate) {
      // Pagefind orders merged shards by score even when asked for dates: the newest first here,
      // sorted from the first results.
      this.sorted ??= (await this.load(0, sortedAtMost)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      return this.sorted.slice(this.from, (this.from += pageSize));
    }
    return this.load(this.from, (this.from += pageSize));
  }

  private async load(from: number, to: number): Promise<SearchItem[]> {
    const pages = await Promise.all(this.results.slice(from, to).map((result) => result.data()));
    const fresh = pages.filter((page) => !this.seen.has(page.url));
    this.duplicates += pages.length - fresh.length;
    return fresh.map(itemOf);
  }
}
