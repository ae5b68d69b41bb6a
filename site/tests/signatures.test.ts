import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const browser = useBrowser();

describe('the signature checker (/cong-bao/kiem-tra/)', () => {
  it.each([
    ['valid', 'Hợp lệ', 'Nguyễn Văn Ký, Văn phòng UBND tỉnh'],
    ['tampered', 'Không hợp lệ', 'đã bị thay đổi sau khi ký'],
    ['unsigned', 'Không có chữ ký', 'Tệp không có chữ ký số.'],
    ['untrusted', 'Không xác định được chuỗi tin cậy', 'Người Lạ'],
    ['expired', 'Không hợp lệ', 'đã hết hạn'],
    ['twice', 'Hợp lệ', 'Trần Thị Duyệt, Trung tâm Thông tin'],
  ] as const)('judges a %s PDF in the browser, without sending it anywhere', async (kind, verdict, detail) => {
    const page = await browser.open('/cong-bao/kiem-tra/');
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });
    await page.setInputFiles('#tep-pdf', inject('signedFiles')[kind]);
    const result = page.locator('[data-checker-result] [data-verdict]');
    await result.waitFor();
    expect(await result.locator('h2').innerText()).toBe(`${kind}.pdf: ${verdict}`);
    expect(await result.innerText()).toContain(detail);
    expect(sent).toEqual([]);
  });

  it("the demo gazette issue is signed by the demo CA the CMS trusts: who signed and when, no override", async () => {
    const page = await browser.open('/cong-bao/2026/so-22/');
    const box = page.locator('.cong-signature');
    expect(await box.locator('h2').innerText()).toBe('Đã ký số');
    expect(await box.innerText()).toContain('Văn phòng UBND tỉnh (chữ ký mẫu) – Văn phòng UBND tỉnh, ký lúc 16:30, 15/11/2026');
    expect(await box.innerText()).not.toContain('Được xuất bản theo quyết định');
  });

  it('a demo document, downloaded from its page, is judged valid by the browser checker', async () => {
    const page = await browser.open('/van-ban/1730-tb-vp-2026/');
    expect(await page.locator('.cong-signature h2').innerText()).toBe('Đã ký số');
    const href = await page.locator('a', { hasText: 'Tải về 1730-tb-vp.pdf' }).getAttribute('href');
    const pdf = await page.request.get(new URL(href!, page.url()).href);
    const checker = await browser.open('/cong-bao/kiem-tra/');
    await checker.setInputFiles('#tep-pdf', { name: '1730-tb-vp.pdf', mimeType: 'application/pdf', buffer: await pdf.body() });
    const result = checker.locator('[data-checker-result] [data-verdict]');
    await result.waitFor();
    expect(await result.locator('h2').innerText()).toBe('1730-tb-vp.pdf: Hợp lệ');
    expect(await result.innerText()).toContain('Văn phòng UBND tỉnh (chữ ký mẫu)');
  });
});
