import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

// The demo's component sites in Chromium, each at its own host, as a citizen reaches them: the
// static server routes by host (*.localhost is this machine), and the portal links to all.

const browser = useBrowser();
const at = (label: string, path = '/') => `http://${label}.localhost:${new URL(inject('siteUrl')).port}${path}`;

describe('the component sites in a browser', () => {
  it("shows each unit's own content in the portal's shell, at its own host", async () => {
    const page = await browser.open(at('sotaichinh'));
    expect(await page.title()).toBe('Sở Tài chính');
    expect(await page.locator('.cong-header__name').innerText()).toContain('Trang thành phần của Cổng Thông tin điện tử tỉnh');
    // The emblem heads the shell, fetched from the release's root through the unit's own host.
    const emblem = page.locator('.cong-header__name img.cong-emblem');
    expect(await emblem.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await page.locator('main').innerText()).toContain('Sở Tài chính công khai dự toán ngân sách tỉnh năm 2027');
    await Promise.all([page.waitForURL(at('sotaichinh', '/tin-tuc/so-tai-chinh-cong-khai-du-toan-ngan-sach-tinh-nam-2027/')), page.getByRole('link', { name: 'Sở Tài chính công khai dự toán ngân sách tỉnh năm 2027' }).first().click()]);
    expect(await page.locator('h1').innerText()).toBe('Sở Tài chính công khai dự toán ngân sách tỉnh năm 2027');
    expect(await page.locator('footer').innerText()).toContain('Chịu trách nhiệm: Giám đốc Sở Tài chính');
  });

  it("shows a unit's leaders with their biographies and duties", async () => {
    const page = await browser.open(at('sotaichinh', '/trang/lanh-dao/'));
    const main = await page.locator('main').innerText();
    expect(main).toContain('Lê Minh Quang');
    expect(main).toContain('Tiểu sử tóm tắt');
    expect(main).toContain('Nhiệm vụ được phân công');
  });

  it("lists every unit in the portal's directory, each link reaching its site", async () => {
    const page = await browser.open('/trang-thanh-phan/');
    const links = page.locator('.cong-directory a');
    expect(await links.count()).toBe(7);
    await Promise.all([page.waitForURL(at('hoason')), page.getByRole('link', { name: 'Ủy ban nhân dân xã Hòa Sơn' }).first().click()]);
    expect(await page.title()).toBe('Ủy ban nhân dân xã Hòa Sơn');
  });

  it("takes the former district's old addresses to its pages on the xã's site, with the banner", async () => {
    const page = await browser.open(at('sonha', '/tin-tuc/son-ha-khanh-thanh-cau-khe-may/'));
    expect(page.url()).toBe(at('hoason', '/tin-tuc/son-ha-khanh-thanh-cau-khe-may/'));
    expect(await page.locator('.cong-banner--former').innerText()).toContain('Ủy ban nhân dân huyện Sơn Hà (trước 01/7/2025)');
    const home = await browser.open(at('sonha', '/mot-trang-cu-khong-con/'));
    expect(home.url()).toBe(at('hoason'));
  });

  it('sends the portal’s /don-vi/ addresses to the unit’s host, and answers an unknown host with the directory', async () => {
    const page = await browser.open('/don-vi/anbinh/');
    expect(page.url()).toBe(at('anbinh'));
    const unknown = await browser.open(at('khongco'));
    expect(await unknown.locator('h1').innerText()).toBe('Không có trang thành phần này');
  });

  it("searches one unit's content from its header, and filters the portal's search by unit", async () => {
    const page = await browser.open(at('hoason'));
    await page.fill('#tim-nhanh', 'Khe Mây');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?/), page.press('#tim-nhanh', 'Enter')]);
    await page.locator('main', { hasText: 'Xã Hòa Sơn sửa xong tuyến đường' }).waitFor();
    // The filter list is filled after the first results; the search began on the unit already.
    await page.locator('select[name="unit"] option:checked', { hasText: 'Ủy ban nhân dân xã Hòa Sơn' }).waitFor({ state: 'attached' });
    expect(await page.locator('main').innerText()).not.toContain('Sơn Hà khánh thành cầu Khe Mây');
    await page.selectOption('select[name="unit"]', 'Ủy ban nhân dân huyện Sơn Hà (trước 01/7/2025)');
    await page.locator('main', { hasText: 'Sơn Hà khánh thành cầu Khe Mây' }).waitFor();
  });

  it("searches the portal's own pages first, a unit's when the unit is chosen, and every site's when asked", async () => {
    const page = await browser.open('/tim-kiem/?q=Khe%20M%C3%A2y');
    const status = page.locator('[data-search-status]');
    // The first search runs once Pagefind is loaded: waited for, however long that takes.
    await status.filter({ hasText: 'Cổng tỉnh' }).waitFor();
    expect(await page.locator('[data-search-results]').innerText()).not.toContain('Xã Hòa Sơn sửa xong tuyến đường');
    const wider = page.locator('[data-search-older]');
    expect(await wider.innerText()).toContain('trên các trang thành phần');
    await wider.click();
    await page.locator('[data-search-results]', { hasText: 'Xã Hòa Sơn sửa xong tuyến đường' }).waitFor();

    // The unit list is there before any of the units' shards is loaded, and choosing one searches its site.
    const chosen = await browser.open('/tim-kiem/?q=Khe%20M%C3%A2y');
    await chosen.locator('select[name="unit"] option', { hasText: /^Ủy ban nhân dân xã Hòa Sơn$/ }).waitFor({ state: 'attached' });
    await chosen.selectOption('select[name="unit"]', 'Ủy ban nhân dân xã Hòa Sơn');
    await chosen.locator('[data-search-results]', { hasText: 'Xã Hòa Sơn sửa xong tuyến đường' }).waitFor();
    const link = await chosen.locator('[data-search-results] h2 a', { hasText: 'Xã Hòa Sơn sửa xong tuyến đường' }).getAttribute('href');
    // Read on the unit's own host.
    expect(link?.startsWith(at('hoason', '/tin-tuc/'))).toBe(true);
  });
});
