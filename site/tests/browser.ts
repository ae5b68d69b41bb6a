import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '@cong/testing';

/** One browser for a spec file; `open(path)` gives a fresh page at a path of the built site. */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(pathname: string, options: { context?: Parameters<Browser['newContext']>[0]; initScript?: string } = {}): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options.context });
      // A script of the test's own (a file), run in every page before the page's: the site's policy
      // refuses one added as an inline <script>, as it would any.
      if (options.initScript) await context.addInitScript({ path: options.initScript });
      const page = await context.newPage();
      await page.goto(new URL(pathname, inject('siteUrl')).href);
      return page;
    },
    get browser() {
      return browser;
    },
  };
}
