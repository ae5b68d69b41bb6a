import http from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroSiteBuilder, serveStatic, type SiteBuilder } from '@cong/publisher';
import { filesUnder } from '@cong/shared/files-under';
import { freePort, fullAccessToken, startDemoCms, type DemoCms } from '@cong/testing';

// Every address that ever existed keeps working (#15, LAW.md E): after units merge, a build
// from the release before sends each of that release's addresses, by host, one hop to where
// its content is now, or answers 410 with a link; through several reorganisations in a row.

const siteUrl = 'http://127.0.0.1:4321';
let cms: DemoCms;
let token: string;
let adminJwt: string;
let work: string;
let build: SiteBuilder;

const cmsCall = async (method: string, pathname: string, body?: unknown, auth = `Bearer ${token}`) => {
  const response = await fetch(`${cms.url}${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: auth },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<any>;
};
const unitId = async (hostLabel: string) => (await cmsCall('GET', `/api/units?filters[hostLabel][$eq]=${hostLabel}`)).data[0].documentId as string;
const reorganise = async (units: string[], into: string, date: string) =>
  cmsCall('POST', '/cong-units/reorganise', { kind: 'merged', units: await Promise.all(units.map(unitId)), successors: [await unitId(into)], date }, `Bearer ${adminJwt}`);

/** Asks the static server for a path at a host (a unit's label, or "" for the portal). */
function get(port: number, host: string, pathname: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: encodeURI(pathname), headers: { Host: host ? `${host}.localhost:${port}` : `127.0.0.1:${port}` } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode!, location: response.headers.location });
    });
    request.on('error', reject);
    request.end();
  });
}

/** Every address a release had, as host label and path, from its build's page keys (each site's not-found page is none). */
async function addressesOf(infoDir: string): Promise<Array<{ host: string; path: string }>> {
  const { pages } = JSON.parse(await readFile(path.join(infoDir, 'pages.json'), 'utf8')) as { pages: Record<string, string> };
  return Object.keys(pages).filter((url) => !url.endsWith('/404/')).map((url) => {
    const unit = url.match(/^\/don-vi\/([^/]+)(\/.*)$/);
    return unit ? { host: unit[1]!, path: unit[2]! } : { host: '', path: url };
  });
}

/** What the live release answers for each old address: a page, one hop to a page, or gone; never a 404. */
async function crawl(release: string, addresses: Array<{ host: string; path: string }>) {
  const port = await freePort();
  const server = await serveStatic(release, port);
  const dead: string[] = [];
  const chained: string[] = [];
  try {
    for (const { host, path: pathname } of addresses) {
      const first = await get(port, host, pathname);
      const where = `${host || 'cổng'} ${pathname}`;
      if (first.status === 200 || first.status === 410) continue;
      if (first.status !== 301) {
        dead.push(`${where} → ${first.status}`);
        continue;
      }
      const to = new URL(first.location!);
      const label = to.hostname.endsWith('.localhost') ? to.hostname.slice(0, -'.localhost'.length) : '';
      const then = await get(port, label, decodeURI(to.pathname));
      if (then.status !== 200) chained.push(`${where} → ${first.location} → ${then.status}`);
    }
  } finally {
    server.close();
  }
  return { dead, chained };
}

/** What a release answers at a host for one path, served for the question alone. */
async function ask(release: string, host: string, pathname: string) {
  const port = await freePort();
  const server = await serveStatic(release, port);
  try {
    return await get(port, host, pathname);
  } finally {
    server.close();
  }
}

beforeAll(async () => {
  cms = await startDemoCms('sqlite', { SITE_URL: siteUrl });
  token = await fullAccessToken(cms);
  const admin = cms.logins.find((login) => login.role === 'strapi-super-admin')!;
  adminJwt = (await cmsCall('POST', '/admin/login', { email: admin.email, password: admin.password }, '')).data.token;
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-reorganisation-'));
  build = astroSiteBuilder({ cacheDir: path.join(work, 'cache'), env: { CMS_URL: cms.url, SITE_API_TOKEN: cms.siteToken, SITE_URL: siteUrl } });
  await build(path.join(work, 'first'), { infoDir: path.join(work, 'first.info') });
}, 600_000);

afterAll(async () => {
  await cms?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the addresses of merged units', () => {
  it('all answer after a merger and a renamed article, and still after the successor merges again', async () => {
    const first = await addressesOf(path.join(work, 'first.info'));
    expect(first.filter((address) => address.host === 'anbinh').length).toBeGreaterThan(3);

    // Xã An Bình merges into xã Hòa Sơn; a provincial article's address changes too.
    await reorganise(['anbinh'], 'hoason', '2026-12-01');
    const renamed = 'hoi-nghi-xuc-tien-dau-tu-nam-2026-trao-chu-truong-cho-14-du-an-voi-tong-von-hon-21-500-ty-dong';
    const [article] = (await cmsCall('GET', `/api/articles?filters[slug][$eq]=${renamed}`)).data;
    await cmsCall('PUT', `/api/articles/${article.documentId}?status=published`, { data: { slug: 'hoi-nghi-xuc-tien-dau-tu-2026' } });
    const second = path.join(work, 'second');
    await build(second, { infoDir: `${second}.info`, base: { dir: path.join(work, 'first'), infoDir: path.join(work, 'first.info') } });
    expect(await crawl(second, first)).toEqual({ dead: [], chained: [] });
    // Its site is gone from the release, whole: its sitemap and 404 page, which no page key names, too.
    expect((await filesUnder(second)).filter((file) => file.startsWith('don-vi/anbinh/'))).toEqual([]);
    expect(await ask(second, '', `/tin-tuc/${renamed}/`)).toMatchObject({ status: 301, location: 'http://127.0.0.1:4321/tin-tuc/hoi-nghi-xuc-tien-dau-tu-2026/' });
    expect(await ask(second, 'anbinh', '/tin-tuc/an-binh-ho-tro-ngu-dan-lap-thiet-bi-giam-sat-hanh-trinh-tau-ca/')).toMatchObject({
      status: 301,
      location: 'http://hoason.localhost:4321/tin-tuc/an-binh-ho-tro-ngu-dan-lap-thiet-bi-giam-sat-hanh-trinh-tau-ca/',
    });
    // Each xã had its "Giới thiệu" at /trang/gioi-thieu/ (a page's address is its unit's own):
    // on Hòa Sơn's site, Hòa Sơn's keeps it and An Bình's takes An Bình's label.
    const onHoaSon = (await addressesOf(`${second}.info`)).filter(({ host }) => host === 'hoason').map(({ path: at }) => at);
    expect(onHoaSon).toEqual(expect.arrayContaining(['/trang/gioi-thieu/', '/trang/gioi-thieu-anbinh/']));
    expect(await ask(second, 'anbinh', '/trang/gioi-thieu/')).toMatchObject({ status: 301, location: 'http://hoason.localhost:4321/trang/gioi-thieu-anbinh/' });

    // Then Hòa Sơn (with An Bình's and Sơn Hà's entries) merges into phường Hùng Vương.
    await reorganise(['hoason'], 'hungvuong', '2027-01-01');
    const third = path.join(work, 'third');
    await build(third, { infoDir: `${third}.info`, base: { dir: second, infoDir: `${second}.info` } });
    const everyAddress = [...first, ...(await addressesOf(`${second}.info`))];
    expect(await crawl(third, everyAddress)).toEqual({ dead: [], chained: [] });
  }, 600_000);
});
