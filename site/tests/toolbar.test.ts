import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const browser = useBrowser();
const article = '/tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/';
const documentPage = '/van-ban/1730-tb-vp-2026/';
const button = (name: string) => `[data-reading-tools] button:text-is("${name}")`;

describe('the reading toolbar', () => {
  it('starts dark when the system is dark, and dark mode persists across pages', async () => {
    const dark = await browser.open(article, { context: { colorScheme: 'dark' } });
    expect(await dark.locator('html').getAttribute('data-theme')).toBe('dark');

    const page = await browser.open(article, { context: { colorScheme: 'light' } });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.click(button('Chế độ ban đêm'));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(18, 18, 18)');
    expect(await page.locator(button('Chế độ ban đêm')).getAttribute('aria-pressed')).toBe('true');

    await page.goto(new URL(documentPage, page.url()).href);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  });

  it('-A A +A change the text size, and the size persists across pages', async () => {
    const page = await browser.open(article);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.click('[data-action="larger"]');
    await page.click('[data-action="larger"]');
    expect(await size()).toBeCloseTo(normal * 1.25, 1);
    await page.goto(new URL(documentPage, page.url()).href);
    expect(await size()).toBeCloseTo(normal * 1.25, 1);
    await page.click('[data-action="smaller"]');
    expect(await size()).toBeCloseTo(normal * 1.125, 1);
    await page.click('[data-action="reset"]');
    expect(await size()).toBeCloseTo(normal, 1);
  });

  it('prints without navigation or toolbar, with the addresses of links', async () => {
    const page = await browser.open(documentPage);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cong-nav').isVisible()).toBe(false);
    expect(await page.locator('[data-reading-tools]').isVisible()).toBe(false);
    expect(await page.locator('.cong-footer').isVisible()).toBe(false);
    const after = await page.evaluate(() => {
      const link = document.querySelector('main a[href^="/van-ban/"], main a[href^="/"]')!;
      return getComputedStyle(link, '::after').content;
    });
    expect(after).toMatch(/^" \(" attr\(href\) "\)"$|\(\/.*\)/);
  });

  it('In trang and Xuất PDF open the print dialog', async () => {
    const page = await browser.open(article);
    await page.evaluate(() => {
      (window as any).printed = 0;
      window.print = () => void (window as any).printed++;
    });
    await page.click(button('In trang'));
    await page.click(button('Xuất PDF'));
    expect(await page.evaluate(() => (window as any).printed)).toBe(2);
    expect(await page.locator('[data-status]').innerText()).toContain('Lưu dưới dạng PDF');
  });

  it('reads the article aloud in vi-VN, and can pause and stop', async () => {
    const page = await browser.open(article);
    await page.evaluate(() => {
      const calls: string[] = [];
      (window as any).speechCalls = calls;
      const voice = { lang: 'vi-VN', name: 'Tiếng Việt' };
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          paused: false,
          getVoices: () => [{ lang: 'en-US', name: 'English' }, voice],
          speak: (utterance: SpeechSynthesisUtterance) => calls.push(`speak:${utterance.lang}:${utterance.text.length > 500}`),
          cancel: () => calls.push('cancel'),
          pause() { this.paused = true; calls.push('pause'); },
          resume() { this.paused = false; calls.push('resume'); },
        },
      });
    });
    await page.click(button('Đọc nội dung'));
    await page.click(button('Tạm dừng'));
    await page.click(button('Đọc tiếp'));
    await page.click(button('Dừng đọc'));
    expect(await page.evaluate(() => (window as any).speechCalls)).toEqual(['cancel', 'speak:vi-VN:true', 'pause', 'resume', 'cancel']);
    expect(await page.locator(button('Đọc nội dung')).isVisible()).toBe(true);
  });

  it('says plainly when the browser has no Vietnamese voice', async () => {
    const page = await browser.open(article);
    await page.evaluate(() => {
      Object.defineProperty(window, 'speechSynthesis', {
        value: { getVoices: () => [{ lang: 'en-US' }], speak: () => { throw new Error('must not speak'); }, cancel() {} },
      });
    });
    await page.click(button('Đọc nội dung'));
    expect(await page.locator('[data-status]').innerText()).toContain('không có giọng đọc tiếng Việt');
  });

  it('shares by email with the title and address', async () => {
    const page = await browser.open(documentPage);
    const href = await page.locator('[data-reading-tools] a', { hasText: 'Gửi qua thư điện tử' }).getAttribute('href');
    expect(decodeURIComponent(href!)).toContain('subject=Thông báo số 1730/TB-VP');
    expect(decodeURIComponent(href!)).toContain('/van-ban/1730-tb-vp-2026/');
  });

  it('lets a keyboard user skip straight to the content', async () => {
    const page = await browser.open(article);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nhảy đến nội dung');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  });
});
