import { describe, expect, it } from 'vitest';
import { commentReferenceCode } from './comment-receipt.js';

describe('commentReferenceCode', () => {
  it('names the day received and six characters that cannot be misread', () => {
    const code = commentReferenceCode(new Date('2026-11-23T08:00:00Z'));
    expect(code).toMatch(/^GY-20261123-[2-9A-HJ-NP-Z]{6}$/);
  });

  it.each([
    ['2026-11-23T16:59:59Z', 'GY-20261123-'], // 23:59:59 in the province
    ['2026-11-23T17:00:00Z', 'GY-20261124-'], // 00:00 the next day there, still the 23rd in UTC
    ['2026-12-31T20:30:00Z', 'GY-20270101-'], // 03:30 on New Year's Day
  ])('dates a comment received at %s by the province\'s day: %s…', (at, prefix) => {
    expect(commentReferenceCode(new Date(at)).startsWith(prefix)).toBe(true);
  });

  it('differs between two comments of the same moment', () => {
    const at = new Date('2026-11-23T08:00:00Z');
    const codes = new Set(Array.from({ length: 50 }, () => commentReferenceCode(at)));
    expect(codes.size).toBe(50);
  });
});
