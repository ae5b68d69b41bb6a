import { describe, expect, it } from 'vitest';
import { indexedPart, pagePeriod } from './indexed-page';

describe('pagePeriod', () => {
  it('reads the language and quarter a page is marked with', () => {
    const html = '<html lang="vi"><body><article data-pagefind-body><span hidden data-pagefind-sort="date:2024-08-15"></span></article></body></html>';
    expect(pagePeriod(html)).toEqual({ language: 'vi', quarter: 2024 * 4 + 2 });
    expect(pagePeriod('<html lang="en-GB"><body><article data-pagefind-body></article></body></html>')).toEqual({ language: 'en', quarter: null });
  });

  it('leaves out pages that are not indexed', () => {
    expect(pagePeriod('<html lang="vi"><body><main>Danh sách</main></body></html>')).toBeNull();
  });
});

describe('indexedPart', () => {
  it('is the element Pagefind indexes, nested articles included, and nothing around it', () => {
    const html = '<html><body><nav>Menu</nav><article data-readable data-pagefind-body><h1>Tin</h1><article>Trích</article><p>Nội dung</p></article><section>Tin liên quan</section></body></html>';
    expect(indexedPart(html)).toBe('<article data-readable data-pagefind-body><h1>Tin</h1><article>Trích</article><p>Nội dung</p></article>');
    expect(indexedPart(html.replace('Tin liên quan', 'Tin khác'))).toBe(indexedPart(html));
    expect(indexedPart('<main>Danh sách</main>')).toBe('');
  });
});
