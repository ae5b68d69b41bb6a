import type { Browser } from 'playwright-core';

/** One reader's first search: results shown, index bytes fetched, time from navigation. */
export interface ColdSearch {
  query: string;
  results: number;
  kilobytes: number;
  ms: number;
}

/**
 * Opens the search page with a query in a new browser context (nothing cached) and counts
 * what it fetched of the index and the number lookup until the results are shown.
 */
export async function coldSearch(browser: Browser, siteUrl: string, query: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/tim-kiem/so-ky-hieu')) {
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    }
  });
  await page.goto(`${siteUrl}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]').filter({ hasText: /./ }).waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now());
  const results = await page.locator('[data-search-results] li').count();
  await context.close();
  return { query, results, kilobytes: bytes / 1024, ms };
}
