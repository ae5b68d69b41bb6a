import { describe, expect, it } from 'vitest';
import { planShards, quarterOf, siteOfPage } from './shard-plan';

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 2026 * 4],
    ['2026-03-31', 2026 * 4],
    ['2026-04-01', 2026 * 4 + 1],
    ['2026-12-31', 2026 * 4 + 3],
    // Instants are the province's: 02:00 on 1 January in the province is 31 December in UTC.
    ['2026-01-01T02:00:00+07:00', 2026 * 4],
    ['2025-12-31T19:00:00.000Z', 2026 * 4],
    ['2025-12-31T16:59:59.000Z', 2025 * 4 + 3],
    ['2026-03-31T18:00:00.000Z', 2026 * 4 + 1],
    ['2026-12-31T23:00:00Z', 2027 * 4],
  ])('puts %s in quarter %i', (date, quarter) => expect(quarterOf(date)).toBe(quarter));
});

describe('planShards', () => {
  const q = (year: number, quarter: number) => year * 4 + quarter - 1;
  const pages = (quarter: number | null, count: number) => Array.from({ length: count }, (_, i) => ({ quarter, item: `${quarter}-${i}` }));
  const plan = (list: Array<{ quarter: number | null; item: string }>, max?: number) =>
    planShards('vi', list, { maxPages: max }).map(({ id, from, to, pages }) => ({ id, from, to, pages }));

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

  it('puts undated pages in the province’s quarter of today when no page has a date', () => {
    expect(planShards('vi', pages(null, 2), { maxPages: 12, today: '2026-01-01' }).map(({ id, pages }) => [id, pages])).toEqual([['vi-2026q1', 2]]);
  });

  it('names a unit site’s shards by its label, apart from the portal’s, and says whose they are', () => {
    const shards = planShards('vi', [...pages(q(2026, 4), 3), ...pages(q(2019, 2), 2)], { maxPages: 12, site: 'hoason' });
    expect(shards.map(({ id, site, pages }) => [id, site, pages])).toEqual([['vi.hoason-2019q2-2026q4', 'hoason', 5]]);
    expect(planShards('vi', pages(q(2026, 4), 1), { maxPages: 12 })[0]).toMatchObject({ id: 'vi-2026q4', site: '' });
  });
});

describe('siteOfPage', () => {
  it.each([
    ['don-vi/hoason/tin-tuc/le-hoi/index.html', 'hoason'],
    ['don-vi/hoason/index.html', 'hoason'],
    ['tin-tuc/le-hoi/index.html', ''],
    ['index.html', ''],
    // The directory of component sites and a page merely named so are the portal's.
    ['don-vi/index.html', ''],
    ['trang/don-vi/index.html', ''],
  ])('puts %s on the site "%s"', (file, site) => expect(siteOfPage(file)).toBe(site));
});
