import { describe, expect, it } from 'vitest';
import { shardsFor, shardYears, type SearchShard } from './shards';

describe('shardsFor', () => {
  const shard = (from: number, to: number, pages: number): SearchShard => ({ id: `vi-${from}-${to}`, language: 'vi', site: '', from, to, pages });
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

describe('shardYears', () => {
  const shard = (id: string, from: number, to: number): SearchShard => ({ id, language: 'vi', site: '', from, to, pages: 1 });

  it.each([
    ['one shard over the years', [shard('vi-2011q2-2014q4', 2011, 2014)], [2014, 2013, 2012, 2011]],
    ['a shard a quarter, each year once', [shard('vi-2026q2', 2026, 2026), shard('vi-2026q1', 2026, 2026), shard('vi-2025q3-2025q4', 2025, 2025)], [2026, 2025]],
    ['sparse quarters sharing a shard', [shard('vi-2026q1', 2026, 2026), shard('vi-2023q4-2025q4', 2023, 2025)], [2026, 2025, 2024, 2023]],
    ['no shard', [], []],
  ])('lists the years of %s, newest first', (_what, shards, years) => {
    expect(shardYears(shards)).toEqual(years);
  });
});
