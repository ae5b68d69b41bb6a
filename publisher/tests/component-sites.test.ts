import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseRedirects, nginxAddHeaders, SITE_HEADERS_FILES, siteHeaders, siteRoutingFiles, sitesManifest, type SiteAddress } from '@cong/shared';
import { freePort, launchChromium, nginxMissing, startNginx } from '@cong/testing';
import { serveStatic } from '../src/static-server.ts';

// One release holding the portal and three units' folders, routed by host: the same table of
// requests runs against the publisher's static server and the shipped nginx configuration
// (deploy/nginx/), so the two answer alike (docs/component-sites.md).
const siteHost = 'tinh.test';
const headers = siteHeaders({ siteUrl: `https://${siteHost}`, cmsUrl: `https://cms.${siteHost}` });
const at = (host: string, path: string): SiteAddress => ({ host, path });
const redirects = collapseRedirects(
  [
    // Xã An merged into xã An Bình: its festival page has a new address, any other path goes home.
    { pages: [{ from: at('xaan', '/tin-tuc/le-hoi/'), to: at('xaan-binh', '/tin-tuc/abc/') }], hosts: [{ from: 'xaan', to: at('xaan-binh', '/') }] },
    // A xã dissolved, a portal article renamed twice over, a document withdrawn, a unit's page renamed.
    {
      hosts: [{ from: 'xagiaithe', to: { gone: 'da-chuyen/xagiaithe/index.html' } }],
      pages: [
        { from: at('', '/tin-tuc/bai-cu/'), to: at('', '/tin-tuc/bai-moi/') },
        { from: at('', '/tin-tuc/tin-cũ/'), to: at('', '/tin-tuc/bai-moi/') },
        { from: at('', '/van-ban/da-bo/'), to: { gone: 'da-go/van-ban/index.html' } },
        { from: at('xaan-binh', '/gioi-thieu-cu/'), to: at('xaan-binh', '/gioi-thieu/') },
      ],
    },
  ],
  `https://${siteHost}`,
);
// Each file says which it is, so a case names the file it expects.
const pages = [
  'index.html',
  '404.html',
  'rss.xml',
  'tin-tuc/bai-moi/index.html',
  '_astro/app.js',
  'uploads/anh.jpg',
  'uploads/bao-cao.pdf',
  'pagefind/pagefind.js',
  'favicon.ico',
  'don-vi/404.html',
  'don-vi/xaan-binh/index.html',
  'don-vi/xaan-binh/404.html',
  'don-vi/xaan-binh/tin-tuc/abc/index.html',
  'don-vi/xaan-binh/gioi-thieu/index.html',
  'don-vi/sotaichinh/index.html',
  // A former unit's folder a build left behind: its host redirects, never serves it.
  'don-vi/xaan/index.html',
  'da-chuyen/xagiaithe/index.html',
  'da-go/van-ban/index.html',
];

/** The answer a case expects: a file served (with its status), or a redirect ("//…" keeps the scheme). */
interface Expected {
  status: number;
  served?: string;
  location?: string;
}
const served = (file: string, status = 200): Expected => ({ status, served: file });
const moved = (location: string): Expected => ({ status: 301, location });

const cases: Array<[string, string | undefined, string, Expected]> = [
  // The portal.
  ['the portal’s home', siteHost, '/', served('index.html')],
  ['a portal page', siteHost, '/tin-tuc/bai-moi/', served('tin-tuc/bai-moi/index.html')],
  ['a portal page without its slash', siteHost, '/tin-tuc/bai-moi', served('tin-tuc/bai-moi/index.html')],
  ['a missing portal page', siteHost, '/khong-co/', served('404.html', 404)],
  ['an address by number is the portal', undefined, '/', served('index.html')],
  ['a host under a unit’s is the portal', `a.b.${siteHost}`, '/', served('index.html')],
  ['an old portal address', siteHost, '/tin-tuc/bai-cu/', moved(`https://${siteHost}/tin-tuc/bai-moi/`)],
  ['an old portal address without its slash, with a query', siteHost, '/tin-tuc/bai-cu?trang=2', moved(`https://${siteHost}/tin-tuc/bai-moi/`)],
  ['an old portal address percent-encoded', siteHost, '/tin-tuc/b%61i-cu/', moved(`https://${siteHost}/tin-tuc/bai-moi/`)],
  ['an old Vietnamese address', siteHost, '/tin-tuc/tin-c%C5%A9/', moved(`https://${siteHost}/tin-tuc/bai-moi/`)],
  ['a withdrawn document: gone, with where it went', siteHost, '/van-ban/da-bo/', served('da-go/van-ban/index.html', 410)],
  ['a unit’s folder on the portal, to the unit’s host and port', `${siteHost}:8443`, '/don-vi/xaan-binh/tin-tuc/abc/?q=1', moved(`//xaan-binh.${siteHost}:8443/tin-tuc/abc/?q=1`)],
  ['a unit’s folder on the portal, without a slash', siteHost, '/don-vi/xaan-binh', moved(`//xaan-binh.${siteHost}/`)],
  ['the page for unknown hosts is no portal page', siteHost, '/don-vi/404.html', served('404.html', 404)],
  ['the routing files are never served', siteHost, '/_server/sites.json', served('404.html', 404)],
  // A live unit.
  ['a unit’s home', `xaan-binh.${siteHost}`, '/', served('don-vi/xaan-binh/index.html')],
  ['a unit’s host in capitals, with a port and a final dot', `XAAN-BINH.Tinh.Test.:8443`, '/', served('don-vi/xaan-binh/index.html')],
  ['a unit’s page', `xaan-binh.${siteHost}`, '/tin-tuc/abc/', served('don-vi/xaan-binh/tin-tuc/abc/index.html')],
  ['a unit’s page without its slash', `xaan-binh.${siteHost}`, '/tin-tuc/abc', served('don-vi/xaan-binh/tin-tuc/abc/index.html')],
  ['a portal page is not the unit’s', `xaan-binh.${siteHost}`, '/tin-tuc/bai-moi/', served('don-vi/xaan-binh/404.html', 404)],
  ['the portal’s feed is not shared', `xaan-binh.${siteHost}`, '/rss.xml', served('don-vi/xaan-binh/404.html', 404)],
  ['a bundle, shared from the root', `xaan-binh.${siteHost}`, '/_astro/app.js', served('_astro/app.js')],
  ['an upload, shared from the root', `xaan-binh.${siteHost}`, '/uploads/anh.jpg', served('uploads/anh.jpg')],
  ['the search index, shared from the root', `xaan-binh.${siteHost}`, '/pagefind/pagefind.js', served('pagefind/pagefind.js')],
  ['the icon, shared from the root', `xaan-binh.${siteHost}`, '/favicon.ico', served('favicon.ico')],
  ['a missing upload', `xaan-binh.${siteHost}`, '/uploads/khong-co.jpg', served('don-vi/xaan-binh/404.html', 404)],
  ['another unit’s folder is no page of this one', `xaan-binh.${siteHost}`, '/don-vi/sotaichinh/', served('don-vi/xaan-binh/404.html', 404)],
  ['a unit’s routing files are never served', `xaan-binh.${siteHost}`, '/_server/headers.json', served('don-vi/xaan-binh/404.html', 404)],
  ['a unit without its own 404 page gets the portal’s', `sotaichinh.${siteHost}`, '/khong-co/', served('404.html', 404)],
  ['an old address of a live unit', `xaan-binh.${siteHost}`, '/gioi-thieu-cu/', moved(`https://xaan-binh.${siteHost}/gioi-thieu/`)],
  // Former units.
  ['a merged unit’s page, to its new address', `xaan.${siteHost}`, '/tin-tuc/le-hoi/', moved(`https://xaan-binh.${siteHost}/tin-tuc/abc/`)],
  ['a merged unit’s any other path, to its successor’s home', `xaan.${siteHost}`, '/', moved(`https://xaan-binh.${siteHost}/`)],
  ['a merged unit’s path its old folder still holds', `xaan.${siteHost}`, '/index.html', moved(`https://xaan-binh.${siteHost}/`)],
  ['a dissolved unit: gone, with where its work went', `xagiaithe.${siteHost}`, '/thu-tuc/', served('da-chuyen/xagiaithe/index.html', 410)],
  // No such unit.
  ['an unknown unit', `khong-co.${siteHost}`, '/', served('don-vi/404.html', 404)],
  ['an unknown unit, any path', `khong-co.${siteHost}`, '/tin-tuc/bai-moi/', served('don-vi/404.html', 404)],
  ['a label no DNS allows', `-xa-.${siteHost}`, '/', served('don-vi/404.html', 404)],
];

/** Headers as Node lower-cases them. */
const lower = (set: Record<string, string>) => Object.fromEntries(Object.entries(set).map(([name, value]) => [name.toLowerCase(), value]));

/** The raw answer to a GET with this Host header (none: the client's own), never following a redirect. */
function get(base: string, host: string | undefined, target: string) {
  const client = base.startsWith('https:') ? https : http;
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    client
      .get(`${base}${target}`, { headers: host ? { Host: host } : {}, rejectUnauthorized: false }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
      .on('error', reject);
  });
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cong-sites-'));
  for (const page of pages) {
    await mkdir(path.dirname(path.join(root, page)), { recursive: true });
    await writeFile(path.join(root, page), `<p>${page}</p>`);
  }
  // What the build writes into _server/: its headers and its routing files.
  const files = {
    [SITE_HEADERS_FILES.json]: JSON.stringify(headers),
    [SITE_HEADERS_FILES.nginxSite]: nginxAddHeaders(headers.site),
    [SITE_HEADERS_FILES.nginxUploads]: nginxAddHeaders(headers.uploads),
    ...siteRoutingFiles(sitesManifest(['xaan-binh', 'sotaichinh']), redirects),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const missing = await nginxMissing();
if (missing) console.warn(`Kiểm thử nginx bỏ qua. ${missing}`);

// Each started on a release folder; the second is skipped, saying why, where nginx is missing.
const servers: Array<[string, string | null, (dir: string) => Promise<{ url: string; scheme: string; stop: () => Promise<void> }>]> = [
  [
    'the publisher’s static server',
    null,
    async (dir) => {
      const port = await freePort();
      const server = await serveStatic(dir, port, { siteHost });
      return { url: `http://127.0.0.1:${port}`, scheme: 'http', stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    },
  ],
  [
    'the shipped nginx configuration',
    missing,
    async (dir) => {
      const nginx = await startNginx(dir, { siteHost });
      return { url: nginx.https, scheme: 'https', stop: nginx.stop };
    },
  ],
];

describe.each(servers)('%s, routing one release by host', (name, skipped, start) => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    if (!skipped) server = await start(root);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.skipIf(skipped).each(cases)('%s: %s %s', async (_, host, target, expected) => {
    const answer = await get(server.url, host, target);
    expect({ status: answer.status, ...(expected.location ? { location: answer.headers.location } : { served: /<p>(.*)<\/p>/.exec(answer.body)?.[1] }) }).toEqual({
      ...expected,
      ...(expected.location?.startsWith('//') ? { location: `${server.scheme}:${expected.location}` } : {}),
    });
    // The release's headers on every answer, an upload's own on an upload; redirects asked again.
    const upload = answer.status === 200 && target.startsWith('/uploads/');
    expect(answer.headers, name).toMatchObject(lower(upload ? headers.uploads : headers.site));
    expect(answer.headers['cache-control']).toBe(target.startsWith('/_astro/') && answer.status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache');
  });

  it.skipIf(skipped).each([
    ['anh.jpg', 'image/jpeg', undefined],
    ['bao-cao.pdf', 'application/pdf', 'attachment'],
  ])('types an upload %s on a unit’s host as on the portal: %s, %s', async (file, type, disposition) => {
    for (const host of [siteHost, `xaan-binh.${siteHost}`]) {
      const answer = await get(server.url, host, `/uploads/${file}`);
      expect([answer.headers['content-type'], answer.headers['content-disposition']], host).toEqual([type, disposition]);
    }
  });
});

describe('a release built before the routing files', () => {
  let bare: string;
  beforeAll(async () => {
    bare = await mkdtemp(path.join(os.tmpdir(), 'cong-sites-bare-'));
    for (const page of ['index.html', '404.html', 'don-vi/xaan-binh/index.html']) {
      await mkdir(path.dirname(path.join(bare, page)), { recursive: true });
      await writeFile(path.join(bare, page), `<p>${page}</p>`);
    }
    await mkdir(path.join(bare, '_server'));
    await writeFile(path.join(bare, SITE_HEADERS_FILES.json), JSON.stringify(headers));
    await writeFile(path.join(bare, SITE_HEADERS_FILES.nginxSite), nginxAddHeaders(headers.site));
    await writeFile(path.join(bare, SITE_HEADERS_FILES.nginxUploads), nginxAddHeaders(headers.uploads));
  });
  afterAll(async () => {
    await rm(bare, { recursive: true, force: true });
  });

  it.each(servers)('is the portal alone to %s', async (_, skipped, start) => {
    if (skipped) return;
    const started = await start(bare);
    try {
      expect(/<p>(.*)<\/p>/.exec((await get(started.url, siteHost, '/')).body)?.[1]).toBe('index.html');
      const unit = await get(started.url, `xaan-binh.${siteHost}`, '/');
      expect([unit.status, /<p>(.*)<\/p>/.exec(unit.body)?.[1]]).toEqual([404, '404.html']);
    } finally {
      await started.stop();
    }
  });
});

describe.skipIf(missing)('the shipped nginx configuration over plain HTTP', () => {
  it('sends the portal’s and every unit’s readers to HTTPS', async () => {
    const nginx = await startNginx(root, { siteHost });
    try {
      for (const host of [siteHost, `xaan-binh.${siteHost}`, `khong-co.${siteHost}`]) {
        const answer = await get(nginx.http, host, '/tin-tuc/?trang=2');
        expect(answer.status, host).toBe(301);
        expect(answer.headers.location, host).toBe(`https://${host}/tin-tuc/?trang=2`);
      }
    } finally {
      await nginx.stop();
    }
  });
});

describe('a unit’s site on this machine', () => {
  it('is at http://<label>.localhost:<port>/ in a browser, which the portal’s folder sends it to', async () => {
    const port = await freePort();
    const server = await serveStatic(root, port);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://xaan-binh.localhost:${port}/`);
      expect(await page.textContent('p')).toBe('don-vi/xaan-binh/index.html');
      await page.goto(`http://localhost:${port}/don-vi/xaan-binh/tin-tuc/abc/`);
      expect(page.url()).toBe(`http://xaan-binh.localhost:${port}/tin-tuc/abc/`);
      expect(await page.textContent('p')).toBe('don-vi/xaan-binh/tin-tuc/abc/index.html');
    } finally {
      await browser.close();
      server.close();
    }
  });
});
