import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from './build-site';

const cms = inject('cmsUrl');
const full = { 'Content-Type': 'application/json', Authorization: `Bearer ${inject('fullAccessToken')}` };

async function adminJwt(): Promise<string> {
  const response = await fetch(`${cms}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(inject('admin')) });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

async function articleBySlug(slug: string) {
  const response = await fetch(`${cms}/api/articles?filters[slug][$eq]=${slug}`, { headers: full });
  return ((await response.json()) as { data: Array<{ documentId: string }> }).data[0]!;
}

/** Publishes or unpublishes an article as the admin's button does (the REST API has no unpublish). */
async function articleAction(documentId: string, action: 'publish' | 'unpublish') {
  return fetch(`${cms}/content-manager/collection-types/api::article.article/${documentId}/actions/${action}?locale=vi`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await adminJwt()}` },
    body: '{}',
  });
}

const freshDir = () => mkdtemp(path.join(os.tmpdir(), 'cong-site-build-'));

describe('the content sync from Strapi', () => {
  it('on a second build fetches only what changed, counts what is published, and drops what was unpublished or deleted', async () => {
    const added = await fetch(`${cms}/api/articles?status=published`, {
      method: 'POST',
      headers: full,
      body: JSON.stringify({ data: { title: 'Tin mới sau lần dựng đầu tiên', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Mới.' }] }] } }),
    });
    expect(added.status).toBe(201);
    const deleted = await articleBySlug('cao-diem-tuyen-truyen-pho-bien-phap-luat-huong-ung-ngay-phap-luat-viet-nam-nam-2026');
    expect((await fetch(`${cms}/api/articles/${deleted.documentId}`, { method: 'DELETE', headers: full })).status).toBe(204);
    const unpublished = await articleBySlug('hoi-nghi-xuc-tien-dau-tu-nam-2026-trao-chu-truong-cho-14-du-an-voi-tong-von-hon-21-500-ty-dong');
    expect((await articleAction(unpublished.documentId, 'unpublish')).status).toBe(200);

    const outDir = await freshDir();
    const log = await buildSite({ ...inject('buildEnv'), SITE_OUT_DIR: outDir });
    // Fewer articles published than known: their ids are read to find the two gone.
    expect(log).toMatch(/articles: đồng bộ phần thay đổi, đối chiếu danh sách mã, 1 cập nhật, 2 gỡ/);
    // As many documents as known: counting them was enough.
    expect(log).toMatch(/documents: đồng bộ phần thay đổi, 0 cập nhật, 0 gỡ, tổng 10/);
    // The first build fetched every file the demo content shows; the articles gone may take some with them.
    expect(log).toMatch(/tệp đa phương tiện: \d+ tệp, 0 tải mới, 0 tải lại \(đã thay trên CMS\), \d+ bỏ khỏi bộ đệm, 0 tham chiếu hỏng/);
    const pages = await readdir(path.join(outDir, 'tin-tuc'));
    expect(pages).toContain('tin-moi-sau-lan-dung-dau-tien');
    expect(pages).not.toContain('cao-diem-tuyen-truyen-pho-bien-phap-luat-huong-ung-ngay-phap-luat-viet-nam-nam-2026');
    expect(pages).not.toContain('hoi-nghi-xuc-tien-dau-tu-nam-2026-trao-chu-truong-cho-14-du-an-voi-tong-von-hon-21-500-ty-dong');
  });

  it('takes back an entry published again without an edit, which keeps its updatedAt', async () => {
    // Unpublished by the spec above: its draft.
    const drafts = await fetch(`${cms}/api/articles?status=draft&filters[slug][$eq]=hoi-nghi-xuc-tien-dau-tu-nam-2026-trao-chu-truong-cho-14-du-an-voi-tong-von-hon-21-500-ty-dong`, { headers: full });
    const again = ((await drafts.json()) as { data: Array<{ documentId: string }> }).data[0]!;
    expect((await articleAction(again.documentId, 'publish')).status).toBe(200);
    const outDir = await freshDir();
    const log = await buildSite({ ...inject('buildEnv'), SITE_OUT_DIR: outDir });
    expect(log).toMatch(/articles: đồng bộ phần thay đổi, 1 cập nhật, 0 gỡ/);
    expect(await readdir(path.join(outDir, 'tin-tuc'))).toContain('hoi-nghi-xuc-tien-dau-tu-nam-2026-trao-chu-truong-cho-14-du-an-voi-tong-von-hon-21-500-ty-dong');
  });

  it('stops the build with a clear message when the CMS cannot be reached', async () => {
    const failure = await buildSite({ ...inject('buildEnv'), CMS_URL: 'http://127.0.0.1:9', SITE_OUT_DIR: await freshDir(), SITE_CACHE_DIR: await freshDir() }).then(
      () => null,
      (error: { output: string }) => error.output,
    );
    expect(failure).toContain('Không kết nối được CMS tại http://127.0.0.1:9');
    // The reason an editor reads is the sync's own, though Vite bundled the code meanwhile.
    expect(failure!.split('\n')[0]).toMatch(/^Dựng trang thất bại: Không kết nối được CMS tại http:\/\/127\.0\.0\.1:9/);
  });

  it('stops the build when the CMS answers an error', async () => {
    const failure = await buildSite({ ...inject('buildEnv'), SITE_API_TOKEN: 'khoa-sai', SITE_OUT_DIR: await freshDir(), SITE_CACHE_DIR: await freshDir() }).then(
      () => null,
      (error: { output: string }) => error.output,
    );
    expect(failure).toContain('CMS trả lỗi 401');
    expect(failure).toContain('Dừng dựng trang');
  });

  it('removes the content store Astro kept before, which it would otherwise load at every build', async () => {
    const cache = await freshDir();
    // Where Astro's cache was (all of SITE_CACHE_DIR) and where it is (its astro/ folder).
    await mkdir(path.join(cache, 'astro'));
    for (const dir of [cache, path.join(cache, 'astro')]) await writeFile(path.join(dir, 'data-store.json'), '[]');
    await buildSite({ ...inject('buildEnv'), SITE_OUT_DIR: await freshDir(), SITE_CACHE_DIR: cache });
    expect(await readdir(cache)).not.toContain('data-store.json');
    expect(await readdir(path.join(cache, 'astro'))).not.toContain('data-store.json');
  });
});
