import { describe, expect, it } from 'vitest';
import { formatProvinceDateTime, formatVietnameseDate, provinceDate, provinceDateOf, provinceYear } from './dates.js';

describe('provinceDate', () => {
  it('is already tomorrow in Hồ Chí Minh when UTC is still at 18:00', () => {
    expect(provinceDate(new Date('2026-11-23T18:00:00Z'))).toBe('2026-11-24');
  });
  it('is today before 17:00 UTC', () => {
    expect(provinceDate(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });
});

describe('formatProvinceDateTime', () => {
  it('writes the time and date in the province', () => {
    expect(formatProvinceDateTime('2026-01-22T01:00:00.000Z')).toBe('08:00, 22/01/2026');
    expect(formatProvinceDateTime('2026-11-23T18:30:00.000Z')).toBe('01:30, 24/11/2026');
  });
});

// Stored values as Strapi sends them: calendar dates, and instants in UTC.
const provinceDays: Array<[string, string]> = [
  ['2020-12-21', '2020-12-21'],
  ['2026-01-01', '2026-01-01'],
  ['2025-12-31T19:00:00.000Z', '2026-01-01'],
  ['2026-01-01T02:00:00+07:00', '2026-01-01'],
  ['2025-12-31T16:59:59.999Z', '2025-12-31'],
  ['2026-03-31T17:00:00Z', '2026-04-01'],
  ['2026-06-30T23:30:00.000Z', '2026-07-01'],
];

describe('provinceDateOf', () => {
  it.each(provinceDays)('puts %s on %s in the province', (value, day) => {
    expect(provinceDateOf(value)).toBe(day);
  });
});

describe('provinceYear', () => {
  it.each([
    ['2025-12-31', 2025],
    ['2025-12-31T19:00:00.000Z', 2026],
    ['2025-12-31T16:59:59Z', 2025],
  ] as const)('puts %s in %i', (value, year) => {
    expect(provinceYear(value)).toBe(year);
  });
});

describe('formatVietnameseDate', () => {
  it.each([
    ['2020-12-21', '21/12/2020'],
    ['2025-12-31T19:00:00.000Z', '01/01/2026'],
    ['2026-11-21T10:00:00.000Z', '21/11/2026'],
  ])('writes %s as %s, day/month/year in the province', (value, written) => {
    expect(formatVietnameseDate(value)).toBe(written);
  });
});
