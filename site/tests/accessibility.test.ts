import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useBrowser();

const pageKinds = {
  home: '/',
  article: '/tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/',
  news: '/tin-tuc/',
  category: '/chuyen-muc/tin-trong-tinh/',
  tag: '/the/cong-bao-dien-tu/',
  documents: '/van-ban/',
  document: '/van-ban/1730-tb-vp-2026/',
  gazette: '/cong-bao/',
  gazetteYear: '/cong-bao/2026/',
  gazetteIssue: '/cong-bao/2026/so-22/',
  signatureChecker: '/cong-bao/kiem-tra/',
  consultations: '/du-thao/',
  consultationWithForm: '/du-thao/du-thao-quyet-dinh-ban-hanh-quy-che-quan-ly-van-hanh-va-cung-cap-thong-tin-tren-cong-thong-tin-dien-tu-tinh/',
  page: '/trang/gioi-thieu/',
  english: '/en/',
  search: '/tim-kiem/?q=quyet+dinh',
  notFound: '/khong-co/',
  // The component sites, at their own hosts (*.localhost is this machine).
  directory: '/trang-thanh-phan/',
  unitHome: 'unit:sotaichinh:/',
  unitLeaders: 'unit:sotaichinh:/trang/lanh-dao/',
  formerUnitArticle: 'unit:hoason:/tin-tuc/son-ha-khanh-thanh-cau-khe-may/',
  unitNotFound: 'unit:hoason:/khong-co/',
};

// "unit:<label>:<path>" is a path at that unit's host, the site's port.
const urlOf = (path: string) => {
  const [, label, rest] = path.match(/^unit:([^:]+):(.*)$/) ?? [];
  if (!label) return path;
  const site = new URL(inject('siteUrl'));
  return `http://${label}.localhost:${site.port}${rest}`;
};

describe('axe-core finds no violation', () => {
  it.each(Object.entries(pageKinds))('on the %s page', async (_kind, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open(urlOf(path), { context: { colorScheme }, initScript: axePath });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, colorScheme).toEqual([]);
    }
  });
});
