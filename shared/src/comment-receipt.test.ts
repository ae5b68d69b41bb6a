import { describe, expect, it } from 'vitest';
import { commentReferenceCode } from './comment-receipt.js';

describe('commentReferenceCode', () => {
  it('names the day received and six characters that cannot be misread', () => {
    const code = commentReferenceCode(new Date('2026-11-23T08:00:00Z'));
    expect(code).toMatch(/^GY-20261123-[2-9A-HJ-NP-Z]{6}$/);
  });

  it('differs between two comments of the same moment', () => {
    const at = new Date('2026-11-23T08:00:00Z');
    const codes = new Set(Array.from({ length: 50 }, () => commentReferenceCode(at)));
    expect(codes.size).toBe(50);
  });
});
