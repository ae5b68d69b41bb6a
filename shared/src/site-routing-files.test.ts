import { describe, expect, it } from 'vitest';
import { siteRoutingFiles, sitesManifest } from './site-routing-files.js';
import { SITE_ROUTING_FILES, type SiteRedirects } from './sites.js';

const redirects: SiteRedirects = {
  redirects: {
    '': { '/tin-tuc/bai-cu': { status: 301, to: 'https://tinh.gov.vn/tin-tuc/bai-moi/' } },
    xaan: { '/van-ban/Quyết-định': { status: 410, page: 'da-go/quyet-dinh/index.html' } },
  },
  formerHosts: { xaan: { status: 301, to: 'https://xaan-binh.tinh.gov.vn/' }, sotaichinh: { status: 301, to: 'https://tinh.gov.vn/' } },
};
/** A map file's entries, without the line saying who wrote it. */
const entries = (text: string | undefined) => text!.split('\n').filter((line) => line && !line.startsWith('#'));

describe('the routing files a build writes', () => {
  const files = siteRoutingFiles(sitesManifest(['xaan-binh', 'sotaichinh']), redirects);

  it('are the JSON the static server reads and the map entries nginx includes, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(Object.values(SITE_ROUTING_FILES).sort());
    expect(JSON.parse(files[SITE_ROUTING_FILES.sites]!)).toEqual({ units: ['sotaichinh', 'xaan-binh'], shared: ['/_astro/', '/uploads/', '/pagefind/', '/tim-kiem/so-ky-hieu/', '/favicon.ico'] });
    expect(JSON.parse(files[SITE_ROUTING_FILES.redirects]!)).toEqual(redirects);
  });

  it.each([
    [SITE_ROUTING_FILES.nginxUnits, ['sotaichinh 1;', 'xaan-binh 1;']],
    [SITE_ROUTING_FILES.nginxShared, ['"~^/_astro/" 1;', '"~^/uploads/" 1;', '"~^/pagefind/" 1;', '"~^/tim-kiem/so-ky-hieu/" 1;', '"/favicon.ico" 1;']],
    [SITE_ROUTING_FILES.nginxRedirects, ['"/tin-tuc/bai-cu" "301 https://tinh.gov.vn/tin-tuc/bai-moi/";', '"xaan/van-ban/Quyết-định" "410 /da-go/quyet-dinh/index.html";']],
    // A live unit is served whatever its label was before: sotaichinh is no former host.
    [SITE_ROUTING_FILES.nginxFormerHosts, ['xaan "301 https://xaan-binh.tinh.gov.vn/";']],
  ])('%s holds one map entry a line', (file, expected) => {
    expect(entries(files[file])).toEqual(expected);
  });

  it('writes a label spelt like one of map’s own words escaped, as nginx asks', () => {
    expect(entries(siteRoutingFiles(sitesManifest(['default', 'include']), { redirects: {}, formerHosts: {} })[SITE_ROUTING_FILES.nginxUnits])).toEqual(['\\default 1;', '\\include 1;']);
  });
});

describe('what no build may write', () => {
  it.each([
    ['a label with capitals', () => sitesManifest(['XaAn'])],
    ['a label too long for DNS', () => sitesManifest(['a'.repeat(64)])],
    ['a label ending in a hyphen', () => sitesManifest(['xa-'])],
    ['a shared path that is no plain path', () => sitesManifest([], ['/a b/'])],
    ['a redirect key with its trailing slash', () => siteRoutingFiles(sitesManifest([]), { redirects: { '': { '/a/': { status: 301, to: 'https://tinh.gov.vn/' } } }, formerHosts: {} })],
    ['a redirect key still encoded', () => siteRoutingFiles(sitesManifest([]), { redirects: { '': { '/b%61': { status: 301, to: 'https://tinh.gov.vn/' } } }, formerHosts: {} })],
    ['a target nginx would read a variable in', () => siteRoutingFiles(sitesManifest([]), { redirects: { '': { '/a': { status: 301, to: 'https://tinh.gov.vn/$host' } } }, formerHosts: {} })],
    ['a target with a quote', () => siteRoutingFiles(sitesManifest([]), { redirects: {}, formerHosts: { xa: { status: 301, to: 'https://tinh.gov.vn/"' } } })],
    ['a target that is no web address', () => siteRoutingFiles(sitesManifest([]), { redirects: {}, formerHosts: { xa: { status: 301, to: 'javascript:alert(1)' } } })],
    ['a gone page outside the release', () => siteRoutingFiles(sitesManifest([]), { redirects: {}, formerHosts: { xa: { status: 410, page: '../etc/passwd.html' } } })],
    ['a gone page that is no page', () => siteRoutingFiles(sitesManifest([]), { redirects: {}, formerHosts: { xa: { status: 410, page: 'da-go/' } } })],
  ])('%s', (_, write) => {
    expect(write).toThrow();
  });
});
