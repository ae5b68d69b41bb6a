import { describe, expect, it } from 'vitest';
import { indexedPart, pagePeriod, planShards, quarterOf, shardsFor, type SearchShard } from './search-shards';

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

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 2026 * 4],
    ['2026-03-31', 2026 * 4],
    ['2026-04-01', 2026 * 4 + 1],
    ['2026-12-31T23:00:00Z', 2026 * 4 + 3],
  ])('puts %s in quarter %i', (date, quarter) => expect(quarterOf(date)).toBe(quarter));
});

describe('planShards', () => {
  const q = (year: number, quarter: number) => year * 4 + quarter - 1;
  const pages = (quarter: number | null, count: number) => Array.from({ length: count }, (_, i) => ({ quarter, item: `${quarter}-${i}` }));
  const plan = (list: Array<{ quarter: number | null; item: string }>, max?: number) =>
    planShards('vi', list, max).map(({ id, from, to, pages }) => ({ id, from, to, pages }));

  it('keeps a small site in one shard, as one index', () => {
    expect(plan([...pages(q(2026, 4), 20), ...pages(q(2015, 1), 3), ...pages(null, 2)])).toEqual([{ id: 'vi-2015q1-2026q4', from: 2015, to: 2026, pages: 25 }]);
  });

  it('gives a province a shard a quarter, sparse quarters sharing one, undated pages in the newest, newest first', () => {
    const province = [...pages(q(2026, 2), 9), ...pages(q(2026, 1), 12), ...pages(q(2025, 4), 4), ...pages(q(2025, 3), 3), ...pages(null, 1)];
    expect(plan(province, 12).map(({ id, pages }) => [id, pages])).toEqual([
      ['vi-2026q2', 10],
      ['vi-2026q1', 12],
      ['vi-2025q3-2025q4', 7],
    ]);
  });

  it('changes only the newest shard when new pages come in', () => {
    const before = plan([...pages(q(2025, 1), 10), ...pages(q(2025, 2), 10), ...pages(q(2025, 3), 4)], 12);
    const after = plan([...pages(q(2025, 1), 10), ...pages(q(2025, 2), 10), ...pages(q(2025, 3), 9), ...pages(q(2025, 4), 2)], 12);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual({ id: 'vi-2025q3-2025q4', from: 2025, to: 2025, pages: 11 });
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
  const province = [shard(2026, 2026, 1_500), shard(2025, 2025, 3_800), shard(2024, 2024, 3_800), shard(2015, 2023, 3_700)];

  it('starts with the newest shards, until they hold the pages asked for', () => {
    expect(shardsFor(province, '', 2_000).map((s) => s.id)).toEqual(['vi-2026-2026', 'vi-2025-2025']);
    expect(shardsFor(province, '', 6_000).map((s) => s.id)).toEqual(['vi-2026-2026', 'vi-2025-2025', 'vi-2024-2024']);
  });

  it('loads only the newest when it holds enough', () => {
    expect(shardsFor(province, '', 1_000).map((s) => s.id)).toEqual(['vi-2026-2026']);
  });

  it('loads the shard of a year asked for, even an old one', () => {
    expect(shardsFor(province, '2018', 30_000).map((s) => s.id)).toEqual(['vi-2015-2023']);
  });
});
