import type { Browser } from 'playwright-core';

/** What a search downloads, by what it is for. */
export interface SearchBytes {
  /** Pagefind's script and WebAssembly, and the shard list. */
  code: number;
  /** Each shard's metadata (its pages and the map of its index). */
  metadata: number;
  /** Index and filter chunks for the words and filters searched. */
  index: number;
  /** The results' own fragments (title, excerpt, meta). */
  results: number;
  /** The document-number lookup. */
  numbers: number;
}

/** One reader's first search: results shown, index bytes fetched (as sent, compressed), time from navigation. */
export interface ColdSearch {
  query: string;
  results: number;
  kilobytes: number;
  bytes: SearchBytes;
  ms: number;
}

const kindOf = (pathname: string): keyof SearchBytes =>
  pathname.startsWith('/tim-kiem/so-ky-hieu')
    ? 'numbers'
    : pathname.endsWith('.pf_meta')
      ? 'metadata'
      : pathname.endsWith('.pf_fragment')
        ? 'results'
        : /\.pf_(index|filter)$/.test(pathname)
          ? 'index'
          : 'code';

/**
 * Opens the search page with a query in a new browser context (nothing cached) and counts
 * what it fetched of the index and the number lookup until the results are shown: the bytes
 * as they crossed the network (compressed where the server compresses).
 */
export async function coldSearch(browser: Browser, siteUrl: string, query: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished: Array<Promise<[keyof SearchBytes, number]>> = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/pagefind/') && !url.pathname.startsWith('/tim-kiem/so-ky-hieu')) return;
    finished.push(request.sizes().then((sizes) => [kindOf(url.pathname), sizes.responseBodySize], () => [kindOf(url.pathname), 0]));
  });
  await page.goto(`${siteUrl}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]').filter({ hasText: /./ }).waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now());
  // What had arrived when the results were shown; what loads after (the filter lists) is not the search's.
  const before = finished.length;
  const bytes: SearchBytes = { code: 0, metadata: 0, index: 0, results: 0, numbers: 0 };
  for (const [kind, size] of await Promise.all(finished.slice(0, before))) bytes[kind] += size;
  const results = await page.locator('[data-search-results] li').count();
  await context.close();
  const total = Object.values(bytes).reduce((sum, value) => sum + value, 0);
  return { query, results, kilobytes: total / 1024, bytes, ms };
}

/** "42 / 30 / 61 / 28 / 0 kB": what a search downloaded, by what it is for (the order of SearchBytes). */
export const searchBytes = ({ bytes }: ColdSearch) => `${Object.values(bytes).map((value) => (value / 1024).toFixed(0)).join(' / ')} kB`;
