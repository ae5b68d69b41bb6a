import { describe, expect, it } from 'vitest';
import { generateProvince } from './generate.ts';
import { provinceSlice } from './slice.ts';

describe('a slice of a province', () => {
  const whole = generateProvince({ years: 1, lastYear: 2025, fraction: 0.05 });
  const slices = [provinceSlice(whole, 0, 10), provinceSlice(whole, 10, 50), provinceSlice(whole, 50, 120)];

  it('is the province as generated for as many units when it is the first', () => {
    expect(slices[0]).toEqual(generateProvince({ years: 1, lastYear: 2025, fraction: 0.05, units: 10 }));
  });

  it.each(['units', 'documents', 'articles', 'consultations', 'gazetteIssues', 'comments', 'media'] as const)('shares out every one of the %s once over the slices', (kind) => {
    const together = slices.flatMap((slice) => (slice[kind] ?? []) as unknown[]);
    expect(together).toHaveLength(whole[kind]!.length);
    expect(new Set(together)).toEqual(new Set(whole[kind] as unknown[]));
  });

  it('names, in a later slice, only that slice’s units', () => {
    const labels = new Set(slices[1]!.units.map((unit) => unit.hostLabel));
    expect(labels.size).toBe(40);
    for (const entry of [...slices[1]!.documents, ...slices[1]!.articles]) expect(labels.has(entry.unit!)).toBe(true);
  });
});
