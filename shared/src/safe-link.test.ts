import { describe, expect, it } from 'vitest';
import { linkHrefProblem, quotedLink, safeLinkHref } from './safe-link.js';

describe('safeLinkHref: links the portal shows', () => {
  it.each([
    'https://chinhphu.vn/',
    'http://example.vn/tin?a=1&b=2',
    'HTTPS://Example.VN/Đường-dẫn',
    'https:chinhphu.vn',
    'mailto:vanphong@tinh.gov.vn',
    'tel:+842553822111',
    '/tin-tuc/chuyen-doi-so',
    '/van-ban/?so=1730%2FTB-VP',
    'tin-tuc/bai-viet',
    '#dieu-3',
    '?trang=2',
    // Percent-encoding is not decoded when a browser resolves a link: these stay on the site.
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%2F%2Fevil.example',
  ])('shows %j', (url) => {
    expect(linkHrefProblem(url)).toBeNull();
    expect(safeLinkHref(url)).toBe(url);
  });

  it('trims the spaces around a pasted link', () => {
    expect(safeLinkHref('  https://chinhphu.vn/ ')).toBe('https://chinhphu.vn/');
  });
});

describe('safeLinkHref: links it refuses, and why', () => {
  it.each([
    // Paths that a browser reads as another site.
    ['/\\evil.example/x', 'trình duyệt sẽ mở trang evil.example'],
    ['\\\\evil.example', 'trình duyệt sẽ mở trang evil.example'],
    ['\\/evil.example', 'trình duyệt sẽ mở trang evil.example'],
    ['//evil.example', 'trình duyệt sẽ mở trang evil.example'],
    ['///evil.example', 'trình duyệt sẽ mở trang evil.example'],
    // Characters a browser drops or nobody sees.
    ['/\t/evil.example', 'ký tự điều khiển'],
    ['/\n/evil.example', 'ký tự điều khiển'],
    ['java\nscript:alert(1)', 'ký tự điều khiển'],
    ['java\tscript:alert(1)', 'ký tự điều khiển'],
    ['\u0001javascript:alert(1)', 'ký tự điều khiển'],
    ['https://chinhphu.vn/\u202Efdp.exe', 'ký tự ẩn'],
    ['/\u200B/evil.example', 'ký tự ẩn'],
    // Schemes that run script or carry a document of their own.
    ['javascript:alert(1)', 'giao thức "javascript:"'],
    [' javascript:alert(1)', 'giao thức "javascript:"'],
    ['JAVASCRIPT:alert(1)', 'giao thức "javascript:"'],
    ['JaVaScRiPt:alert(1)', 'giao thức "javascript:"'],
    ['data:text/html,<script>alert(1)</script>', 'giao thức "data:"'],
    ['vbscript:msgbox(1)', 'giao thức "vbscript:"'],
    ['file:///etc/passwd', 'giao thức "file:"'],
    ['ftp://example.vn/', 'giao thức "ftp:"'],
    // HTML character references: whatever decodes them follows another link.
    ['&#x2F;&#x2F;evil.example', 'mã ký tự HTML'],
    ['&#47;&#47;evil.example', 'mã ký tự HTML'],
    ['javascript&colon;alert(1)', 'mã ký tự HTML'],
    ['https://example.vn/?a=1&amp;b=2', 'mã ký tự HTML'],
    // Not addresses at all.
    ['https://', 'không phải một địa chỉ hợp lệ'],
    ['http://a b.vn/', 'không phải một địa chỉ hợp lệ'],
    ['', 'liên kết trống'],
    ['   ', 'liên kết trống'],
  ])('refuses %j', (url, reason) => {
    expect(linkHrefProblem(url)).toContain(reason);
    expect(safeLinkHref(url)).toBeUndefined();
  });

  it('refuses what is not text', () => {
    for (const url of [undefined, null, 42, { href: '/' }]) expect(safeLinkHref(url)).toBeUndefined();
  });
});

describe('quotedLink', () => {
  it('spells out the characters nobody could see in the message', () => {
    expect(quotedLink('/\t/evil.example')).toBe('"/\\u0009/evil.example"');
    expect(quotedLink('a\u202Eb')).toBe('"a\\u202Eb"');
  });

  it('cuts a long link to 120 characters, quotes included', () => {
    const quoted = quotedLink(`https://example.vn/${'a'.repeat(200)}`);
    expect(quoted).toHaveLength(120);
    expect(quoted.endsWith('…"')).toBe(true);
  });
});
