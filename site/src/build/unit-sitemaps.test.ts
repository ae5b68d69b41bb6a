import { describe, expect, it } from 'vitest';
import { unitPages, unitSitemap } from './unit-sitemaps.ts';

describe("a unit's sitemap", () => {
  it("takes each unit's pages from the build's URLs as paths on its host, without feeds or its 404 and removed pages", () => {
    const pages = unitPages([
      '/',
      '/tin-tuc/a/',
      '/don-vi/hoason/',
      '/don-vi/hoason/tin-tuc/b/',
      '/don-vi/hoason/rss.xml',
      '/don-vi/hoason/404/',
      '/don-vi/hoason/da-go/',
      '/don-vi/anbinh/van-ban/c/',
    ]);
    expect(Object.fromEntries(pages)).toEqual({ hoason: ['/', '/tin-tuc/b/'], anbinh: ['/van-ban/c/'] });
  });

  it('lists them at its origin, in path order, escaped for XML', () => {
    expect(unitSitemap('https://hoason.tinh.gov.vn', ['/tin-tuc/b/', '/', '/trang/a&b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://hoason.tinh.gov.vn/</loc></url>\n<url><loc>https://hoason.tinh.gov.vn/tin-tuc/b/</loc></url>\n' +
        '<url><loc>https://hoason.tinh.gov.vn/trang/a&amp;b/</loc></url>\n</urlset>\n',
    );
  });
});
