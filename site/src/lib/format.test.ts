import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatSize } from './format';

describe('formatDate', () => {
  it.each([
    ['2020-12-21', 'vi', '21/12/2020'],
    ['2020-12-21', 'en', '21 December 2020'],
    // 02:00 on 1 January in the province, still 31 December in UTC.
    ['2025-12-31T19:00:00.000Z', 'vi', '01/01/2026'],
    ['2025-12-31T19:00:00.000Z', 'en', '1 January 2026'],
    ['2026-03-18T01:00:00.000Z', 'en', '18 March 2026'],
  ] as const)('writes %s in %s as %s, the province’s day', (value, locale, written) => {
    expect(formatDate(value, locale)).toBe(written);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['2026-03-18T01:00:00.000Z', 'vi', '08:00, 18/03/2026'],
    ['2026-03-18T01:00:00.000Z', 'en', '18 March 2026, 08:00'],
    ['2025-12-31T19:00:00.000Z', 'vi', '02:00, 01/01/2026'],
    ['2025-12-31T19:00:00.000Z', 'en', '1 January 2026, 02:00'],
  ] as const)('writes %s in %s as %s, on the province’s clock', (value, locale, written) => {
    expect(formatDateTime(value, locale)).toBe(written);
  });
});

describe('formatSize', () => {
  it.each([
    [0.2, '1 kB'],
    [350.4, '350 kB'],
    [1228.8, '1,2 MB'],
  ])('writes %f kB as %s', (kilobytes, written) => {
    expect(formatSize(kilobytes)).toBe(written);
  });
});
