import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { indexedDocument, indexedPage, indexedPart, pagePeriod } from './indexed-page';

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

describe('indexedPage', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const html = '<html lang="vi"><body><nav>Menu</nav><article data-pagefind-body><span hidden data-pagefind-sort="date:2024-08-15"></span><h1>Đường Nội</h1></article><aside>Tin liên quan</aside></body></html>';

  it('gives Pagefind the indexed part of the page as it was written, in a document of its language', () => {
    const { document } = indexedPage('tin-tuc/a/index.html', bytes(html))!;
    expect(new TextDecoder().decode(document)).toBe(`<html lang="vi"><body>${indexedPart(html)}</body></html>`);
    expect(new TextDecoder().decode(indexedDocument(bytes(html)))).toBe(`<html lang="vi"><body>${indexedPart(html)}</body></html>`);
  });

  it('keys the page by its file and the text of its indexed part alone', () => {
    const [language, quarter, digest] = indexedPage('tin-tuc/a/index.html', bytes(html))!.page;
    expect([language, quarter]).toEqual(['vi', 2024 * 4 + 2]);
    expect(digest).toBe(createHash('sha256').update('tin-tuc/a/index.html').update('\0').update(indexedPart(html)).digest('hex'));
    expect(indexedPage('tin-tuc/a/index.html', bytes(html.replace('Tin liên quan', 'Tin khác')))!.page[2]).toBe(digest);
    expect(indexedPage('tin-tuc/b/index.html', bytes(html))!.page[2]).not.toBe(digest);
  });

  it('leaves out a page that only mentions the mark', () => {
    expect(indexedPage('tin-tuc/index.html', bytes('<html lang="vi"><body><p>data-pagefind-body</p></body></html>'))).toBeNull();
  });
});
