import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const browser = useBrowser();

const centerReview = '/tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/';
const floodVisit = '/tin-tuc/chu-tich-ubnd-tinh-kiem-tra-cong-tac-khac-phuc-hau-qua-mua-lu-tai-xa-hoa-son/';
const schoolYear = '/tin-tuc/hon-186-000-hoc-sinh-toan-tinh-buoc-vao-nam-hoc-2025-2026/';
const onlineServices = '/tin-tuc/dich-vu-cong-truc-tuyen-toan-trinh-duoc-trien-khai-dong-bo-tai-65-xa-phuong/';
const notice = '/van-ban/1730-tb-vp-2026/';
const noticeNews = '/tin-tuc/van-phong-ubnd-tinh-thong-bao-ket-luan-ve-hoat-dong-cua-cong-thong-tin-dien-tu-va-cong-bao-dien-tu/';
const decision355 = '/van-ban/355-qd-ubnd-2014/';
const decree43 = '/van-ban/43-2011-nd-cp/';
const decree42 = '/van-ban/42-2022-nd-cp/';
const gazette22 = '/cong-bao/2026/so-22/';
const openDraft = '/du-thao/du-thao-quyet-dinh-ban-hanh-quy-che-quan-ly-van-hanh-va-cung-cap-thong-tin-tren-cong-thong-tin-dien-tu-tinh/';
const closedDraft = '/du-thao/du-thao-nghi-quyet-quy-dinh-muc-chi-bao-dam-cho-cong-tac-cai-cach-hanh-chinh-tren-dia-ban-tinh/';

/** The result links the search page shows for a query (and its URL parameters), in order. */
async function results(query: string, params = '') {
  const page = await browser.open(`/tim-kiem/?q=${encodeURIComponent(query)}${params}`);
  const status = page.locator('[data-search-status]');
  await status.filter({ hasText: /./ }).waitFor();
  const links = await page.locator('[data-search-results] h2 a').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { page, links, status: await status.innerText() };
}

// Each query, with and without diacritics, in any case, must bring one of its pages into the top 5.
const queries: Array<[string, string[]]> = [
  ['Trần Quốc Khánh', [centerReview]],
  ['tran quoc khanh', [centerReview]],
  ['TRẦN QUỐC KHÁNH', [centerReview]],
  ['Hà Thị Sen', [floodVisit]],
  ['ha thi sen', [floodVisit]],
  ['khắc phục hậu quả mưa lũ', [floodVisit]],
  ['khac phuc hau qua mua lu', [floodVisit]],
  ['Bạch Văn Thành', [schoolYear]],
  ['vac xin phong soi', [schoolYear]],
  ['Nguyễn Thị Nga', [onlineServices]],
  ['nguyen thi nga', [onlineServices]],
  ['ĐĂNG KÝ KHAI SINH', [onlineServices]],
  ['Lương Quang Hưng', [notice, noticeNews]],
  ['luong quang hung', [notice, noticeNews]],
  ['1730/TB-VP', [notice]],
  ['1730', [notice]],
  ['TB-VP', [notice]],
  ['tb-vp', [notice]],
  ['355/QĐ-UBND', [decision355]],
  ['355/QD-UBND', [decision355]],
  ['43/2011/NĐ-CP', [decree43]],
  ['43/2011/nd-cp', [decree43]],
  ['nghị định 42/2022', [decree42]],
  ['công báo số 22', [gazette22]],
  ['cong bao so 22', [gazette22]],
  ['quy chế quản lý cổng thông tin điện tử', [openDraft]],
  ['quy che quan ly cong thong tin dien tu', [openDraft]],
  ['cai cach hanh chinh', [closedDraft, '/van-ban/05-ct-ubnd-2026/', '/van-ban/15-2026-qd-ubnd/']],
  ['đẩy mạnh chuyển đổi số', ['/van-ban/05-ct-ubnd-2026/', onlineServices, centerReview]],
  ['day manh chuyen doi so', ['/van-ban/05-ct-ubnd-2026/', onlineServices, centerReview]],
];

describe('search that understands Vietnamese', () => {
  it.each(queries)('“%s” finds its page in the top 5', async (query, expected) => {
    const { links } = await results(query);
    expect(links.slice(0, 5).some((link) => expected.includes(link)), `${query} → ${links.slice(0, 5).join(', ')}`).toBe(true);
  });

  it('says so in Vietnamese when nothing matches', async () => {
    const { links, status } = await results('xyzzyqwerty');
    expect(links).toEqual([]);
    expect(status).toContain('Không tìm thấy kết quả nào cho “xyzzyqwerty”');
  });

  it('shows each result’s kind and date, and for a document its number', async () => {
    const { page } = await results('1730/TB-VP');
    const first = await page.locator('[data-search-results] li').first().innerText();
    expect(first).toContain('Thông báo số 1730/TB-VP');
    expect(first).toContain('Văn bản · 21/11/2026 · Số ký hiệu 1730/TB-VP');
  });

  it('shows ten results first and the rest when the reader asks for more', async () => {
    const { page, links, status } = await results('tinh');
    const total = Number(/Tìm thấy (\d+) kết quả/.exec(status)![1]);
    expect(total).toBeGreaterThan(10);
    expect(links).toHaveLength(10);
    const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
    while (await more.isVisible()) {
      const shown = await page.locator('[data-search-results] li').count();
      await more.click();
      await page.locator(`[data-search-results] li:nth-child(${shown + 1})`).waitFor();
    }
    const all = await page.locator('[data-search-results] h2 a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
  });

  it('says in Vietnamese when the index cannot be loaded, and searches again once it can', async () => {
    const context = await browser.browser.newContext();
    await context.route('**/pagefind/*/pagefind.js*', (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(new URL('/tim-kiem/?q=quyet%20dinh', inject('siteUrl')).href);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: 'Không tải được chỉ mục tìm kiếm' }).waitFor();
    await context.unrouteAll();
    await page.press('[data-search-input]', 'Enter');
    await status.filter({ hasText: 'Tìm thấy' }).waitFor();
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('filters by kind, document type and year', async () => {
    const documentsOnly = await results('trung tam', '&kind=V%C4%83n%20b%E1%BA%A3n');
    expect(documentsOnly.links.length).toBeGreaterThan(0);
    expect(documentsOnly.links.every((link) => link.startsWith('/van-ban/'))).toBe(true);
    const decisions = await results('', '&type=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh');
    expect(decisions.links.length).toBeGreaterThanOrEqual(4);
    expect(decisions.links.every((link) => /-qd-ubnd/.test(link))).toBe(true);
    const in2026 = await results('', '&kind=V%C4%83n%20b%E1%BA%A3n&year=2026');
    expect(in2026.links.sort()).toEqual(['/van-ban/05-ct-ubnd-2026/', '/van-ban/1254-ubnd-ktth-2026/', '/van-ban/15-2026-qd-ubnd/', '/van-ban/1730-tb-vp-2026/']);
  });

  it('sorts by date, newest first, when asked', async () => {
    const { page } = await results('', '&kind=V%C4%83n%20b%E1%BA%A3n&sort=date');
    const dates = await page.locator('[data-search-results] .cong-meta').allInnerTexts();
    const iso = dates.map((text) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(text)!).map(([, d, m, y]) => `${y}-${m}-${d}`);
    expect(iso).toEqual([...iso].sort().reverse());
    expect(iso[0]).toBe('2026-11-21');
  });

  it('the header search box sends the query to the search page', async () => {
    const page = await browser.open('/');
    await page.fill('#tim-nhanh', 'quyet dinh');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=quyet\+dinh/), page.press('#tim-nhanh', 'Enter')]);
    await page.locator('[data-search-status]').filter({ hasText: /./ }).waitFor();
    expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
  });

  it('indexes only the main content, not menus, footers or toolbars', async () => {
    // The licence number is only in the footer of every page.
    expect((await results('GP-TTĐT')).links).toEqual([]);
    // Listings and the home page repeat titles from elsewhere: they are not results.
    const { links } = await results('Văn bản chỉ đạo điều hành');
    expect(links.length).toBeGreaterThan(0);
    for (const listing of ['/', '/van-ban/', '/tin-tuc/', '/du-thao/', '/cong-bao/']) expect(links).not.toContain(listing);
  });
});

describe('what an editor typed never runs on the search page', () => {
  it('shows a document excerpt holding markup as text, and runs none of it', async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    // The number lookup's file, as the build writes it from an editor's excerpt and title.
    const excerpt = 'Trích yếu <img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
    await page.route('**/tim-kiem/so-ky-hieu/**', (route) =>
      route.fulfill({
        json: [{ number: '9999/TB-VP', key: '9999/TB-VP', url: '/van-ban/9999-tb-vp-2026/', title: 'Thông báo số 9999/TB-VP <b onmouseover="window.__pwned = 3">x</b>', excerpt, date: '2026-11-21' }],
      }),
    );
    await page.goto(new URL('/tim-kiem/?q=9999', inject('siteUrl')).href);
    const first = page.locator('[data-search-results] li').first();
    await first.waitFor();
    expect(await first.locator('img, script, b').count()).toBe(0);
    expect(await first.innerText()).toContain('Trích yếu <img src=x onerror="window.__pwned = 1">');
    await first.hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  });
});
