import type { Browser, Page, Response } from 'playwright-core';

/** A page and what it met while its scripts ran: the CSP violations, console errors and warnings, and every response. */
export interface WatchedPage {
  page: Page;
  /** The page's own response (the document). */
  response: Response;
  /** Every response the page received, the document's included. */
  responses: Response[];
  /** What went wrong so far, one line each: should stay empty. */
  problems(): Promise<string[]>;
}

/**
 * Opens `url` in a fresh context that records every Content-Security-Policy violation (through
 * `securitypolicyviolation`, listened to before any of the page's scripts) and everything the
 * console calls an error or a warning: Chromium says there what a policy refused, in a worker too.
 * `expected` lines (the 404 page's own status, say) are not problems.
 */
export async function openWatched(browser: Browser, url: string, { context: options = {}, expected = [] as RegExp[] } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`CSP ${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
  });
  const page = await context.newPage();
  const said: string[] = [];
  const responses: Response[] = [];
  page.on('console', (message) => {
    // The site has no icon (yet): the browser asks for /favicon.ico anyway and logs its 404.
    if (new URL(message.location().url || 'about:blank').pathname === '/favicon.ico') return;
    if (message.type() === 'error' || message.type() === 'warning') said.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => said.push(`page error: ${error.message}`));
  page.on('response', (response) => responses.push(response));
  const response = (await page.goto(url))!;
  return {
    page,
    response,
    responses,
    async problems() {
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      return [...violations, ...said].filter((line) => !expected.some((pattern) => pattern.test(line)));
    },
  };
}
