import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportFile, readSiteConfig, siteConfig, type SiteConfig } from './config';

// A site package somewhere other than this checkout, so that every path below is the rule's.
const siteDir = '/srv/cong/site';
const read = (env: Record<string, string>) => readSiteConfig(env, siteDir);

const aUrl = 'một địa chỉ http:// hoặc https://, ví dụ https://congthongtin.example.gov.vn';

describe('a malformed setting stops the build with a Vietnamese message naming it', () => {
  it.each([
    [{ SITE_URL: 'abc' }, 'SITE_URL', 'abc', aUrl],
    [{ SITE_URL: 'congthongtin.example.gov.vn' }, 'SITE_URL', 'congthongtin.example.gov.vn', aUrl],
    [{ SITE_URL: 'ftp://congthongtin.example.gov.vn' }, 'SITE_URL', 'ftp://congthongtin.example.gov.vn', aUrl],
    [{ SITE_URL: 'https://' }, 'SITE_URL', 'https://', aUrl],
    [{ CMS_URL: '127.0.0.1:1337' }, 'CMS_URL', '127.0.0.1:1337', aUrl],
    [{ CMS_URL: 'localhost:1337' }, 'CMS_URL', 'localhost:1337', aUrl],
    [{ PUBLIC_CMS_URL: 'cms.congthongtin.example.gov.vn' }, 'PUBLIC_CMS_URL', 'cms.congthongtin.example.gov.vn', aUrl],
    [{ SITE_BASE_DIR: '/srv/releases/a' }, 'SITE_BASE_DIR', '/srv/releases/a', 'đặt cùng SITE_BASE_INFO (thư mục thông tin của bản dựng ra bản phát hành đó)'],
    [{ SITE_BASE_INFO: '/srv/releases/a.info' }, 'SITE_BASE_INFO', '/srv/releases/a.info', 'đặt cùng SITE_BASE_DIR (bản phát hành mà thông tin này mô tả)'],
    [
      { SITE_BASE_DIR: 'dist', SITE_BASE_INFO: 'dist.info' },
      'SITE_BASE_DIR',
      'dist',
      'một bản phát hành khác thư mục SITE_OUT_DIR mà bản dựng này ghi vào',
    ],
  ])('%j', (env, key, value, wanted) => {
    expect(() => read(env)).toThrow(new Error(`${key}="${value}" không hợp lệ: cần ${wanted}.`));
  });
});

describe('a well-formed setting is read as meant', () => {
  it.each<[Record<string, string>, keyof SiteConfig, unknown]>([
    [{ SITE_URL: 'https://congthongtin.example.gov.vn/' }, 'siteUrl', 'https://congthongtin.example.gov.vn'],
    [{ SITE_URL: ' https://congthongtin.example.gov.vn ' }, 'siteUrl', 'https://congthongtin.example.gov.vn'],
    [{ SITE_URL: '' }, 'siteUrl', 'http://127.0.0.1:4321'],
    [{ CMS_URL: 'http://cms.internal:1337//' }, 'cmsUrl', 'http://cms.internal:1337'],
    // Browsers reach the CMS where the build does, unless told otherwise.
    [{ CMS_URL: 'http://cms.internal:1337/' }, 'publicCmsUrl', 'http://cms.internal:1337'],
    [{ CMS_URL: 'http://cms.internal:1337', PUBLIC_CMS_URL: 'https://cms.congthongtin.example.gov.vn' }, 'publicCmsUrl', 'https://cms.congthongtin.example.gov.vn'],
    [{ CMS_URL: '' }, 'cmsUrl', 'http://127.0.0.1:1337'],
    [{ SITE_API_TOKEN: 'khoa-chi-doc' }, 'apiToken', 'khoa-chi-doc'],
    [{ SITE_TOKEN_FILE: '/run/secrets/site-token' }, 'tokenFile', '/run/secrets/site-token'],
    [{ SITE_OUT_DIR: '/srv/releases/b' }, 'outDir', '/srv/releases/b'],
    // Relative to the site's folder, as Astro takes outDir, wherever the build was started.
    [{ SITE_OUT_DIR: 'out' }, 'outDir', '/srv/cong/site/out'],
    [{ SITE_OUT_DIR: '' }, 'outDir', '/srv/cong/site/dist'],
    [{ SITE_CACHE_DIR: '/var/cache/cong' }, 'cacheDir', '/var/cache/cong'],
    [{ SITE_CACHE_DIR: '/var/cache/cong' }, 'contentDir', '/var/cache/cong/content'],
    [{ SITE_CACHE_DIR: '/var/cache/cong' }, 'mediaCacheDir', '/var/cache/cong/media'],
    [{ SITE_CACHE_DIR: '/var/cache/cong' }, 'pagefindCacheDir', '/var/cache/cong/pagefind'],
    [{ SITE_CACHE_DIR: '/var/cache/cong' }, 'astroCacheDir', '/var/cache/cong/astro'],
    [{ SITE_BUILD_INFO: '/srv/releases/b.info' }, 'buildInfoDir', '/srv/releases/b.info'],
    [{ SITE_BUILD_INFO: '' }, 'buildInfoDir', null],
    [{ SITE_BASE_DIR: '/srv/releases/a', SITE_BASE_INFO: '/srv/releases/a.info' }, 'base', { dir: '/srv/releases/a', infoDir: '/srv/releases/a.info' }],
    [{ SITE_BASE_DIR: '', SITE_BASE_INFO: '' }, 'base', null],
  ])('%j → %s = %j', (env, key, value) => {
    expect(read(env)[key]).toEqual(value);
  });

  it('has a default for every setting left unset: the local CMS and its key, ./dist, ./.cache', () => {
    expect(read({})).toEqual({
      siteDir,
      siteUrl: 'http://127.0.0.1:4321',
      cmsUrl: 'http://127.0.0.1:1337',
      publicCmsUrl: 'http://127.0.0.1:1337',
      apiToken: '',
      tokenFile: '/srv/cong/cms/.tmp/site-token',
      outDir: '/srv/cong/site/dist',
      cacheDir: '/srv/cong/site/.cache',
      contentDir: '/srv/cong/site/.cache/content',
      mediaCacheDir: '/srv/cong/site/.cache/media',
      pagefindCacheDir: '/srv/cong/site/.cache/pagefind',
      astroCacheDir: '/srv/cong/site/.cache/astro',
      buildInfoDir: null,
      base: null,
    });
  });

  it('takes the default folders in this site package and the key in cms/ beside it', () => {
    const site = path.resolve(import.meta.dirname, '..');
    const config = readSiteConfig({});
    expect([config.siteDir, config.outDir, config.cacheDir, config.tokenFile]).toEqual([
      site,
      path.join(site, 'dist'),
      path.join(site, '.cache'),
      path.resolve(site, '../cms/.tmp/site-token'),
    ]);
  });
});

describe('the settings of a build', () => {
  it('cannot be changed once read', () => {
    const config = read({ SITE_BASE_DIR: '/srv/releases/a', SITE_BASE_INFO: '/srv/releases/a.info' });
    expect(() => Object.assign(config, { siteUrl: 'https://khac.example.gov.vn' })).toThrow(TypeError);
    expect(() => Object.assign(config.base!, { dir: '/tmp' })).toThrow(TypeError);
  });

  it('are read once for the whole process', () => {
    expect(siteConfig()).toBe(siteConfig());
  });
});

describe('where the build report goes', () => {
  it.each([
    [{}, null],
    [{ SITE_BUILD_REPORT: '' }, null],
    [{ SITE_BUILD_REPORT: '/tmp/cong-build/report.json' }, '/tmp/cong-build/report.json'],
    [{ SITE_BUILD_REPORT: 'report.json' }, path.resolve(import.meta.dirname, '../report.json')],
    // The report is what names a malformed setting: it never depends on the others.
    [{ SITE_BUILD_REPORT: '/tmp/cong-build/report.json', SITE_URL: 'abc' }, '/tmp/cong-build/report.json'],
  ])('%j → %j', (env, file) => {
    expect(buildReportFile(env)).toBe(file);
  });
});
