import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PublisherStatus } from '@cong/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminJwt, freePort, fullAccessToken, startDemoCms, waitForUrl, type DemoCms } from '@cong/testing';

const publisherScript = path.resolve(import.meta.dirname, '../src/cli.ts');
// A 1×1 PNG: a real file for the media library.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const secret = randomBytes(12).toString('hex');
let cms: DemoCms;
let cmsStopped = false;
let token: string;
let work: string;
let service: ChildProcess;
let siteUrl: string;
let controlUrl: string;
let env: Record<string, string>;

/** Polls until `check` returns a value, for up to five minutes (builds run on a shared machine). */
async function eventually<T>(check: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Hết thời gian chờ.');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const page = async (pathname: string) => {
  const response = await fetch(`${siteUrl}${pathname}`);
  return { status: response.status, text: await response.text() };
};
const status = async () =>
  (await (await fetch(`${controlUrl}/status`, { headers: { Authorization: `Bearer ${secret}` } })).json()) as PublisherStatus;

let jwt: Promise<string> | undefined;
async function adminStatus() {
  // One login for the run: the admin's login is rate-limited, and a spec may ask every half second.
  jwt ??= adminJwt(cms);
  const response = await fetch(`${cms.url}/cong-publisher/status`, { headers: { Authorization: `Bearer ${await jwt}` } });
  return (await response.json()) as PublisherStatus & { reachable: boolean; message?: string };
}

beforeAll(async () => {
  const [controlPort, sitePort] = [await freePort(), await freePort()];
  siteUrl = `http://127.0.0.1:${sitePort}`;
  controlUrl = `http://127.0.0.1:${controlPort}`;
  cms = await startDemoCms('sqlite', { PUBLISHER_URL: controlUrl, PUBLISHER_SECRET: secret, SITE_URL: siteUrl, CORS_ORIGINS: siteUrl });
  token = await fullAccessToken(cms);
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-publisher-live-'));
  env = {
    CMS_URL: cms.url,
    SITE_API_TOKEN: cms.siteToken,
    SITE_URL: siteUrl,
    PUBLISH_DIR: work,
    PUBLISHER_PORT: String(controlPort),
    SITE_PORT: String(sitePort),
    PUBLISHER_SECRET: secret,
    PUBLISH_DEBOUNCE_MS: '300',
  };
  service = spawn(process.execPath, [publisherScript, 'serve'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  await waitForUrl(siteUrl, 300_000);
}, 600_000);

afterAll(async () => {
  service?.kill('SIGTERM');
  if (!cmsStopped) await cms?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('publishing to the live site', () => {
  const title = `Tỉnh khai trương Trung tâm phục vụ hành chính công ${Date.now()}`;
  let slug: string;

  it('serves the site it built at start, and the admin shows when it was built', async () => {
    expect((await page('/')).status).toBe(200);
    const shown = await adminStatus();
    expect(shown.reachable).toBe(true);
    expect(shown.live!.pages).toBeGreaterThan(30);
    expect(shown.lastAttempt).toMatchObject({ outcome: 'published', triggers: ['khởi động'] });
  });

  it('refuses a webhook that does not carry the secret', async () => {
    const response = await fetch(`${controlUrl}/webhook`, { method: 'POST', body: '{"event":"entry.publish"}' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toContain('PUBLISHER_SECRET');
  });

  it('puts an article an editor publishes on its page, the home page, its category, the news list and the feed', async () => {
    const { data: categories } = (await (await fetch(`${cms.url}/api/categories`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      data: Array<{ documentId: string; slug: string }>;
    };
    const created = await fetch(`${cms.url}/api/articles?status=published`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        data: {
          title,
          summary: 'Trung tâm tiếp nhận hồ sơ của người dân và doanh nghiệp từ ngày 1/12.',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Người dân nộp hồ sơ tại một nơi.' }] }],
          category: categories[0]!.documentId,
        },
      }),
    });
    expect(created.status).toBe(201);
    slug = ((await created.json()) as { data: { slug: string } }).data.slug;

    const article = await eventually(async () => {
      const result = await page(`/tin-tuc/${slug}/`);
      return result.status === 200 && result;
    });
    expect(article.text).toContain(title);
    for (const listing of ['/', '/tin-tuc/', `/chuyen-muc/${categories[0]!.slug}/`, '/rss.xml']) {
      expect((await page(listing)).text, listing).toContain(title);
    }
    expect((await status()).lastPublished!.triggers).toContain('entry.publish api::article.article');
  });

  it('goes back to the previous release with one command', async () => {
    const before = await status();
    const { stdout } = await promisify(execFile)(process.execPath, [publisherScript, 'rollback'], { env: { ...process.env, ...env } });
    expect(stdout).toContain('Đã quay lại bản dựng');
    expect((await page(`/tin-tuc/${slug}/`)).status).toBe(404);
    const after = await status();
    expect(after.live!.id < before.live!.id).toBe(true);
    expect(after.lastAttempt!.outcome).toBe('rolled-back');
  });

  it('publishes an article whose rich-text image is gone from the CMS without that image, and tells its editors in the admin', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'anh-hoi-nghi.png');
    const uploaded = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    const [file] = (await uploaded.json()) as Array<Record<string, unknown> & { id: number; url: string }>;
    // Deleted from the media library; the article's rich text still holds the editor's copy of it.
    expect((await fetch(`${cms.url}/api/upload/files/${file!.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    const lostTitle = `Hội nghị tổng kết chuyển đổi số ${Date.now()}`;
    const created = await fetch(`${cms.url}/api/articles?status=published`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        data: {
          title: lostTitle,
          body: [
            { type: 'paragraph', children: [{ type: 'text', text: 'Hội nghị đánh giá một năm chuyển đổi số.' }] },
            { type: 'image', image: file, children: [{ type: 'text', text: '' }] },
          ],
        },
      }),
    });
    expect(created.status).toBe(201);
    const { documentId, slug: lostSlug } = ((await created.json()) as { data: { documentId: string; slug: string } }).data;

    const shown = await eventually(async () => {
      const now = await adminStatus();
      return now.live?.brokenReferences?.some((reference) => reference.documentId === documentId) && now;
    });
    expect(shown.live!.brokenReferences).toEqual([
      { uid: 'api::article.article', documentId, locale: 'vi', title: lostTitle, field: 'body', url: file!.url, kind: 'image', reason: 'missing' },
    ]);
    expect(shown.lastAttempt!.outcome).toBe('published');
    const article = await page(`/tin-tuc/${lostSlug}/`);
    expect(article.status).toBe(200);
    expect(article.text).toContain('Hội nghị đánh giá một năm chuyển đổi số.');
    expect(article.text).not.toContain(file!.url);
    expect((await page('/')).text).toContain(lostTitle);
  });

  it('keeps the live site when the CMS cannot be reached, and tells the editors why', async () => {
    const live = (await status()).live!;
    await cms.stop();
    cmsStopped = true;
    const asked = await fetch(`${controlUrl}/webhook`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ event: 'entry.publish', createdAt: new Date().toISOString(), model: 'article', uid: 'api::article.article', entry: { publishedAt: new Date().toISOString() } }),
    });
    expect(await asked.json()).toEqual({ scheduled: true });
    const failed = await eventually(async () => {
      const now = await status();
      return now.lastAttempt?.outcome === 'failed' && now;
    });
    expect(failed.lastAttempt!.reason).toMatch(/^Dựng trang thất bại: Không kết nối được CMS/);
    expect(failed.live!.id).toBe(live.id);
    expect((await page('/')).status).toBe(200);
  });
});
