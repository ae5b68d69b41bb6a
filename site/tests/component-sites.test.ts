import { describe, expect, it } from 'vitest';
import { builtFiles, builtText } from './built-site';

// The demo province's component sites (#15) as the build writes them: one release, the
// portal at its root and each active unit's site under don-vi/<label>/ (served at
// <label>.<the portal's host>). The demo has three sở, three xã and phường, and the former
// district Sơn Hà, merged into xã Hòa Sơn on 01/7/2025.

const activeUnits = ['sotaichinh', 'sonoivu', 'sokhcn', 'hoason', 'hungvuong', 'anbinh'];
const formerArticle = 'don-vi/hoason/tin-tuc/son-ha-khanh-thanh-cau-khe-may/index.html';

describe('one release holds every component site', () => {
  it('has a home, news, documents and a feed for each active unit, and no site for the former district', async () => {
    const files = new Set(await builtFiles());
    for (const label of activeUnits) {
      for (const file of ['index.html', 'tin-tuc/index.html', 'van-ban/index.html', 'rss.xml']) {
        expect(files.has(`don-vi/${label}/${file}`), `${label}/${file}`).toBe(true);
      }
    }
    expect([...files].some((file) => file.startsWith('don-vi/sonha/'))).toBe(false);
  });

  it("puts each unit's own name, contact lines and links back to the portal in its shell", async () => {
    const home = await builtText('don-vi/sotaichinh/index.html');
    expect(home).toContain('<title>Sở Tài chính</title>');
    const header = home.match(/<header[\s\S]*?<\/header>/)![0];
    expect(header).toContain('Sở Tài chính');
    expect(header).toContain('Trang thành phần của Cổng Thông tin điện tử tỉnh');
    expect(header).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/trang-thanh-phan\/"/);
    const footer = home.match(/<footer[\s\S]*?<\/footer>/)![0];
    for (const line of ['Cơ quan chủ quản: Sở Tài chính tỉnh', 'Chịu trách nhiệm: Giám đốc Sở Tài chính', 'Số 18 đường Trần Hưng Đạo', '0255 3822 345', 'stc@example.gov.vn']) {
      expect(footer).toContain(line);
    }
    // Its menu is its own pages, not the portal's nor another unit's.
    expect(footer).toContain('Cơ cấu tổ chức');
    expect(footer).not.toContain('Lịch sử, văn hóa');
  });

  it("lists a unit's news on its site only, canonical at the unit's host", async () => {
    const news = await builtText('don-vi/sotaichinh/tin-tuc/index.html');
    expect(news).toContain('Sở Tài chính công khai dự toán ngân sách tỉnh năm 2027');
    expect(news).not.toContain('Tuyển dụng công chức cấp xã năm 2026');
    const article = await builtText('don-vi/sotaichinh/tin-tuc/so-tai-chinh-cong-khai-du-toan-ngan-sach-tinh-nam-2027/index.html');
    expect(article).toMatch(/<link rel="canonical" href="http:\/\/sotaichinh\.localhost:\d+\/tin-tuc\/so-tai-chinh-cong-khai-du-toan-ngan-sach-tinh-nam-2027\/">/);
    const portalNews = await builtText('tin-tuc/index.html');
    expect(portalNews).not.toContain('Sở Tài chính công khai dự toán');
    expect(new Set(await builtFiles()).has('tin-tuc/so-tai-chinh-cong-khai-du-toan-ngan-sach-tinh-nam-2027/index.html')).toBe(false);
  });

  it("shows the former district's entries on its successor's site, with the banner, filed under the former unit", async () => {
    const page = await builtText(formerArticle);
    expect(page).toContain('Nội dung này của Ủy ban nhân dân huyện Sơn Hà (trước 01/7/2025), nay do Ủy ban nhân dân xã Hòa Sơn tiếp tục đăng tải.');
    expect(page).toContain('data-pagefind-filter="unit:Ủy ban nhân dân huyện Sơn Hà (trước 01/7/2025)"');
    const own = await builtText('don-vi/hoason/tin-tuc/xa-hoa-son-sua-xong-tuyen-duong-vao-thon-khe-may-sau-mua-lu/index.html');
    expect(own).not.toContain('cong-banner--former');
    expect(own).toContain('data-pagefind-filter="unit:Ủy ban nhân dân xã Hòa Sơn"');
    expect(await builtText('don-vi/hoason/tin-tuc/index.html')).toContain('Sơn Hà khánh thành cầu Khe Mây');
  });

  it('has the directory of component sites on the portal: every active unit by kind, the former district and its successor', async () => {
    const directory = await builtText('trang-thanh-phan/index.html');
    const main = directory.match(/<main[\s\S]*?<\/main>/)![0];
    expect(main).toContain('Sở, ban, ngành');
    expect(main).toContain('UBND xã, phường, đặc khu');
    for (const label of activeUnits) expect(main).toMatch(new RegExp(`href="http://${label}\\.localhost:\\d+/"`));
    expect(main).toContain('Ủy ban nhân dân huyện Sơn Hà (trước 01/7/2025)');
    expect(main).toMatch(/nay là <a href="http:\/\/hoason\.localhost:\d+\/">Ủy ban nhân dân xã Hòa Sơn<\/a>/);
    expect(await builtText('index.html')).toContain('href="/trang-thanh-phan/"');
  });

  it("gives each unit's host its own robots.txt and sitemap, of its pages at its host, and keeps them out of the portal's", async () => {
    for (const label of activeUnits) {
      const robots = await builtText(`don-vi/${label}/robots.txt`);
      const sitemapUrl = new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!);
      expect(sitemapUrl.hostname.split('.')[0], label).toBe(label);
      expect(sitemapUrl.pathname).toBe('/sitemap.xml');
      const listed = [...(await builtText(`don-vi/${label}/sitemap.xml`)).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!));
      expect(listed.length, label).toBeGreaterThan(3);
      expect(listed.filter((url) => url.origin !== sitemapUrl.origin || url.pathname.startsWith('/don-vi/')), label).toEqual([]);
      expect(listed.map((url) => url.pathname), label).toContain('/tin-tuc/');
    }
    const hoason = await builtText('don-vi/hoason/sitemap.xml');
    expect(hoason).toContain('/tin-tuc/son-ha-khanh-thanh-cau-khe-may/</loc>');
    expect(hoason).not.toMatch(/\/(404|da-go)\/<\/loc>/);
    expect(await builtText('sitemap-0.xml')).not.toContain('/don-vi/');
  });

  it("indexes each unit's site apart from the portal, so a unit's page re-indexes its own site's shard only", async () => {
    const { shards } = JSON.parse(await builtText('pagefind/shards.json')) as { shards: Array<{ id: string; site: string; pages: number }> };
    const files = new Set(await builtFiles());
    for (const label of activeUnits) {
      const own = shards.filter((shard) => shard.site === label);
      expect(own.length, label).toBeGreaterThan(0);
      for (const shard of own) {
        expect(shard.id.startsWith(`vi.${label}-`), shard.id).toBe(true);
        expect(files.has(`pagefind/${shard.id}/pagefind-entry.json`), shard.id).toBe(true);
      }
    }
    expect(shards.some((shard) => shard.site === '' && shard.pages > 0)).toBe(true);
    // The former district's pages are on its heir's site, in its heir's shards.
    expect(shards.some((shard) => shard.site === 'sonha')).toBe(false);
  });
});
