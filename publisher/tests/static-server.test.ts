import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SITE_HEADERS_FILES, SITE_ROUTING_FILES, siteHeaders, UPLOAD_TYPES } from '@cong/shared';
import { freePort } from '@cong/testing';
import { serveStatic } from '../src/static-server.ts';

let root: string;
let server: http.Server;
let base: string;
const release = siteHeaders({ siteUrl: 'https://cong.example.vn', cmsUrl: 'https://cms.example.vn' });
const page = '<!doctype html><html lang="vi"><body>' + 'Tin trong tỉnh. '.repeat(200) + '</body></html>';

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cong-static-'));
  await mkdir(path.join(root, 'tin-tuc'), { recursive: true });
  await writeFile(path.join(root, 'tin-tuc', 'index.html'), page);
  await writeFile(path.join(root, '404.html'), '<p>Không tìm thấy trang</p>');
  await writeFile(path.join(root, 'index.pf_meta'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  await mkdir(path.join(root, '_server'));
  await writeFile(path.join(root, SITE_HEADERS_FILES.json), JSON.stringify(release));
  await mkdir(path.join(root, '_astro'));
  await writeFile(path.join(root, '_astro', 'Toolbar.BX3JdE7x.js'), 'export {};');
  // A folder a partial build took whole from the release before: a link to where that one has it.
  const before = path.join(root, '..', `${path.basename(root)}-truoc`, 'van-ban', 'so-1');
  await mkdir(before, { recursive: true });
  await writeFile(path.join(before, 'index.html'), '<p>Văn bản số 1</p>');
  await mkdir(path.join(root, 'van-ban'));
  await symlink(path.relative(path.join(root, 'van-ban'), before), path.join(root, 'van-ban', 'so-1'));
  await mkdir(path.join(root, 'uploads'));
  for (const name of [...Object.keys(UPLOAD_TYPES).map((extension) => `tep${extension}`), 'cu.svg', 'cu.html']) await writeFile(path.join(root, 'uploads', name), 'x');
  const port = await freePort();
  server = await serveStatic(root, port);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server?.close();
  await rm(root, { recursive: true, force: true });
  await rm(`${root}-truoc`, { recursive: true, force: true });
});

/** The raw answer, without fetch's own decompression. */
function raw(pathname: string, acceptEncoding?: string, headers: Record<string, string> = {}, at = base) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.request(`${at}${pathname}`, { headers: { ...headers, ...(acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {}) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server', () => {
  it('serves a page in a folder the release links from the one before', async () => {
    const answer = await raw('/van-ban/so-1/');
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('<p>Văn bản số 1</p>');
  });

  it('sends a page gzip-compressed to a browser that accepts it, and as it is to one that does not', async () => {
    const compressed = await raw('/tin-tuc/', 'gzip, deflate, br');
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers.vary).toBe('Accept-Encoding');
    expect(compressed.body.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(compressed.body).toString()).toBe(page);
    const plain = await raw('/tin-tuc/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('sends Pagefind’s files, compressed already, as they are', async () => {
    const index = await raw('/index.pf_meta', 'gzip');
    expect(index.headers['content-encoding']).toBeUndefined();
    expect([...index.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  it('answers a missing address with the 404 page', async () => {
    const missing = await raw('/khong-co/', 'gzip');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString()).toContain('Không tìm thấy trang');
  });
});

/** Headers as Node lower-cases them. */
const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('the headers it sends', () => {
  it.each(['/tin-tuc/', '/khong-co/', '/_astro/Toolbar.BX3JdE7x.js', '/index.pf_meta'])('%s: the ones the release’s build wrote', async (pathname) => {
    const answer = await raw(pathname, 'gzip');
    expect(answer.headers).toMatchObject(lower(release.site));
  });

  it.each(Object.entries(UPLOAD_TYPES))('an upload %s: its listed type, its own sandbox, a download unless shown in the page', async (extension, type) => {
    const answer = await raw(`/uploads/tep${extension}`, 'gzip');
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ ...lower(release.uploads), 'content-type': type.mime });
    expect(answer.headers['content-security-policy']).toMatch(/sandbox$/);
    expect(answer.headers['content-disposition']).toBe(type.inline ? undefined : 'attachment');
    expect(answer.headers['content-encoding']).toBeUndefined();
  });

  it.each(['cu.svg', 'cu.html'])('an upload of a type the portal no longer takes (%s) is bytes to save', async (name) => {
    const answer = await raw(`/uploads/${name}`);
    expect(answer.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'content-disposition': 'attachment', 'x-content-type-options': 'nosniff' });
  });

  it('never serves a file outside its folder, a sibling folder’s either', async () => {
    const sibling = `${root}-ben-canh`;
    await mkdir(sibling);
    await writeFile(path.join(sibling, 'bi-mat.txt'), 'bí mật');
    try {
      for (const pathname of [`/..%2f${path.basename(sibling)}/bi-mat.txt`, '/..%2f..%2fetc%2fpasswd']) {
        const answer = await raw(pathname);
        expect(answer.status, pathname).toBe(404);
        expect(answer.body.toString(), pathname).toContain('Không tìm thấy trang');
      }
    } finally {
      await rm(sibling, { recursive: true, force: true });
    }
  });

  it('never serves the headers’ own folder', async () => {
    for (const pathname of ['/_server/headers.json', '/_server/', '/tin-tuc/../_server/headers.json']) {
      const answer = await raw(pathname);
      expect(answer.status, pathname).toBe(404);
      expect(answer.body.toString(), pathname).toContain('Không tìm thấy trang');
    }
  });

  it('keeps Astro’s named bundles a year, asks again for anything else, and answers 304 to an unchanged copy', async () => {
    expect((await raw('/_astro/Toolbar.BX3JdE7x.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await raw('/tin-tuc/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await raw('/tin-tuc/', undefined, { 'If-Modified-Since': page.headers['last-modified']! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-security-policy']).toBe(release.site['Content-Security-Policy']);
  });

  it('a release whose routing files cannot be read is the portal alone, and says so once', async () => {
    const odd = await mkdtemp(path.join(os.tmpdir(), 'cong-static-odd-'));
    await writeFile(path.join(odd, 'index.html'), '<p>Trang</p>');
    await writeFile(path.join(odd, '404.html'), '<p>Không tìm thấy trang</p>');
    await mkdir(path.join(odd, '_server'));
    await writeFile(path.join(odd, SITE_ROUTING_FILES.sites), '{"units": "xaan-binh"}');
    const port = await freePort();
    const other = await serveStatic(odd, port);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const host of [`127.0.0.1:${port}`, `xaan-binh.localhost:${port}`]) {
        const answer = await raw('/', undefined, { Host: host }, `http://127.0.0.1:${port}`);
        expect(answer.body.toString(), host).toContain(host.startsWith('127') ? 'Trang' : 'Không tìm thấy trang');
      }
      expect(warned.mock.calls.filter(([line]) => String(line).includes('tệp định tuyến'))).toHaveLength(1);
    } finally {
      warned.mockRestore();
      other.close();
      await rm(odd, { recursive: true, force: true });
    }
  });

  it('a release without the file gets the strict policy, without a CMS to send to', async () => {
    const bare = await mkdtemp(path.join(os.tmpdir(), 'cong-static-bare-'));
    await writeFile(path.join(bare, 'index.html'), '<p>Trang</p>');
    const port = await freePort();
    const other = await serveStatic(bare, port);
    try {
      const answer = await raw('/', undefined, {}, `http://127.0.0.1:${port}`);
      expect(answer.headers).toMatchObject(lower(siteHeaders().site));
      expect(answer.headers['content-security-policy']).not.toContain('cms.example.vn');
    } finally {
      other.close();
      await rm(bare, { recursive: true, force: true });
    }
  });
});
