import { cp, mkdtemp, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteHeaders, UPLOAD_TYPES } from '@cong/shared';
import { nginxMissing, startNginx } from '@cong/testing';
import { useBrowser } from './browser';
import { openWatched } from './policy-watch';

const missing = await nginxMissing();
// Said where every run shows it, not only in the skipped test's name.
if (missing) console.warn(`Kiểm thử nginx bỏ qua. ${missing}`);
const browser = useBrowser();
const article = '/tin-tuc/pho-chu-tich-ubnd-tinh-tran-quoc-khanh-du-tong-ket-cong-tac-nam-2025-cua-trung-tam-thong-tin/';
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
const site = () => lower(siteHeaders({ siteUrl: inject('siteUrl'), cmsUrl: inject('cmsUrl') }).site);
const uploads = () => lower(siteHeaders().uploads);

/** The raw answer to a GET, without following a redirect or decompressing; the run's certificate is taken. */
function raw(url: string, headers: Record<string, string> = {}) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    client
      .get(url, { headers, rejectUnauthorized: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

// Where nginx is missing the suite's name says why its tests are skipped.
describe.skipIf(missing)(`the shipped nginx configuration (deploy/nginx/), serving a built site${missing ? `: bỏ qua. ${missing}` : ''}`, () => {
  let root: string;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let bundle: string;
  beforeAll(async () => {
    // A copy of the built site, with an upload of every kind the portal takes and two it no longer does.
    root = await mkdtemp(path.join(os.tmpdir(), 'cong-nginx-site-'));
    await cp(inject('distDir'), root, { recursive: true });
    for (const name of [...Object.keys(UPLOAD_TYPES).map((extension) => `tep${extension}`), 'ANH.JPG', 'cu.svg', 'cu.html']) {
      await writeFile(path.join(root, 'uploads', name), '<script>alert(1)</script>');
    }
    // van-ban/ as a partial build leaves it: a link to where an earlier release has it.
    await rename(path.join(root, 'van-ban'), `${root}-truoc`);
    await symlink(path.relative(root, `${root}-truoc`), path.join(root, 'van-ban'));
    bundle = `/_astro/${(await readdir(path.join(root, '_astro'))).find((file) => file.endsWith('.js'))}`;
    nginx = await startNginx(root);
  });
  afterAll(async () => {
    await nginx?.stop();
    await rm(root, { recursive: true, force: true });
    await rm(`${root}-truoc`, { recursive: true, force: true });
  });

  it('serves a page in a folder the release links from an earlier one', async () => {
    const answer = await raw(`${nginx.https}/van-ban/1730-tb-vp-2026/`);
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toContain('1730/TB-VP');
  });

  it.each([
    ['the home page', '/', 200, 'no-cache'],
    ['an article', article, 200, 'no-cache'],
    ['an article without its trailing slash', article.slice(0, -1), 200, 'no-cache'],
    ['the search page', '/tim-kiem/', 200, 'no-cache'],
    ['the feed', '/rss.xml', 200, 'no-cache'],
    ['the search index', '/pagefind/shards.json', 200, 'no-cache'],
    ['the 404 page', '/khong-co-trang-nay/', 404, 'no-cache'],
    ['a missing upload (the 404 page)', '/uploads/khong-co.jpg', 404, 'no-cache'],
  ])('%s: the headers the build wrote, HSTS over TLS, and its caching', async (_, pathname, status, cache) => {
    const answer = await raw(nginx.https + pathname);
    expect(answer.status).toBe(status);
    expect(answer.headers).toMatchObject({ ...site(), 'strict-transport-security': 'max-age=31536000', 'cache-control': cache });
    expect(answer.headers['content-disposition']).toBeUndefined();
  });

  it('keeps Astro’s named bundles a year, with the site’s headers', async () => {
    const answer = await raw(nginx.https + bundle);
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ ...site(), 'cache-control': 'public, max-age=31536000, immutable' });
  });

  it('sends a page gzip-compressed to a browser that accepts it, and 304 to an unchanged copy', async () => {
    const page = await raw(nginx.https + article, { 'Accept-Encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(page.body).toString()).toContain('Trần Quốc Khánh');
    const again = await raw(nginx.https + article, { 'If-None-Match': page.headers.etag!.replace(/^W\//, '') });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toBe(site()['content-security-policy']);
  });

  it.each(Object.entries(UPLOAD_TYPES))('an upload %s: its listed type, its own sandbox, a download unless shown in the page', async (extension, type) => {
    const answer = await raw(`${nginx.https}/uploads/tep${extension}`, { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ ...uploads(), 'content-type': type.mime, 'strict-transport-security': 'max-age=31536000' });
    expect(answer.headers['content-disposition']).toBe(type.inline ? undefined : 'attachment');
    expect(answer.headers['content-encoding']).toBeUndefined();
  });

  it.each([
    ['ANH.JPG', 'image/jpeg', undefined],
    ['cu.svg', 'application/octet-stream', 'attachment'],
    ['cu.html', 'application/octet-stream', 'attachment'],
  ])('an upload named %s: %s, %s', async (name, type, disposition) => {
    const answer = await raw(`${nginx.https}/uploads/${name}`);
    expect(answer.headers).toMatchObject({ ...uploads(), 'content-type': type });
    expect(answer.headers['content-disposition']).toBe(disposition);
  });

  it('never serves the headers’ own folder', async () => {
    for (const pathname of ['/_server/headers.json', '/_server/nginx-site.conf', '/tin-tuc/../_server/headers.json', '/%5Fserver/headers.json']) {
      const answer = await raw(nginx.https + pathname);
      expect(answer.status, pathname).toBe(404);
      expect(answer.headers, pathname).toMatchObject(site());
    }
  });

  it('plain HTTP sends readers to HTTPS, and never says HSTS', async () => {
    const answer = await raw(`${nginx.http}/van-ban/?trang=2`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('https://127.0.0.1/van-ban/?trang=2');
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it.each([
    ['search, with a query', '/tim-kiem/?q=c%C3%B4ng%20b%C3%A1o', '[data-search-results] h2 a'],
    ['an article', article, '[data-reading-tools]'],
  ])('%s renders in Chromium with no violation while its scripts run', async (_, pathname, shown) => {
    const watched = await openWatched(browser.browser, nginx.https + pathname, { context: { ignoreHTTPSErrors: true } });
    expect(await watched.response.allHeaders()).toMatchObject(site());
    await watched.page.locator(shown).first().waitFor();
    await watched.page.waitForLoadState('networkidle');
    expect(await watched.problems()).toEqual([]);
    await watched.page.context().close();
  });
});
