import { describe, expect, inject, it } from 'vitest';
import { builtFiles, builtText } from './built-site';

// What the demo content holds that the public must never see.
const secrets = [
  'nvhung@example.gov.vn', 'tranthimai@example.vn', '0912345678', // commenters' email and phone
  'Mua bán tài khoản giá rẻ', // a rejected comment
  'Đề nghị Cổng cung cấp RSS và dữ liệu mở', // a comment still pending
];

describe('nothing private reaches the built site', () => {
  it('no draft, no private field, no unapproved comment, no API key in any file', async () => {
    const leaks: string[] = [];
    const needles = [...secrets, inject('draftMarker'), inject('siteToken'), inject('fullAccessToken')];
    for (const file of await builtFiles()) {
      if (!/\.(html|xml|txt|js|css|json)$/.test(file)) continue;
      const text = await builtText(file);
      for (const needle of needles) if (text.includes(needle)) leaks.push(`${file}: ${needle.slice(0, 30)}`);
    }
    expect(leaks).toEqual([]);
  });
});
