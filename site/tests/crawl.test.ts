import { describe, expect, it } from 'vitest';
import { builtFiles, builtText, resolvesToBuiltFile } from './built-site';

describe('the built site', () => {
  it('has no broken internal link or image', async () => {
    const files = await builtFiles();
    const known = new Set(files);
    const broken: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = await builtText(file);
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (!url!.startsWith('/') || url!.startsWith('//')) continue;
        if (!(await resolvesToBuiltFile(url!, known, file))) broken.push(`${file} → ${url}`);
      }
      for (const [, srcset] of html.matchAll(/srcset="([^"]+)"/g)) {
        for (const candidate of srcset!.split(',')) {
          const url = candidate.trim().split(' ')[0]!;
          if (!(await resolvesToBuiltFile(url, known, file))) broken.push(`${file} → ${url}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a sitemap and robots.txt that points to it', async () => {
    const files = await builtFiles();
    expect(files).toContain('sitemap-index.xml');
    expect(await builtText('robots.txt')).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap-index\.xml/);
    const sitemap = await builtText('sitemap-0.xml');
    expect(sitemap).toContain('/van-ban/1730-tb-vp-2026/');
    expect(sitemap).not.toContain('/404');
  });

  it('marks up articles as NewsArticle and documents as Legislation', async () => {
    const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    const article = jsonLd(await builtText('tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/index.html'));
    expect(article).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'vi-VN', author: [{ name: 'Minh Châu' }] });
    const document = jsonLd(await builtText('van-ban/43-2011-nd-cp/index.html'));
    expect(document).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '43/2011/NĐ-CP',
      legislationType: 'Nghị định',
      legislationDate: '2011-06-13',
      legislationPassedBy: { name: 'Chính phủ' },
      legislationLegalForce: 'https://schema.org/NotInForce',
    });
  });

  it('gives every page a canonical URL and Open Graph tags', async () => {
    const html = await builtText('van-ban/1730-tb-vp-2026/index.html');
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/van-ban\/1730-tb-vp-2026\/">/);
    expect(html).toContain('<meta property="og:title" content="Thông báo số 1730/TB-VP">');
    expect(html).toContain('<meta property="og:locale" content="vi_VN">');
  });
});
