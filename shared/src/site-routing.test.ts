import { describe, expect, it } from 'vitest';
import { resolveRequest, siteOfHost, type SiteAnswer, type SitePage, type SiteRouting } from './site-routing.js';
import { NO_REDIRECTS, PORTAL_ONLY, SHARED_ROOT_PATHS } from './sites.js';

// The release of publisher/tests/component-sites.test.ts, which runs the same rules through the
// static server and nginx; here, the answers themselves.
const routing: SiteRouting = {
  base: 'tinh.gov.vn',
  sites: { units: ['sotaichinh', 'xaan-binh'], shared: [...SHARED_ROOT_PATHS] },
  redirects: {
    redirects: {
      '': { '/tin-tuc/bai-cu': { status: 301, to: 'https://tinh.gov.vn/tin-tuc/bai-moi/' } },
      'xaan-binh': { '/gioi-thieu-cu': { status: 301, to: 'https://xaan-binh.tinh.gov.vn/gioi-thieu/' } },
      xaan: { '/tin-tuc/le-hoi': { status: 410, page: 'da-go/le-hoi/index.html' } },
    },
    formerHosts: { xaan: { status: 301, to: 'https://xaan-binh.tinh.gov.vn/' } },
  },
};
const portal404: SitePage = { status: 404, pages: ['404.html'] };
const unit404: SitePage = { status: 404, pages: ['don-vi/xaan-binh/404.html', '404.html'] };
const files = (...list: string[]): SiteAnswer => ({ status: 200, files: list, otherwise: portal404 });
const unitFiles = (...list: string[]): SiteAnswer => ({ status: 200, files: list, otherwise: unit404 });

describe('whose site a host is', () => {
  it.each([
    ['tinh.gov.vn', '', ''],
    ['xaan-binh.tinh.gov.vn', 'xaan-binh', ''],
    ['XAAN-BINH.Tinh.Gov.Vn.:8443', 'xaan-binh', '8443'],
    ['a.b.tinh.gov.vn', '', ''],
    ['tinh.gov.vn.evil.example', '', ''],
    ['127.0.0.1:4321', '', '4321'],
    ['[::1]:4321', '', '4321'],
    [undefined, '', ''],
  ])('%s: label "%s", port "%s"', (host, label, port) => {
    expect(siteOfHost(host, 'tinh.gov.vn')).toEqual({ label, port });
  });
});

describe('how a request is answered', () => {
  it.each<[string, string | undefined, string, SiteAnswer]>([
    ['the portal’s page', 'tinh.gov.vn', '/tin-tuc/', files('tin-tuc/index.html')],
    ['a path without its slash may be a folder', 'tinh.gov.vn', '/tin-tuc', files('tin-tuc', 'tin-tuc/index.html')],
    ['any other host is the portal', '127.0.0.1:4321', '/', files('index.html')],
    ['an old portal address, in any form', 'tinh.gov.vn', '/tin-tuc/b%61i-cu?trang=2', { status: 301, location: 'https://tinh.gov.vn/tin-tuc/bai-moi/' }],
    ['a unit’s folder on the portal, sent to its host', 'tinh.gov.vn:8443', '/don-vi/xaan-binh/tin-tuc/abc/?q=1', { status: 301, location: 'https://xaan-binh.tinh.gov.vn:8443/tin-tuc/abc/?q=1' }],
    ['a unit’s folder on the portal, without a slash', 'tinh.gov.vn', '/don-vi/xaan-binh', { status: 301, location: 'https://xaan-binh.tinh.gov.vn/' }],
    ['the page for unknown hosts is not the portal’s', 'tinh.gov.vn', '/don-vi/404.html', portal404],
    ['the routing files are never served', 'tinh.gov.vn', '/_server/sites.json', portal404],
    ['a unit’s home', 'xaan-binh.tinh.gov.vn', '/', unitFiles('don-vi/xaan-binh/index.html')],
    ['a unit’s page', 'xaan-binh.tinh.gov.vn', '/tin-tuc/abc/', unitFiles('don-vi/xaan-binh/tin-tuc/abc/index.html')],
    ['a unit’s bundle, from its folder or the root', 'xaan-binh.tinh.gov.vn', '/_astro/app.js', unitFiles('don-vi/xaan-binh/_astro/app.js', 'don-vi/xaan-binh/_astro/app.js/index.html', '_astro/app.js')],
    ['the icon, shared exactly', 'xaan-binh.tinh.gov.vn', '/favicon.ico', unitFiles('don-vi/xaan-binh/favicon.ico', 'don-vi/xaan-binh/favicon.ico/index.html', 'favicon.ico')],
    ['the portal’s feed is not shared', 'xaan-binh.tinh.gov.vn', '/rss.xml', unitFiles('don-vi/xaan-binh/rss.xml', 'don-vi/xaan-binh/rss.xml/index.html')],
    ['a unit’s routing files are never served', 'xaan-binh.tinh.gov.vn', '/_server/headers.json', unit404],
    ['an old address of a live unit', 'xaan-binh.tinh.gov.vn', '/gioi-thieu-cu/', { status: 301, location: 'https://xaan-binh.tinh.gov.vn/gioi-thieu/' }],
    ['a former unit’s listed page, gone', 'xaan.tinh.gov.vn', '/tin-tuc/le-hoi/', { status: 410, pages: ['da-go/le-hoi/index.html', '404.html'] }],
    ['a former unit’s any other path, to its successor', 'xaan.tinh.gov.vn', '/bat-ky/', { status: 301, location: 'https://xaan-binh.tinh.gov.vn/' }],
    ['an unknown unit', 'khong-co.tinh.gov.vn', '/', { status: 404, pages: ['don-vi/404.html', '404.html'] }],
    ['a host no JSON prototype answers for', 'constructor.tinh.gov.vn', '/', { status: 404, pages: ['don-vi/404.html', '404.html'] }],
    ['an undecodable path', 'tinh.gov.vn', '/%C3', { status: 400 }],
  ])('%s: %s %s', (_, host, target, answer) => {
    expect(resolveRequest({ host, target, scheme: 'https' }, routing)).toEqual(answer);
  });

  it('takes a release without routing files for the portal alone', () => {
    const alone = { base: 'localhost', sites: PORTAL_ONLY, redirects: NO_REDIRECTS };
    expect(resolveRequest({ host: '127.0.0.1:4321', target: '/tin-tuc/', scheme: 'http' }, alone)).toEqual(files('tin-tuc/index.html'));
    expect(resolveRequest({ host: 'xaan-binh.localhost:4321', target: '/', scheme: 'http' }, alone)).toEqual({ status: 404, pages: ['don-vi/404.html', '404.html'] });
  });
});
