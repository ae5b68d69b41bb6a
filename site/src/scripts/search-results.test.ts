import { describe, expect, it } from 'vitest';
import { numberItem, resultHref, resultLine } from './search-results';

describe('resultLine', () => {
  it.each([
    [{ kind: 'Văn bản', date: '2026-11-21', number: '1730/TB-VP' }, 'Văn bản · 21/11/2026 · Số ký hiệu 1730/TB-VP'],
    [{ kind: 'Tin bài', date: '2026-01-01' }, 'Tin bài · 01/01/2026'],
    // A date written as an instant is still shown as the province's day, not UTC's.
    [{ kind: 'Tin bài', date: '2025-12-31T19:00:00.000Z' }, 'Tin bài · 01/01/2026'],
    [{ kind: 'Trang thông tin' }, 'Trang thông tin'],
  ])('shows %o as “%s”', (item, line) => {
    expect(resultLine({ url: '/', title: '', excerpt: '', ...item })).toBe(line);
  });
});

describe('numberItem', () => {
  it('shows a document the number lookup found as a document', () => {
    const entry = { number: '1730/TB-VP', key: '1730/TB-VP', url: '/van-ban/1730-tb-vp-2026/', title: 'Thông báo số 1730/TB-VP', excerpt: '', date: '2026-11-21' };
    expect(resultLine(numberItem(entry))).toBe('Văn bản · 21/11/2026 · Số ký hiệu 1730/TB-VP');
  });
});

describe('where a result links', () => {
  const sites = { portal: 'https://tinh.gov.vn', units: 'https://*.tinh.gov.vn' };
  it.each([
    ['a portal page, from the portal', '/van-ban/1730-tb-vp-2026/', 'https://tinh.gov.vn', '/van-ban/1730-tb-vp-2026/'],
    ['a portal page, from a unit’s search', '/van-ban/1730-tb-vp-2026/', 'https://hoason.tinh.gov.vn', 'https://tinh.gov.vn/van-ban/1730-tb-vp-2026/'],
    ['a unit’s page, from the portal', '/don-vi/hoason/tin-tuc/a/', 'https://tinh.gov.vn', 'https://hoason.tinh.gov.vn/tin-tuc/a/'],
    ['a unit’s page, from its own search', '/don-vi/hoason/tin-tuc/a/', 'https://hoason.tinh.gov.vn', 'https://hoason.tinh.gov.vn/tin-tuc/a/'],
    ['a document the number lookup gave absolute', 'https://sotaichinh.tinh.gov.vn/van-ban/x/', 'https://tinh.gov.vn', 'https://sotaichinh.tinh.gov.vn/van-ban/x/'],
  ])('%s', (_case, url, here, expected) => {
    expect(resultHref(url, { ...sites, here })).toBe(expected);
  });
});
