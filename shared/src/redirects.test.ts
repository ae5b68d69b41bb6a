import { describe, expect, it } from 'vitest';
import { collapseRedirects, redirectsAsStep, siteAddressOf, type Reorganisation } from './redirects.js';
import { unitOrigin } from './sites.js';

const siteUrl = 'https://tinh.gov.vn';
const at = (host: string, path: string) => ({ host, path });
const home = (host: string) => at(host, '/');
const moved = (to: string) => ({ status: 301 as const, to });
const gone = (page: string) => ({ status: 410 as const, page });

describe('collapsing successive reorganisations into one-hop redirects', () => {
  it.each<[string, Reorganisation[], ReturnType<typeof collapseRedirects>]>([
    [
      'one merger: the old host’s pages go to their new addresses, any other path to the successor’s home',
      [{ pages: [{ from: at('xaan', '/tin-tuc/le-hoi/'), to: at('xaan-binh', '/tin-tuc/le-hoi-xa-an/') }], hosts: [{ from: 'xaan', to: home('xaan-binh') }] }],
      {
        redirects: { xaan: { '/tin-tuc/le-hoi': moved('https://xaan-binh.tinh.gov.vn/tin-tuc/le-hoi-xa-an/') } },
        formerHosts: { xaan: moved('https://xaan-binh.tinh.gov.vn/') },
      },
    ],
    [
      'three successive mergers: the first unit’s host and page go straight to the last successor',
      [
        { pages: [{ from: at('xaa', '/gioi-thieu/'), to: at('xab', '/gioi-thieu/xaa/') }], hosts: [{ from: 'xaa', to: home('xab') }] },
        { pages: [{ from: at('xab', '/gioi-thieu/xaa/'), to: at('xac', '/gioi-thieu/xaa/') }], hosts: [{ from: 'xab', to: home('xac') }] },
        { pages: [{ from: at('xac', '/gioi-thieu/xaa/'), to: at('phuongd', '/lich-su/xaa/') }], hosts: [{ from: 'xac', to: home('phuongd') }] },
      ],
      {
        redirects: {
          xaa: { '/gioi-thieu': moved('https://phuongd.tinh.gov.vn/lich-su/xaa/') },
          xab: { '/gioi-thieu/xaa': moved('https://phuongd.tinh.gov.vn/lich-su/xaa/') },
          xac: { '/gioi-thieu/xaa': moved('https://phuongd.tinh.gov.vn/lich-su/xaa/') },
        },
        formerHosts: { xaa: moved('https://phuongd.tinh.gov.vn/'), xab: moved('https://phuongd.tinh.gov.vn/'), xac: moved('https://phuongd.tinh.gov.vn/') },
      },
    ],
    [
      'a rename, then a merger: the first name’s pages follow through the second name to the merged site',
      [
        { pages: [{ from: at('sotnmt', '/thong-bao/'), to: at('sonnmt', '/thong-bao/') }], hosts: [{ from: 'sotnmt', to: home('sonnmt') }] },
        { pages: [{ from: at('sonnmt', '/thong-bao/'), to: at('sonnmt2', '/thong-bao/moi-truong/') }], hosts: [{ from: 'sonnmt', to: home('sonnmt2') }] },
      ],
      {
        redirects: {
          sotnmt: { '/thong-bao': moved('https://sonnmt2.tinh.gov.vn/thong-bao/moi-truong/') },
          sonnmt: { '/thong-bao': moved('https://sonnmt2.tinh.gov.vn/thong-bao/moi-truong/') },
        },
        formerHosts: { sotnmt: moved('https://sonnmt2.tinh.gov.vn/'), sonnmt: moved('https://sonnmt2.tinh.gov.vn/') },
      },
    ],
    [
      'a page moved twice on the portal goes straight to its last address',
      [{ pages: [{ from: at('', '/tin-tuc/a/'), to: at('', '/tin-tuc/b/') }] }, { pages: [{ from: at('', '/tin-tuc/b/'), to: at('', '/tin-tuc/c/') }] }],
      { redirects: { '': { '/tin-tuc/a': moved('https://tinh.gov.vn/tin-tuc/c/'), '/tin-tuc/b': moved('https://tinh.gov.vn/tin-tuc/c/') } }, formerHosts: {} },
    ],
    [
      'a target later removed becomes gone, with the page of the step that removed it',
      [
        { pages: [{ from: at('xaan', '/thong-bao/'), to: at('xaan-binh', '/thong-bao/xa-an/') }], hosts: [{ from: 'xaan', to: home('xaan-binh') }] },
        { pages: [{ from: at('xaan-binh', '/thong-bao/xa-an/'), to: { gone: 'da-go/thong-bao-xa-an/index.html' } }] },
      ],
      {
        redirects: {
          xaan: { '/thong-bao': gone('da-go/thong-bao-xa-an/index.html') },
          'xaan-binh': { '/thong-bao/xa-an': gone('da-go/thong-bao-xa-an/index.html') },
        },
        formerHosts: { xaan: moved('https://xaan-binh.tinh.gov.vn/') },
      },
    ],
    [
      'a unit dissolved without successor: its host, and every host merged into it before, are gone',
      [{ hosts: [{ from: 'xaa', to: home('xab') }] }, { hosts: [{ from: 'xab', to: { gone: '/da-chuyen/xab/index.html' } }] }],
      { redirects: {}, formerHosts: { xaa: gone('da-chuyen/xab/index.html'), xab: gone('da-chuyen/xab/index.html') } },
    ],
    [
      'a page moved back where it was redirects no more (never a loop)',
      [{ pages: [{ from: at('', '/gioi-thieu/'), to: at('', '/gioi-thieu-moi/') }] }, { pages: [{ from: at('', '/gioi-thieu-moi/'), to: at('', '/gioi-thieu/') }] }],
      { redirects: { '': { '/gioi-thieu-moi': moved('https://tinh.gov.vn/gioi-thieu/') } }, formerHosts: {} },
    ],
    [
      'two addresses swapped in one step: both are live, neither redirects',
      [{ pages: [{ from: at('', '/a/'), to: at('', '/b/') }, { from: at('', '/b/'), to: at('', '/a/') }] }],
      { redirects: {}, formerHosts: {} },
    ],
    [
      'a host label given to a new unit after its old one merged is live again, its old pages still redirect',
      [
        { pages: [{ from: at('xaan', '/lich-su/'), to: at('xab', '/lich-su/xaan/') }], hosts: [{ from: 'xaan', to: home('xab') }] },
        { pages: [{ from: at('xab', '/gioi-thieu/'), to: at('xaan', '/gioi-thieu/') }] },
      ],
      { redirects: { xaan: { '/lich-su': moved('https://xab.tinh.gov.vn/lich-su/xaan/') }, xab: { '/gioi-thieu': moved('https://xaan.tinh.gov.vn/gioi-thieu/') } }, formerHosts: {} },
    ],
    [
      'paths in any form are one address (trailing slash, percent-encoding); a target is written encoded',
      [
        { pages: [{ from: at('', '/tin-tuc/b%E1%BA%A1n'), to: at('', '/tin-tuc/bạn-mới/') }] },
        { pages: [{ from: at('', '/tin-tuc/b%E1%BA%A1n-m%E1%BB%9Bi'), to: at('', '/tin-tuc/ban-moi/') }, { from: at('', '/lien-he/'), to: at('', '/góp-ý/') }] },
      ],
      {
        redirects: {
          '': {
            '/lien-he': moved('https://tinh.gov.vn/g%C3%B3p-%C3%BD/'),
            '/tin-tuc/bạn': moved('https://tinh.gov.vn/tin-tuc/ban-moi/'),
            '/tin-tuc/bạn-mới': moved('https://tinh.gov.vn/tin-tuc/ban-moi/'),
          },
        },
        formerHosts: {},
      },
    ],
  ])('%s', (_, steps, expected) => {
    expect(collapseRedirects(steps, siteUrl)).toEqual(expected);
  });

  it('writes targets on the portal’s own host and port, locally too', () => {
    const local = collapseRedirects([{ hosts: [{ from: 'xaan', to: at('xaan-binh', '/tin-tuc/') }] }], 'http://localhost:4321');
    expect(local.formerHosts).toEqual({ xaan: moved('http://xaan-binh.localhost:4321/tin-tuc/') });
  });

  it('stops the build on an address no server could be asked for', () => {
    expect(() => collapseRedirects([{ pages: [{ from: at('', '/%C3'), to: at('', '/') }] }], siteUrl)).toThrow('Địa chỉ chuyển hướng không hợp lệ');
  });
});

describe('the addresses of the portal and its units', () => {
  it.each([
    ['hoason', 'https://tinh.gov.vn', 'https://hoason.tinh.gov.vn'],
    ['hoason', 'http://localhost:4321', 'http://hoason.localhost:4321'],
    // A local build on an IP address: its units are under localhost.
    ['hoason', 'http://127.0.0.1:4321', 'http://hoason.localhost:4321'],
  ])('%s under %s is %s', (label, siteUrl, origin) => {
    expect(unitOrigin(label, siteUrl)).toBe(origin);
  });

  it.each([
    ['https://tinh.gov.vn/tin-tuc/a/', 'https://tinh.gov.vn', { host: '', path: '/tin-tuc/a/' }],
    ['https://hoason.tinh.gov.vn/trang/b/', 'https://tinh.gov.vn', { host: 'hoason', path: '/trang/b/' }],
    ['http://hoason.localhost:4321/', 'http://127.0.0.1:4321', { host: 'hoason', path: '/' }],
    ['https://example.com/', 'https://tinh.gov.vn', null],
  ])('%s is %j', (address, siteUrl, expected) => {
    expect(siteAddressOf(address, siteUrl)).toEqual(expected);
  });
});

describe("a release's redirects as the next build's first step", () => {
  it('keeps every old address one hop from where its content is after the next move', () => {
    const first = collapseRedirects([{ pages: [{ from: { host: 'sonha', path: '/tin-tuc/cau/' }, to: { host: 'hoason', path: '/tin-tuc/cau/' } }], hosts: [{ from: 'sonha', to: { host: 'hoason', path: '/' } }] }], siteUrl);
    // Later Hòa Sơn merges into Sơn Tây: both the old district's and Hòa Sơn's addresses go there.
    const next = collapseRedirects(
      [redirectsAsStep(first, siteUrl), { pages: [{ from: { host: 'hoason', path: '/tin-tuc/cau/' }, to: { host: 'sontay', path: '/tin-tuc/cau/' } }], hosts: [{ from: 'hoason', to: { host: 'sontay', path: '/' } }] }],
      siteUrl,
    );
    expect(next.redirects.sonha!['/tin-tuc/cau']).toEqual({ status: 301, to: 'https://sontay.tinh.gov.vn/tin-tuc/cau/' });
    expect(next.redirects.hoason!['/tin-tuc/cau']).toEqual({ status: 301, to: 'https://sontay.tinh.gov.vn/tin-tuc/cau/' });
    expect(next.formerHosts).toEqual({ sonha: { status: 301, to: 'https://sontay.tinh.gov.vn/' }, hoason: { status: 301, to: 'https://sontay.tinh.gov.vn/' } });
  });
});
