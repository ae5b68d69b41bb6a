import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { siteHeaders } from '@cong/shared';
import { useBrowser } from './browser';
import { builtFiles, builtText } from './built-site';
import { openWatched } from './policy-watch';

const browser = useBrowser();
const openDraft = '/du-thao/du-thao-quyet-dinh-ban-hanh-quy-che-quan-ly-van-hanh-va-cung-cap-thong-tin-tren-cong-thong-tin-dien-tu-tinh/';

/** What the site's pages must be sent with: the site's policy, naming the CMS the comment form posts to. */
const expected = () => siteHeaders({ siteUrl: inject('siteUrl'), cmsUrl: inject('cmsUrl') }).site;
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** The policy's directives, by name. */
const directives = (policy: string) => Object.fromEntries(policy.split(/;\s*/).map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]));

// One page of every kind, what its scripts must do while the policy holds, and what its console
// may say that is no problem.
const pageKinds: Array<[string, string, ((page: Page) => Promise<void>)?, RegExp[]?]> = [
  ['the home page', '/'],
  ['an article, its reading tools used', '/tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/', async (page) => {
    await page.click('[data-action="larger"]');
    await page.click('[data-action="theme"]');
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('1.125');
    // The head's theme script, on the next page, from what the tools stored.
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  }],
  ['a category', '/chuyen-muc/tin-trong-tinh/'],
  ['the document list', '/van-ban/'],
  ['a document', '/van-ban/1730-tb-vp-2026/'],
  ['a gazette year', '/cong-bao/2026/'],
  ['a gazette issue', '/cong-bao/2026/so-22/'],
  ['the signature checker, checking a PDF', '/cong-bao/kiem-tra/', async (page) => {
    await page.setInputFiles('#tep-pdf', inject('signedFiles').valid);
    expect(await page.locator('[data-checker-result] [data-verdict] h2').innerText()).toBe('valid.pdf: Hợp lệ');
  }],
  ['the consultations', '/du-thao/'],
  ['a consultation, its comment form sent to the CMS', openDraft, async (page) => {
    await page.fill('#gy-fullName', 'Người Kiểm Tra Chính Sách');
    await page.fill('#gy-email', 'kiemtra@example.vn');
    await page.fill('#gy-content', 'Góp ý gửi ngay, nhanh hơn một người đọc: máy chủ từ chối và không lưu.');
    // At once: the CMS answers that a person takes longer and stores nothing, so the answer
    // shown is the CMS's own, read through the policy's connect-src.
    await page.click('[data-comment-form] button[type="submit"]');
    await page.locator('[data-summary]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-summary]').innerText()).toContain('Vui lòng đọc lại nội dung và gửi lại sau vài giây');
  }, [/status of 400 \(Bad Request\) \(http:\/\/127\.0\.0\.1:\d+\/api\/public-comments\)$/]],
  ['search with a query', '/tim-kiem/?q=c%C3%B4ng%20b%C3%A1o', async (page) => {
    await page.locator('[data-search-results] h2 a').first().waitFor();
    expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
    // A document number, looked up in its own index files.
    await page.fill('#tu-khoa', '1730/TB-VP');
    await page.locator('[data-search-results] h2 a[href="/van-ban/1730-tb-vp-2026/"]').first().waitFor();
  }],
  ['a static page', '/trang/gioi-thieu/'],
  ['the English edition', '/en/'],
];

describe('the headers the site is served with (the publisher’s static server)', () => {
  it.each(pageKinds)('%s: the site’s headers on it and all it loads, and no violation while its scripts run', async (_, pathname, use, said = []) => {
    const watched = await openWatched(browser.browser, new URL(pathname, inject('siteUrl')).href, { expected: said });
    expect(watched.response.status()).toBe(200);
    expect(await watched.response.allHeaders()).toMatchObject(lower(expected()));
    await watched.page.waitForLoadState('networkidle');
    await use?.(watched.page);
    for (const response of watched.responses.filter((each) => each.url().startsWith(inject('siteUrl')))) {
      const headers = await response.allHeaders();
      expect(headers['x-content-type-options'], response.url()).toBe('nosniff');
      expect(headers['content-security-policy'], response.url()).toBeDefined();
    }
    expect(await watched.problems()).toEqual([]);
    await watched.page.context().close();
  });

  it('the 404 page: its status, the site’s headers, and nothing refused', async () => {
    const watched = await openWatched(browser.browser, new URL('/khong-co-trang-nay/', inject('siteUrl')).href, {
      expected: [/Failed to load resource: the server responded with a status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/khong-co-trang-nay\/\)$/],
    });
    expect(watched.response.status()).toBe(404);
    expect(await watched.response.allHeaders()).toMatchObject(lower(expected()));
    await watched.page.waitForLoadState('networkidle');
    expect(await watched.problems()).toEqual([]);
    await watched.page.context().close();
  });

  it.each(['/rss.xml', '/van-ban/rss.xml', '/sitemap-index.xml', '/robots.txt'])('%s, not a page, is sent with them too', async (pathname) => {
    const response = await fetch(new URL(pathname, inject('siteUrl')));
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject(lower(expected()));
  });

  it('a policy that holds scripts and styles to the site, frames to none, and forms to the site and the CMS', () => {
    const policy = directives(expected()['Content-Security-Policy']!);
    expect(policy).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'connect-src': `'self' ${inject('cmsUrl')}`,
      'form-action': `'self' ${inject('cmsUrl')}`,
      'frame-ancestors': "'none'",
      'base-uri': "'self'",
      'object-src': "'none'",
    });
  });

  it('no page has an inline script, a style element or attribute, or an event handler attribute', async () => {
    const pages = (await builtFiles()).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const html = await builtText(file);
      // Only JSON-LD is inline: data, never run.
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes, body]) => !/\bsrc=/.test(attributes!) && !/type="application\/ld\+json"/.test(attributes!) && body!.trim());
      expect(inline.map(([tag]) => tag.slice(0, 80)), file).toEqual([]);
      expect(html, file).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i);
    }
  });
});
