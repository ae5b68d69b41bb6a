import { describe, expect, it } from 'vitest';
import { indexedPart, pageYear, planShards, shardsFor, type SearchShard } from './search-shards';

describe('pageYear', () => {
  it('reads the language and year a page is marked with', () => {
    const html = '<html lang="vi"><body><article data-pagefind-body><span data-pagefind-filter="year:2024"></span></article></body></html>';
    expect(pageYear(html)).toEqual({ language: 'vi', year: 2024 });
    expect(pageYear('<html lang="en-GB"><body><article data-pagefind-body></article></body></html>')).toEqual({ language: 'en', year: null });
  });

  it('leaves out pages that are not indexed', () => {
    expect(pageYear('<html lang="vi"><body><main>Danh sách</main></body></html>')).toBeNull();
  });
});

describe('planShards', () => {
  const pages = (year: number | null, count: number) => Array.from({ length: count }, (_, i) => ({ year, item: `${year}-${i}` }));

  it('keeps a small site in one shard, as one index', () => {
    const shards = planShards('vi', [...pages(2026, 20), ...pages(2015, 3), ...pages(null, 2)]);
    expect(shards.map(({ id, from, to, pages }) => ({ id, from, to, pages }))).toEqual([{ id: 'vi-2015-2026', from: 2015, to: 2026, pages: 25 }]);
  });

  it('gives a province a shard a year, small years sharing one, undated pages in the newest', () => {
    const shards = planShards('vi', [...pages(2026, 9), ...pages(2025, 12), ...pages(2024, 4), ...pages(2023, 3), ...pages(null, 1)], 12);
    expect(shards.map(({ id, pages }) => [id, pages])).toEqual([
      ['vi-2026', 10],
      ['vi-2025', 12],
      ['vi-2023-2024', 7],
    ]);
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

describe('shardsFor', () => {
  const shard = (from: number, to: number, pages: number): SearchShard => ({ id: `vi-${from}-${to}`, language: 'vi', from, to, pages });
  const province = [shard(2026, 2026, 14_000), shard(2025, 2025, 15_000), shard(2024, 2024, 15_000), shard(2015, 2023, 9_000)];

  it('starts with the newest shards, up to the pages allowed', () => {
    expect(shardsFor(province, '', 30_000).map((s) => s.id)).toEqual(['vi-2026-2026', 'vi-2025-2025']);
  });

  it('always loads one, however large', () => {
    expect(shardsFor(province, '', 1_000).map((s) => s.id)).toEqual(['vi-2026-2026']);
  });

  it('loads the shard of a year asked for, even an old one', () => {
    expect(shardsFor(province, '2018', 30_000).map((s) => s.id)).toEqual(['vi-2015-2023']);
  });
});
