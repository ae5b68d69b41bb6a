import { describe, expect, it } from 'vitest';
import { formatProvinceDateTime, formatVietnameseDate, provinceDate } from './dates.js';

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

describe('formatVietnameseDate', () => {
  it('writes day/month/year', () => {
    expect(formatVietnameseDate('2020-12-21')).toBe('21/12/2020');
  });
});
