import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const browser = useBrowser();
const text = async (path: string) => {
  const page = await browser.open(path);
  const body = await page.locator('main').innerText();
  return { page, body };
};

describe('each page kind shows the demo content', () => {
  it('the home page: featured and latest news, documents, open consultations, the gazette, services', async () => {
    const { page, body } = await text('/');
    expect(await page.title()).toBe('Cổng Thông tin điện tử tỉnh');
    expect(body).toContain('Tin nổi bật');
    expect(body).toContain('Phó Chủ tịch UBND tỉnh Trần Quốc Khánh dự tổng kết công tác năm 2025 của Trung tâm Thông tin');
    expect(body).toContain('Quyết định số 15/2026/QĐ-UBND');
    expect(body).toContain('Dự thảo Quyết định ban hành Quy chế quản lý, vận hành');
    expect(body).toContain('Công báo số 22 năm 2026');
    expect(body).toContain('Cổng Dịch vụ công quốc gia');
  });

  it('an article: title, date, sapo, body, photo with caption and alt, byline, source, breadcrumbs, related', async () => {
    const { page, body } = await text('/tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Phó Chủ tịch UBND tỉnh Trần Quốc Khánh dự tổng kết công tác năm 2025 của Trung tâm Thông tin');
    expect(body).toContain('08:00, 20/01/2026');
    expect(await page.locator('.cong-lead').innerText()).toMatch(/^Sáng 20\/1, đồng chí Trần Quốc Khánh/);
    expect(body).toContain('100% văn bản đăng Công báo được ký số');
    const cover = page.locator('figure img').first();
    expect(await cover.getAttribute('alt')).toBe('Phó Chủ tịch UBND tỉnh Trần Quốc Khánh phát biểu chỉ đạo tại hội nghị. Ảnh: Minh Châu');
    expect(await cover.getAttribute('srcset')).toMatch(/ 245w, .* 1600w$/);
    expect(await cover.getAttribute('width')).toBe('1600');
    expect(body).toContain('Minh Châu');
    expect(body).toContain('Nguồn: Văn phòng UBND tỉnh');
    expect(await page.locator('.cong-breadcrumbs').innerText()).toContain('Hoạt động lãnh đạo tỉnh');
    expect(body).toContain('Tin liên quan');
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
  });

  it('a category listing and a tag listing', async () => {
    const category = await text('/chuyen-muc/tin-trong-tinh/');
    expect(category.body).toContain('45 trang thông tin điện tử thành phần đầu tiên hoạt động');
    // A parent category lists the articles of its sub-categories.
    expect(category.body).toContain('Chủ tịch UBND tỉnh kiểm tra công tác khắc phục hậu quả mưa lũ tại xã Hòa Sơn');
    const tag = await text('/the/cong-bao-dien-tu/');
    expect(tag.body).toContain('Thẻ: Công báo điện tử');
  });

  it('the document listing, newest first', async () => {
    const { page } = await text('/van-ban/');
    const numbers = await page.locator('main h2 a').allInnerTexts();
    expect(numbers[0]).toBe('Thông báo số 1730/TB-VP');
    expect(numbers.at(-1)).toBe('Nghị định số 43/2011/NĐ-CP');
  });

  it('notice 1730/TB-VP with its metadata table and full text', async () => {
    const { page, body } = await text('/van-ban/1730-tb-vp-2026/');
    const row = (label: string) => page.locator('tr', { has: page.locator('th', { hasText: label }) }).locator('td').innerText();
    expect(await row('Số ký hiệu')).toBe('1730/TB-VP');
    expect(await row('Loại văn bản')).toBe('Thông báo');
    expect(await row('Cơ quan ban hành')).toBe('Văn phòng UBND tỉnh');
    expect(await row('Người ký')).toContain('Lương Quang Hưng');
    expect(await row('Ngày ban hành')).toBe('21/11/2026');
    expect(await row('Tình trạng hiệu lực')).toBe('Còn hiệu lực');
    expect(await row('Lĩnh vực')).toBe('Tổ chức bộ máy');
    expect(body).toContain('Kết luận của đồng chí Lương Quang Hưng');
    expect(body).toContain('Nơi nhận:');
    expect(body).toMatch(/Tải về 1730-tb-vp\.pdf \(PDF, \d+ kB\)/);
    const href = await page.locator('a', { hasText: 'Tải về 1730-tb-vp.pdf' }).getAttribute('href');
    const pdf = await page.request.get(new URL(href!, page.url()).href);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('related documents in both directions', async () => {
    const newer = await text('/van-ban/42-2022-nd-cp/');
    expect(newer.body).toMatch(/Thay thế\s+43\/2011\/NĐ-CP/);
    const older = await text('/van-ban/43-2011-nd-cp/');
    expect(older.body).toMatch(/Bị thay thế bởi\s+42\/2022\/NĐ-CP/);
    expect(older.body).toContain('Hết hiệu lực');
    const amended = await text('/van-ban/12-2021-qd-ubnd/');
    expect(amended.body).toMatch(/Được sửa đổi, bổ sung bởi\s+08\/2024\/QĐ-UBND/);
  });

  it('the gazette by year and an issue with its table of contents and PDF', async () => {
    const index = await text('/cong-bao/');
    expect(index.body).toContain('Năm 2026');
    expect(index.body).toContain('Năm 2024');
    const { page, body } = await text('/cong-bao/2026/so-22/');
    expect(body).toContain('Quyết định số 15/2026/QĐ-UBND');
    expect(body).toContain('Trang 3–12');
    const pdf = page.locator('a', { hasText: 'Tải bản PDF của số Công báo' });
    const response = await page.request.get(new URL((await pdf.getAttribute('href'))!, page.url()).href);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('consultations: open and closed lists; a draft page with days left and only approved comments', async () => {
    const list = await text('/du-thao/');
    expect(list.body).toMatch(/Đang lấy ý kiến[\s\S]*Dự thảo Quyết định ban hành Quy chế[\s\S]*Đã kết thúc lấy ý kiến[\s\S]*Dự thảo Nghị quyết quy định mức chi/);
    await list.page.locator('a', { hasText: 'Dự thảo Quyết định ban hành Quy chế' }).click();
    const open = await list.page.locator('main').innerText();
    expect(open).toMatch(/Còn (29|30) ngày/);
    expect(open).toMatch(/Tải về du-thao-quyet-dinh-ban-hanh-quy-che.*\.pdf \(PDF, \d+ kB\)/);
    expect(open).toContain('Nguyễn Văn Hùng');
    expect(open).toContain('Ý kiến góp ý đã duyệt (2)');
    expect(open).not.toContain('Lê Minh Tuấn');
    expect(open).not.toContain('Mua bán tài khoản');
  });

  it('a closed consultation shows its closing date and outcome', async () => {
    const list = await browser.open('/du-thao/');
    await list.locator('a', { hasText: 'Dự thảo Nghị quyết quy định mức chi' }).click();
    const body = await list.locator('main').innerText();
    expect(body).toContain('Đã hết hạn góp ý ngày');
    expect(body).toContain('Kết quả tiếp thu, giải trình');
    expect(body).toContain('đã tiếp thu 2 ý kiến');
  });

  it('static pages, in Vietnamese and English', async () => {
    expect((await text('/trang/gioi-thieu/')).body).toContain('Trung tâm Thông tin trực tiếp vận hành');
    expect((await text('/en/pages/about-the-portal/')).body).toContain('run by its Information Centre');
  });

  it('the English edition', async () => {
    const home = await text('/en/');
    expect(home.body).toContain("Provincial Vice Chairman Tran Quoc Khanh attends the Information Centre's 2025 review");
    expect(await home.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('a Vietnamese 404 page for a missing address', async () => {
    const page = await browser.open('/khong-co-trang-nay/');
    expect(await page.locator('h1').innerText()).toBe('Không tìm thấy trang');
  });
});
