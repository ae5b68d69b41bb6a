import http from 'node:http';
import { lstat, mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { RELEASE_LINKS_FILE, type BrokenReference, type ReleaseLinks } from '@cong/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroSiteBuilder, serveStatic, type BuiltSite, type SiteBuilder } from '@cong/publisher';
import { freePort } from '@cong/testing';

// The files a release carries: exactly those its published entries show, as the CMS has them
// now. An entry whose file is gone from the CMS still goes out, without it, and is named in the
// build's report; a CMS that fails to hand a file over fails the build. These specs use the
// demo CMS of the suite, add their own entries and files (removing them after), and build
// into their own folders with their own cache, as the publisher does: each build from the last.

const cms = inject('cmsUrl');
const full = { Authorization: `Bearer ${inject('fullAccessToken')}` };
const siteUrl = inject('siteUrl');
let work: string;
let build: SiteBuilder;

/** A square PNG of one colour: a real image for the media library (Strapi re-encodes it). */
function png(red: number, green: number, blue: number, size = 16): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(8 + data.length + 4);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const row = Buffer.from([0, ...Array.from({ length: size }, () => [red, green, blue]).flat()]);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(Array(size).fill(row)))), chunk('IEND', Buffer.alloc(0))]);
}

type StoredFile = Record<string, unknown> & { id: number; url: string; name: string };
const uploaded: number[] = [];
const articles: string[] = [];

/** Uploads a file to the media library, or puts new bytes in place of file `replacing` (its URL stays). */
async function upload(name: string, bytes: Buffer, replacing?: number): Promise<StoredFile> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  const response = await fetch(`${cms}/api/upload${replacing ? `?id=${replacing}` : ''}`, { method: 'POST', headers: full, body: form });
  if (!response.ok) throw new Error(`upload ${name}: ${response.status} ${await response.text()}`);
  const reply = (await response.json()) as StoredFile | StoredFile[];
  const file = Array.isArray(reply) ? reply[0]! : reply;
  if (!replacing) uploaded.push(file.id);
  return file;
}

const deleteFile = async (id: number) => {
  const response = await fetch(`${cms}/api/upload/files/${id}`, { method: 'DELETE', headers: full });
  if (!response.ok) throw new Error(`delete file ${id}: ${response.status}`);
};

async function article(title: string, body: unknown[], cover?: StoredFile): Promise<{ documentId: string; slug: string }> {
  const response = await fetch(`${cms}/api/articles?status=published`, {
    method: 'POST',
    headers: { ...full, 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { title, body, ...(cover ? { cover: { image: cover.id, alt: 'Ảnh đại diện' } } : {}) } }),
  });
  if (response.status !== 201) throw new Error(`article ${title}: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { documentId: string; slug: string } };
  articles.push(data.documentId);
  return data;
}

// A rich-text image as the admin's editor stores it: a copy of the file's entry, URL and all.
const imageBlock = (file: StoredFile) => ({ type: 'image', image: file, children: [{ type: 'text', text: '' }] });
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const cmsBytes = async (url: string) => Buffer.from(await (await fetch(`${cms}${url}`)).arrayBuffer());
const page = (dir: string, slug: string) => readFile(path.join(dir, 'tin-tuc', slug, 'index.html'), 'utf8');
const release = (name: string) => path.join(work, name);
const buildInto = (name: string, base?: string): Promise<BuiltSite> =>
  build(release(name), { infoDir: `${release(name)}.info`, base: base ? { dir: release(base), infoDir: `${release(base)}.info` } : undefined }) as Promise<BuiltSite>;

/** Serves a release, as the web server would, for one request. */
async function served(name: string, url: string): Promise<{ status: number; bytes: Buffer }> {
  const port = await freePort();
  const server = await serveStatic(release(name), port);
  try {
    const response = await fetch(`http://127.0.0.1:${port}${url}`);
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  } finally {
    server.close();
  }
}

const stamp = Date.now();
let shown: StoredFile;
let gone: StoredFile;
let cover: StoredFile;
let unused: StoredFile;
let keeps: { documentId: string; slug: string };
let loses: { documentId: string; slug: string };
let first: BuiltSite;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-media-'));
  build = astroSiteBuilder({ cacheDir: path.join(work, 'cache'), env: { CMS_URL: cms, SITE_API_TOKEN: inject('siteToken'), SITE_URL: siteUrl } });
  shown = await upload('quang-truong-tinh.png', png(200, 30, 30));
  gone = await upload('anh-da-xoa.png', png(30, 200, 30));
  cover = await upload('anh-dai-dien.png', png(30, 30, 200));
  unused = await upload('chua-dung.png', png(120, 120, 120));
  keeps = await article(`Quảng trường tỉnh sau khi chỉnh trang ${stamp}`, [paragraph('Quảng trường mở cửa lại.'), imageBlock(shown)]);
  loses = await article(`Ngày hội chuyển đổi số ${stamp}`, [paragraph('Người dân trải nghiệm dịch vụ công.'), imageBlock(gone)], cover);
  // Deleted from the media library after the article embedded it: its rich text keeps the URL.
  await deleteFile(gone.id);
  first = await buildInto('first');
}, 600_000);

afterAll(async () => {
  for (const documentId of articles) await fetch(`${cms}/api/articles/${documentId}`, { method: 'DELETE', headers: full });
  for (const id of uploaded) await fetch(`${cms}/api/upload/files/${id}`, { method: 'DELETE', headers: full });
  if (work) await rm(work, { recursive: true, force: true });
});

describe('an entry showing a file the CMS no longer has', () => {
  it('is published without it, and the report names the entry, its field and the file', async () => {
    expect(first.brokenReferences).toEqual<BrokenReference[]>([
      {
        uid: 'api::article.article',
        documentId: loses.documentId,
        locale: 'vi',
        title: `Ngày hội chuyển đổi số ${stamp}`,
        field: 'body',
        url: gone.url,
        kind: 'image',
        reason: 'missing',
      },
    ]);
    const html = await page(release('first'), loses.slug);
    expect(html).toContain('Người dân trải nghiệm dịch vụ công.');
    expect(html).not.toContain(gone.url);
    // The rest of it is there: its cover.
    expect(html).toContain(cover.url);
    expect((await served('first', gone.url)).status).toBe(404);
  });

  it('stops no other entry: the whole site is published', async () => {
    expect(first.pages).toBeGreaterThan(40);
    expect(await page(release('first'), keeps.slug)).toContain(`<img src="${shown.url}"`);
    const site = await served('first', shown.url);
    expect(site.status).toBe(200);
    expect(site.bytes.equals(await cmsBytes(shown.url))).toBe(true);
  });
});

describe('the files a release carries', () => {
  it('are only those published entries show', async () => {
    expect((await served('first', unused.url)).status).toBe(404);
    expect((await served('first', cover.url)).status).toBe(200);
  });

  it('are the base release’s own folder, one link, when the media did not change', async () => {
    const same = await buildInto('same', 'first');
    expect(same.partial).toBe(true);
    expect((await lstat(path.join(release('same'), 'uploads'))).isSymbolicLink()).toBe(true);
    expect(await realpath(path.join(release('same'), 'uploads'))).toBe(await realpath(path.join(release('first'), 'uploads')));
    // Listed for the publisher, which keeps what a kept release links to.
    const { folders } = JSON.parse(await readFile(path.join(`${release('same')}.info`, RELEASE_LINKS_FILE), 'utf8')) as ReleaseLinks;
    expect(path.resolve(await realpath(release('same')), folders.uploads!)).toBe(await realpath(path.join(release('first'), 'uploads')));
    expect((await served('same', shown.url)).bytes.equals(await cmsBytes(shown.url))).toBe(true);
  });

  it('are fetched again when the CMS replaced a file under the same URL', async () => {
    const before = await cmsBytes(shown.url);
    const replaced = await upload('quang-truong-tinh.png', png(250, 250, 0), shown.id);
    expect(replaced.url).toBe(shown.url);
    const after = await cmsBytes(shown.url);
    expect(after.equals(before)).toBe(false);

    const second = await buildInto('second', 'first');
    expect(second.partial).toBe(true);
    // Other media than its base's: a folder of its own.
    expect((await lstat(path.join(release('second'), 'uploads'))).isSymbolicLink()).toBe(false);
    expect((await served('second', shown.url)).bytes.equals(after)).toBe(true);
    // The release it was built from keeps the bytes it went live with.
    expect((await served('first', shown.url)).bytes.equals(before)).toBe(true);
  });

  it('lose a file once no published entry shows it, or once the CMS deleted it, in a partial build too', async () => {
    await fetch(`${cms}/api/articles/${keeps.documentId}`, { method: 'DELETE', headers: full });
    await deleteFile(cover.id);
    const third = await buildInto('third', 'second');
    expect(third.partial).toBe(true);
    expect((await served('third', shown.url)).status).toBe(404);
    expect((await served('third', cover.url)).status).toBe(404);
    expect(await stat(path.join(work, 'cache/media', shown.url)).catch(() => null)).toBeNull();
    // The article that had the cover (the CMS took it off the article) is rendered again
    // without it, and is still named for its rich-text image.
    const html = await page(release('third'), loses.slug);
    expect(html).toContain('Người dân trải nghiệm dịch vụ công.');
    expect(html).not.toContain(cover.url);
    expect(third.brokenReferences).toContainEqual(expect.objectContaining({ documentId: loses.documentId, field: 'body', url: gone.url }));
  });
});

/**
 * Builds a release through a stand-in for the CMS's address: the real CMS answers, but for the
 * URLs `refuse` gives a status for (a CMS restarting, a file deleted between two requests).
 */
async function buildThrough(name: string, refuse: (url: string) => number | null): Promise<unknown> {
  const proxy = http.createServer(async (request, response) => {
    const status = refuse(request.url!);
    if (status) {
      response.writeHead(status).end();
      return;
    }
    const answer = await fetch(`${cms}${request.url}`, { headers: { Authorization: request.headers.authorization ?? '' } });
    response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  try {
    const through = astroSiteBuilder({
      cacheDir: path.join(work, `cache-${name}`),
      env: { CMS_URL: `http://127.0.0.1:${port}`, SITE_API_TOKEN: inject('siteToken'), SITE_URL: siteUrl },
    });
    return await through(release(name));
  } finally {
    proxy.close();
  }
}

describe('a CMS that fails to hand over a file', () => {
  it('fails the build rather than publishing without it', async () => {
    // The CMS as the build reaches it, answering 503 for every file (a restart, a full disk).
    await expect(buildThrough('blinking', (url) => (url.startsWith('/uploads/') ? 503 : null))).rejects.toThrow(
      /^Dựng trang thất bại: CMS trả lỗi 503 cho tệp \/uploads\/.+ \(đã thử 3 lần\)\. Dừng dựng trang/,
    );
  });
});

describe('a file deleted from the CMS while the site is built', () => {
  it('stops the build: its pages were rendered while the media library still listed it', async () => {
    const vanishing = await upload('anh-xoa-giua-chung.png', png(200, 120, 30));
    await article(`Ảnh bị xoá giữa chừng ${stamp}`, [paragraph('Bài có ảnh.'), imageBlock(vanishing)]);
    // The CMS as the build reaches it: the library lists the file, and its URL then answers 404
    // (deleted between the listing and the fetch, which comes while the pages are rendered).
    await expect(buildThrough('racing', (url) => (url === vanishing.url ? 404 : null))).rejects.toThrow(
      new RegExp(`^Dựng trang thất bại: Tệp ${vanishing.url.replaceAll('.', '\\.')} đã bị xoá khỏi CMS trong lúc dựng trang\\. Dừng dựng trang`),
    );
  });
});
