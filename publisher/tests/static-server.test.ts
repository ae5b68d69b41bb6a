import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@cong/testing';
import { serveStatic } from '../src/static-server.ts';

let root: string;
let server: http.Server;
let base: string;
const page = '<!doctype html><html lang="vi"><body>' + 'Tin trong tỉnh. '.repeat(200) + '</body></html>';

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cong-static-'));
  await mkdir(path.join(root, 'tin-tuc'), { recursive: true });
  await writeFile(path.join(root, 'tin-tuc', 'index.html'), page);
  await writeFile(path.join(root, '404.html'), '<p>Không tìm thấy trang</p>');
  await writeFile(path.join(root, 'index.pf_meta'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  const port = await freePort();
  server = await serveStatic(root, port);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server?.close();
  await rm(root, { recursive: true, force: true });
});

/** The raw answer, without fetch's own decompression. */
function raw(pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.request(`${base}${pathname}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server', () => {
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
