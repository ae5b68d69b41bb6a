import { describe, expect, it } from 'vitest';
import { invalidSetting, isHttpUrl } from './settings.js';

describe('isHttpUrl', () => {
  it.each([
    ['https://congthongtin.example.gov.vn', true],
    ['http://127.0.0.1:1337', true],
    ['http://[::1]:4321/', true],
    ['congthongtin.example.gov.vn', false],
    ['127.0.0.1:1337', false],
    ['ftp://example.gov.vn', false],
    ['http://', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});

describe('invalidSetting', () => {
  it('names the variable, what it was given and what it needs, in Vietnamese', () => {
    expect(invalidSetting('COMMENT_RATE_LIMIT_MAX', '5x', 'một số nguyên từ 1 đến 1000').message).toBe(
      'COMMENT_RATE_LIMIT_MAX="5x" không hợp lệ: cần một số nguyên từ 1 đến 1000.',
    );
  });
});
