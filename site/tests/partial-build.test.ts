import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteBuilds, type SiteBuilder } from '@cong/publisher';
import { RELEASE_LINKS_FILE, type ReleaseLinks } from '@cong/shared';
import { filesUnder } from '@cong/shared/files-under';
import { fullAccessToken, startDemoCms, type DemoCms } from '@cong/testing';

// A partial build (ADR 4) renders only the pages whose key changed and links every other file
// from the release it starts from. These specs hold it to a full build of the same content,
// file for file, search index included, and check that it never touches the release it started from.
// Each build's process is started ahead, as `publisher serve` has them: it loaded the content
// before the changes each spec makes, and must build from the content as changed.

let cms: DemoCms;
let token: string;
let work: string;
let builds: SiteBuilds;
let build: SiteBuilder;
/** What the last build printed. */
let lines: string[] = [];

/** Every file of a built site with a hash of its bytes. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await filesUnder(dir)) files.set(file, createHash('sha1').update(await readFile(path.join(dir, file))).digest('hex'));
  return files;
}

/** The HTML pages of a partial build it rendered itself: not linked from its base (another inode). */
async function renderedFrom(dir: string, base: string): Promise<string[]> {
  const rendered: string[] = [];
  for (const relative of await filesUnder(dir)) {
    if (!relative.endsWith('.html')) continue;
    const before = await stat(path.join(base, relative)).catch(() => null);
    if (!before || before.ino !== (await stat(path.join(dir, relative))).ino) rendered.push(relative);
  }
  return rendered.sort();
}

/** Whether a release's file is the very file (the inode) its base has, taken from it rather than written again. */
async function sameFile(dir: string, base: string, file: string): Promise<boolean> {
  return (await stat(path.join(dir, file))).ino === (await stat(path.join(base, file))).ino;
}

// The redirect map is the history of the site's addresses: a build from nothing (the full build
// here) has none, the partial build has its base's (reorganisation.test.ts holds it to them).
const history = new Set(['_server/redirects.json', '_server/nginx/redirects.map']);

/** The files two sites disagree on: missing from one, or with other bytes. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !history.has(name) && a.get(name) !== b.get(name)).sort();
}

// Entries as the REST API answers them: only the fields these specs read are looked at.
type Json = { documentId: string; slug: string; hotline?: string } & Record<string, unknown>;
const cmsApi = async <T = Json>(method: string, pathname: string, body?: unknown): Promise<{ data: T }> => {
  const response = await fetch(`${cms.url}${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify({ data: body }),
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? { data: null as T } : ((await response.json()) as { data: T });
};

/** A full build and a partial build from `base`, of the same content; each with its page keys beside it. */
async function fullAndPartial(name: string, base: string) {
  const partialDir = path.join(work, `${name}-partial`);
  const fullDir = path.join(work, `${name}-full`);
  const partial = await build(partialDir, { infoDir: `${partialDir}.info`, base: { dir: base, infoDir: `${base}.info` } });
  const full = await build(fullDir, { infoDir: `${fullDir}.info` });
  return { partial, full, partialDir, fullDir };
}

beforeAll(async () => {
  const siteUrl = 'http://127.0.0.1:4321';
  cms = await startDemoCms('sqlite', { SITE_URL: siteUrl });
  token = await fullAccessToken(cms);
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-partial-build-'));
  builds = new SiteBuilds({ cacheDir: path.join(work, 'cache'), env: { CMS_URL: cms.url, SITE_API_TOKEN: cms.siteToken, SITE_URL: siteUrl }, ahead: true });
  build = (outDir, options) => {
    lines = [];
    return builds.build({ outDir, ...options, onLine: (line) => lines.push(line) });
  };
  await build(path.join(work, 'first'), { infoDir: path.join(work, 'first.info') });
}, 600_000);

afterAll(async () => {
  builds?.close();
  await cms?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a partial build', () => {
  it('renders only the pages without static paths when nothing changed, and equals a full build', async () => {
    const { partial, full, partialDir, fullDir } = await fullAndPartial('same', path.join(work, 'first'));
    // Built by the process that waited since the build before ended, as the last one was.
    expect(lines.some((line) => line.startsWith('Tiến trình dựng đã chờ sẵn'))).toBe(true);
    expect(partial.partial).toBe(true);
    expect(full.partial).toBe(false);
    // The home page, listings of consultations and the gazette, feeds, 404, search page…
    expect(partial.rendered).toBeLessThan(15);
    expect(full.rendered).toBeGreaterThan(40);
    expect(partial.pages).toBe(full.pages);
    expect(differences(await tree(partialDir), await tree(fullDir))).toEqual([]);
  });

  it('after articles, documents and comments change, equals a full build file for file, and leaves its base as it was', async () => {
    const base = path.join(work, 'first');
    const baseBefore = await tree(base);
    const { data: categories } = await cmsApi<Json[]>('GET', '/api/categories');
    const { data: tags } = await cmsApi<Json[]>('GET', '/api/tags');
    const { data: articles } = await cmsApi<Json[]>('GET', '/api/articles?sort=publishedAt:asc');
    const { data: documents } = await cmsApi<Json[]>('GET', '/api/documents?sort=issuedDate:desc');
    const { data: comments } = await cmsApi<Json[]>('GET', '/api/comments?filters[moderationStatus][$eq]=pending');

    const title = `Tỉnh khai trương Trung tâm phục vụ hành chính công ${Date.now()}`;
    const { data: created } = await cmsApi('POST', '/api/articles?status=published', {
      title,
      summary: 'Trung tâm tiếp nhận hồ sơ của người dân và doanh nghiệp từ ngày 1/12.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Người dân nộp hồ sơ tại một nơi, nhận kết quả tại nhà.' }] }],
      category: categories[0].documentId,
      tags: [tags[0].documentId],
    });
    const excerpt = `Về việc điều chỉnh kế hoạch chuyển đổi số năm 2026 (sửa ${Date.now()})`;
    await cmsApi('PUT', `/api/documents/${documents[1].documentId}?status=published`, { excerpt });
    const removed = articles[0];
    await cmsApi('DELETE', `/api/articles/${removed.documentId}`);
    await cmsApi('PUT', `/api/comments/${comments[0].documentId}`, { moderationStatus: 'approved' });

    const { partial, full, partialDir, fullDir } = await fullAndPartial('edited', base);
    expect(partial.partial).toBe(true);
    expect(partial.rendered).toBeLessThan(full.rendered! / 2);
    const [partialTree, fullTree] = [await tree(partialDir), await tree(fullDir)];
    expect(differences(partialTree, fullTree)).toEqual([]);
    expect(partialTree.has(`tin-tuc/${created.slug}/index.html`)).toBe(true);
    expect(partialTree.has(`tin-tuc/${removed.slug}/index.html`)).toBe(false);
    // The portal's addresses changed: its sitemap is written anew, with the new article in it.
    expect(await sameFile(partialDir, base, 'sitemap-0.xml')).toBe(false);
    expect(await readFile(path.join(partialDir, 'sitemap-0.xml'), 'utf8')).toContain(`/tin-tuc/${created.slug}/`);
    expect(await readFile(path.join(partialDir, 'van-ban', documents[1].slug, 'index.html'), 'utf8')).toContain(excerpt);
    expect(differences(await tree(base), baseBefore)).toEqual([]);
  });

  it("renders a xã's pages only when a xã's article changes, not another unit's nor the portal's, and equals a full build", async () => {
    const base = path.join(work, 'edited-partial');
    // What a partial build renders whatever changed: the pages without static paths.
    const { partialDir: sameDir } = await fullAndPartial('xa-before', base);
    const alwaysRendered = await renderedFrom(sameDir, base);
    const { data: [article] } = await cmsApi<Json[]>('GET', '/api/articles?filters[unit][hostLabel][$eq]=hoason&sort=displayDate:desc');
    const summary = `Xã Hòa Sơn cập nhật tiến độ sửa đường (${Date.now()})`;
    await cmsApi('PUT', `/api/articles/${article!.documentId}?status=published`, { summary });
    const { partial, partialDir, fullDir } = await fullAndPartial('xa', base);
    expect(partial.partial).toBe(true);
    const rendered = (await renderedFrom(partialDir, base)).filter((file) => !alwaysRendered.includes(file));
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.filter((file) => !file.startsWith('don-vi/hoason/'))).toEqual([]);
    // Another unit's site is one link, to the folder where a release before really has it.
    const { folders } = JSON.parse(await readFile(path.join(`${partialDir}.info`, RELEASE_LINKS_FILE), 'utf8')) as ReleaseLinks;
    const other = Object.keys(folders).find((folder) => /^don-vi\/[^/]+$/.test(folder) && folder !== 'don-vi/hoason')!;
    expect(other).toBeDefined();
    expect((await lstat(path.join(partialDir, other))).isSymbolicLink()).toBe(true);
    expect((await lstat(path.resolve(await realpath(partialDir), folders[other]!))).isDirectory()).toBe(true);
    expect(differences(await tree(partialDir), await tree(fullDir))).toEqual([]);
    expect(await readFile(path.join(partialDir, 'don-vi/hoason/tin-tuc', article!.slug, 'index.html'), 'utf8')).toContain(summary);
    // The portal's addresses are as they were: its sitemap is the base's own file.
    expect(await sameFile(partialDir, base, 'sitemap-0.xml')).toBe(true);
    expect(await sameFile(partialDir, base, 'sitemap-index.xml')).toBe(true);
    // The search shards whose pages did not change are links to the folder a release before
    // has; the xã's, whose article changed, is indexed anew.
    const shards = Object.keys(folders).filter((folder) => folder.startsWith('pagefind/'));
    // The portal's shards (vi-2026q4) and other units' (vi.<label>-…), each linked.
    expect(shards.some((shard) => /^pagefind\/vi-\d{4}q\d/.test(shard))).toBe(true);
    expect(shards.some((shard) => shard.startsWith('pagefind/vi.') && !shard.startsWith('pagefind/vi.hoason-'))).toBe(true);
    for (const shard of shards) {
      expect((await lstat(path.join(partialDir, shard))).isSymbolicLink()).toBe(true);
      expect((await lstat(path.resolve(await realpath(partialDir), folders[shard]!))).isDirectory()).toBe(true);
    }
    expect(shards.filter((shard) => shard.startsWith('pagefind/vi.hoason-'))).toEqual([]);
    expect((await lstat(path.join(partialDir, 'pagefind'))).isSymbolicLink()).toBe(false);
    // No file changed: the media are the base's folder, one link.
    expect(folders.uploads).toBeDefined();
    expect((await lstat(path.join(partialDir, 'uploads'))).isSymbolicLink()).toBe(true);
  });

  it('renders the pages that show an agency when it is renamed, not every page, and equals a full build', async () => {
    const base = path.join(work, 'edited-partial');
    const { data: documents } = await cmsApi<Json[]>('GET', '/api/documents?populate=issuingAgency&filters[unit][kind][$eq]=province&sort=issuedDate:desc');
    const document = documents.find((entry) => entry.issuingAgency)!;
    const agency = document.issuingAgency as unknown as Json & { name: string };
    const name = `${agency.name} (tên mới ${Date.now()})`;
    await cmsApi('PUT', `/api/agencies/${agency.documentId}?status=published`, { name });
    const { partial, full, partialDir, fullDir } = await fullAndPartial('agency', base);
    expect(partial.partial).toBe(true);
    expect(partial.rendered).toBeLessThan(full.rendered! / 2);
    expect(await readFile(path.join(partialDir, 'van-ban', document.slug, 'index.html'), 'utf8')).toContain(name);
    expect(differences(await tree(partialDir), await tree(fullDir))).toEqual([]);
  });

  it('renders every page when something every page shows changes, and still equals a full build', async () => {
    const base = path.join(work, 'edited-partial');
    const { data: settings } = await cmsApi('GET', '/api/site-setting');
    await cmsApi('PUT', '/api/site-setting?status=published', { hotline: '0263 3822 999' });
    const { partial, full, partialDir, fullDir } = await fullAndPartial('sitewide', base);
    expect(settings.hotline).not.toBe('0263 3822 999');
    expect(partial.partial).toBe(false);
    expect(partial.rendered).toBe(full.rendered);
    expect(differences(await tree(partialDir), await tree(fullDir))).toEqual([]);
    expect(await readFile(path.join(partialDir, 'index.html'), 'utf8')).toContain('0263 3822 999');
  });
});
