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

  it('the demo gazette issue says its PDF is not signed, and that it was published by override', async () => {
    const page = await browser.open('/cong-bao/2026/so-22/');
    const box = page.locator('.cong-signature');
    expect(await box.locator('h2').innerText()).toBe('Chữ ký số: Không có chữ ký');
    expect(await box.innerText()).toContain('Được xuất bản theo quyết định của Quản trị cao nhất');
  });
});
