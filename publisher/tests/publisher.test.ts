import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildLock } from '../src/build-lock.ts';
import { publisherConfig } from '../src/config.ts';
import { controlServer } from '../src/control-server.ts';
import { secretProblem } from '../src/secret.ts';
import { parseWebhook, webhookTrigger } from '../src/webhook.ts';
import { Publisher, refusal, type SiteBuilder } from '../src/publisher.ts';
import { Releases } from '../src/releases.ts';
import { untilNextNight } from '../src/nightly.ts';
import { buildLog } from '../src/build-log.ts';
import { countPages } from '../src/site-build.ts';
import { reloadCommand } from '../src/web-server-reload.ts';
import { RELEASE_LINKS_FILE, type BrokenReference, type ReleaseLinks } from '@cong/shared';
import { lostArticleImage } from '@cong/shared/testing';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cong-publisher-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A site of `pages` pages whose every page says which build wrote it. */
function fakeSite(pages: () => number, builds: string[] = []): SiteBuilder {
  return async (outDir) => {
    builds.push(outDir);
    const label = `bản ${builds.length}`;
    for (let page = 0; page < pages(); page++) {
      await mkdir(path.join(outDir, `trang-${page}`), { recursive: true });
      await writeFile(path.join(outDir, `trang-${page}`, 'index.html'), label);
    }
    await writeFile(path.join(outDir, 'index.html'), label);
    return { pages: pages() + 1 };
  };
}

const publisherWith = (build: SiteBuilder, options: Partial<ConstructorParameters<typeof Publisher>[0]> = {}) =>
  new Publisher({ releases: new Releases(root), build, debounceMs: 50, maxWaitMs: 5000, keep: 3, maxPageDrop: 0.2, ...options });

const liveHome = () => readFile(path.join(root, 'live/index.html'), 'utf8');

describe('publisher', () => {
  it('makes one build of a burst of changes, naming every change that asked for it', async () => {
    const builds: string[] = [];
    const publisher = publisherWith(fakeSite(() => 3, builds));
    publisher.request('entry.publish api::article.article');
    publisher.request('entry.update api::comment.comment');
    publisher.request('entry.publish api::article.article');
    await publisher.settled();
    expect(builds).toHaveLength(1);
    const status = await publisher.status();
    expect(status.lastAttempt).toMatchObject({ outcome: 'published', pages: 4 });
    expect(status.lastAttempt!.triggers.sort()).toEqual(['entry.publish api::article.article', 'entry.update api::comment.comment']);
    expect(status.live?.id).toBe(status.lastAttempt!.id);
    expect(await liveHome()).toBe('bản 1');
  });

  it('builds once more after the build under way when a change comes in during it', async () => {
    const builds: string[] = [];
    let release!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const underWay = new Promise<void>((resolve) => (started = resolve));
    const site = fakeSite(() => 2, builds);
    const publisher = publisherWith(async (outDir) => {
      if (builds.length === 0) {
        started();
        await gate;
      }
      return site(outDir);
    });
    const first = publisher.publish({ trigger: 'đầu tiên' });
    await underWay;
    publisher.request('giữa chừng 1');
    publisher.request('giữa chừng 2');
    expect((await publisher.status()).state).toBe('building');
    release();
    expect((await first).triggers).toEqual(['đầu tiên']);
    await publisher.settled();
    expect(builds).toHaveLength(2);
    expect((await publisher.status()).lastAttempt!.triggers.sort()).toEqual(['giữa chừng 1', 'giữa chừng 2']);
  });

  it('leaves the live site as it is when a build fails, says why, and removes the unfinished folder', async () => {
    let fail = false;
    const site = fakeSite(() => 2);
    const publisher = publisherWith(async (outDir) => {
      if (!fail) return site(outDir);
      await writeFile(path.join(outDir, 'index.html'), 'nửa chừng');
      throw new Error('Dựng trang thất bại: Không kết nối được CMS tại http://127.0.0.1:1337.');
    });
    const good = await publisher.publish();
    fail = true;
    const bad = await publisher.publish({ trigger: 'entry.publish api::article.article' });
    expect(bad).toMatchObject({ outcome: 'failed', reason: 'Dựng trang thất bại: Không kết nối được CMS tại http://127.0.0.1:1337.' });
    const status = await publisher.status();
    expect(status.live?.id).toBe(good.id);
    expect(status.lastPublished?.id).toBe(good.id);
    expect(await liveHome()).toBe('bản 1');
    expect(await readdir(path.join(root, 'releases'))).not.toContain(bad.id);
  });

  it('refuses a build with far fewer pages than the live site, unless told it is meant', async () => {
    let pages = 20;
    const publisher = publisherWith(fakeSite(() => pages));
    const live = await publisher.publish();
    pages = 10;
    const refused = await publisher.publish();
    expect(refused.outcome).toBe('refused');
    expect(refused.reason).toContain('Bản dựng mới chỉ có 11 trang, ít hơn 21 trang đang chạy');
    expect((await publisher.status()).live?.id).toBe(live.id);
    const forced = await publisher.publish({ force: true });
    expect(forced.outcome).toBe('published');
    expect((await publisher.status()).live?.pages).toBe(11);
  });

  it('swaps the live site in one step: a reader never finds it missing or half-written', async () => {
    const publisher = publisherWith(fakeSite(() => 1), { keep: 2 });
    await publisher.publish();
    let reading = true;
    const seen = new Set<string>();
    const reader = (async () => {
      while (reading) seen.add(await liveHome());
    })();
    for (let n = 0; n < 15; n++) await publisher.publish();
    reading = false;
    await reader;
    expect([...seen].every((text) => /^bản \d+$/.test(text))).toBe(true);
  });

  it('keeps the newest releases and rolls back to the one before, or to the one named', async () => {
    const publisher = publisherWith(fakeSite(() => 1));
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await publisher.publish()).id);
    expect((await publisher.status()).releases.map((release) => release.id)).toEqual(ids.slice(-3));
    const back = await publisher.rollback();
    expect(back).toMatchObject({ outcome: 'rolled-back', id: ids[3] });
    expect(await liveHome()).toBe('bản 4');
    await publisher.rollback(ids[4]);
    expect(await liveHome()).toBe('bản 5');
    await expect(publisher.rollback(ids[0])).rejects.toThrow(`Không có bản dựng "${ids[0]}" để quay lại.`);
  });

  it('builds from the live release and its page keys, keeps them beside each release, and builds everything when asked', async () => {
    const asked: Array<Parameters<SiteBuilder>[1]> = [];
    const site = fakeSite(() => 2);
    const publisher = publisherWith(async (outDir, options) => {
      asked.push(options);
      await mkdir(options!.infoDir!, { recursive: true });
      await writeFile(path.join(options!.infoDir!, 'pages.json'), '{}');
      return { ...(await site(outDir)), rendered: options?.base ? 1 : 3, partial: Boolean(options?.base) };
    });
    const releases = new Releases(root);
    const first = await publisher.publish();
    const second = await publisher.publish();
    const full = await publisher.publish({ full: true });
    expect(asked.map((options) => options?.base?.dir)).toEqual([undefined, releases.dir(first.id), undefined]);
    expect(asked[1]!.base!.infoDir).toBe(releases.infoDir(first.id));
    expect(asked[1]!.infoDir).toBe(releases.infoDir(second.id));
    expect(second).toMatchObject({ outcome: 'published', base: first.id, rendered: 1, pages: 3 });
    expect(full.base).toBeUndefined();
    // keep: 3, so the first release and its keys go; the others keep theirs.
    for (let n = 0; n < 3; n++) await publisher.publish();
    const kept = await readdir(path.join(root, 'releases'));
    expect(kept.filter((name) => name.endsWith('.info'))).toHaveLength(3);
    expect(kept.some((name) => name.startsWith(first.id))).toBe(false);
  });

  it('keeps of the releases it removes only the folders a kept one reaches through links, and nothing once none does', async () => {
    // As partial builds do (site/src/integrations/release.ts): the second links "trang-0/con"
    // to where the first really has it; the others link "trang-0", which holds that link.
    const releases = new Releases(root);
    const built: string[] = [];
    const publisher = publisherWith(
      async (outDir, options) => {
        built.push(path.basename(outDir));
        const links: ReleaseLinks = { folders: {} };
        const linkTo = async (folder: string) => {
          const target = await realpath(path.join(options!.base!.dir, folder));
          links.folders[folder] = path.relative(await realpath(outDir), target);
          await symlink(path.relative(path.dirname(path.join(await realpath(outDir), folder)), target), path.join(outDir, folder));
        };
        await mkdir(outDir, { recursive: true });
        if (options?.base && built.length > 2) await linkTo('trang-0');
        else {
          await mkdir(path.join(outDir, 'trang-0'));
          await writeFile(path.join(outDir, 'trang-0', 'index.html'), `trang của bản ${built.length}`);
          if (options?.base) await linkTo('trang-0/con');
          else {
            await mkdir(path.join(outDir, 'trang-0', 'con'));
            await writeFile(path.join(outDir, 'trang-0', 'con', 'index.html'), `trang con của bản ${built.length}`);
          }
        }
        await writeFile(path.join(outDir, 'index.html'), 'trang chủ');
        await mkdir(options!.infoDir!, { recursive: true });
        await writeFile(path.join(options!.infoDir!, RELEASE_LINKS_FILE), JSON.stringify(links));
        return { pages: 3 };
      },
      { keep: 1 },
    );
    const [first, second] = [await publisher.publish(), await publisher.publish()];
    for (let n = 0; n < 3; n++) await publisher.publish();
    expect(await readFile(path.join(root, 'live/trang-0/index.html'), 'utf8')).toBe('trang của bản 2');
    expect(await readFile(path.join(root, 'live/trang-0/con/index.html'), 'utf8')).toBe('trang con của bản 1');
    // Of the first two only what is linked to is left, and neither can be put live again.
    // What a release folder itself holds, its links not followed.
    const own = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true })).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
    expect(await own(releases.dir(first.id))).toEqual(['trang-0', path.join('trang-0', 'con'), path.join('trang-0', 'con', 'index.html')]);
    expect(await own(releases.dir(second.id))).toEqual(['trang-0', path.join('trang-0', 'con'), path.join('trang-0', 'index.html')]);
    expect((await releases.list()).map((release) => release.id)).not.toContain(second.id);
    await expect(publisher.rollback(first.id)).rejects.toThrow(`Không có bản dựng "${first.id}" để quay lại.`);
    const full = await publisher.publish({ full: true });
    expect(await readFile(path.join(root, 'live/trang-0/con/index.html'), 'utf8')).toBe('trang con của bản 6');
    const left = await readdir(path.join(root, 'releases'));
    expect(left.filter((name) => name.startsWith(first.id) || name.startsWith(second.id))).toEqual([]);
    expect(left.sort()).toEqual([full.id, `${full.id}.info`, `${full.id}.json`]);
  });

  it('builds everything when the live release has no page keys (built before partial builds)', async () => {
    const asked: Array<Parameters<SiteBuilder>[1]> = [];
    const site = fakeSite(() => 2);
    const publisher = publisherWith(async (outDir, options) => {
      asked.push(options);
      return site(outDir);
    });
    await publisher.publish();
    await publisher.publish();
    expect(asked.map((options) => options?.base)).toEqual([undefined, undefined]);
  });

  it('keeps with each release the files it went out without, and the status names those of the live one', async () => {
    const lost = lostArticleImage;
    let broken: BrokenReference[] = [lost];
    const site = fakeSite(() => 2);
    const publisher = publisherWith(async (outDir) => ({ ...(await site(outDir)), brokenReferences: broken }));
    const withBroken = await publisher.publish();
    expect((await publisher.status()).live).toMatchObject({ id: withBroken.id, brokenReferences: [lost] });
    broken = [];
    await publisher.publish();
    const fixed = await publisher.status();
    expect(fixed.live!.brokenReferences).toBeUndefined();
    // Only the live release's: the admin asks every few seconds.
    expect(fixed.releases.every((release) => release.brokenReferences === undefined)).toBe(true);
    await publisher.rollback();
    expect((await publisher.status()).live).toMatchObject({ id: withBroken.id, brokenReferences: [lost] });
  });

  it('has the web server read each release it puts live, and a failed reload fails no publish', async () => {
    const reloadedWith: string[] = [];
    const logged: string[] = [];
    let fails = false;
    const publisher = publisherWith(fakeSite(() => 1), {
      reload: async () => {
        reloadedWith.push(await liveHome());
        if (fails) throw new Error('nginx: [emerg] unknown directive');
      },
      log: (line) => logged.push(line),
    });
    await publisher.publish();
    await publisher.publish();
    await publisher.rollback();
    expect(reloadedWith).toEqual(['bản 1', 'bản 2', 'bản 1']);
    fails = true;
    expect((await publisher.publish()).outcome).toBe('published');
    expect(await liveHome()).toBe('bản 3');
    expect(logged.at(-1)).toMatch(/^Đã xuất bản/);
    expect(logged).toContain('Không nạp lại được máy chủ web (nginx: [emerg] unknown directive): trang mới đã lên, nhưng đơn vị và chuyển hướng của bản mới chỉ có hiệu lực khi máy chủ web được nạp lại.');
  });

  it('runs the reload command in a shell, and says what a failing one printed', async () => {
    await reloadCommand(`touch ${path.join(root, 'nap-lai')}`)();
    expect(await readdir(root)).toContain('nap-lai');
    await expect(reloadCommand('echo "không có nginx" >&2; exit 1')()).rejects.toThrow('lệnh "echo "không có nginx" >&2; exit 1" lỗi: không có nginx');
  });

  it('says so when there is nothing to roll back to', async () => {
    const publisher = publisherWith(fakeSite(() => 1));
    await publisher.publish();
    await expect(publisher.rollback()).rejects.toThrow('Không còn bản dựng nào trước bản đang chạy để quay lại.');
  });
});

describe('build lock', () => {
  it('refuses a second build while another process holds the lock, and takes over a dead one’s', async () => {
    const file = path.join(root, 'build.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    await writeFile(file, String(holder.pid));
    await expect(new BuildLock(file).hold(async () => 'built')).rejects.toThrow(`Một bản dựng khác đang chạy (tiến trình ${holder.pid})`);
    holder.kill();
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(await new BuildLock(file).hold(async () => 'built')).toBe('built');
    await expect(readFile(file)).rejects.toThrow();
  });
});

describe('what a webhook asks of the site', () => {
  it.each([
    [{ event: 'entry.publish', uid: 'api::article.article', entry: { publishedAt: '2026-11-23T08:00:00Z' } }, 'entry.publish api::article.article'],
    [{ event: 'entry.unpublish', uid: 'api::document.document', entry: { publishedAt: null } }, 'entry.unpublish api::document.document'],
    [{ event: 'entry.delete', uid: 'api::consultation.consultation', entry: {} }, 'entry.delete api::consultation.consultation'],
    [{ event: 'entry.update', uid: 'api::comment.comment', entry: { publishedAt: '2026-11-23T08:00:00Z' } }, 'entry.update api::comment.comment'],
    [{ event: 'entry.update', uid: 'api::article.article', entry: { publishedAt: null } }, null],
    [{ event: 'entry.create', uid: 'api::article.article', entry: { publishedAt: null } }, null],
    [{ event: 'entry.publish', uid: 'admin::user', entry: { publishedAt: '2026-11-23T08:00:00Z' } }, null],
    [{ event: 'media.create' }, 'media.create'],
    [{ event: 'review-workflows.updateEntryStage' }, null],
    [{}, null],
  ])('%j → %s', (body, trigger) => {
    expect(webhookTrigger(body)).toBe(trigger);
  });
});

describe('a webhook body', () => {
  it.each<[string, unknown, string | null]>([
    ['an entry published', { event: 'entry.publish', createdAt: '2026-11-23T08:00:00.000Z', model: 'article', uid: 'api::article.article', entry: { id: 1 } }, null],
    ['a file replaced', { event: 'media.update', createdAt: '2026-11-23T08:00:00.000Z', media: { id: 3, url: '/uploads/a.jpg' } }, null],
    ['the admin’s test button', { event: 'trigger-test', createdAt: '2026-11-23T08:00:00.000Z' }, null],
    ['not JSON', 'event=entry.publish', 'Nội dung webhook không phải JSON hợp lệ.'],
    ['a list', [{ event: 'entry.publish' }], 'Nội dung webhook phải là một đối tượng JSON như Strapi gửi (event, model, uid, entry…).'],
    ['null', null, 'Nội dung webhook phải là một đối tượng JSON như Strapi gửi (event, model, uid, entry…).'],
    ['no event', { model: 'article', entry: {} }, 'Webhook thiếu "event" hợp lệ (ví dụ "entry.publish").'],
    ['an event that is not a name', { event: 'entry.publish; rm -rf /' }, 'Webhook thiếu "event" hợp lệ (ví dụ "entry.publish").'],
    ['an entry event without its entry', { event: 'entry.publish', model: 'article', uid: 'api::article.article' }, 'Webhook "entry.publish" phải có "model", "uid" (chuỗi) và "entry" (đối tượng).'],
    ['an entry event with a number for uid', { event: 'entry.update', model: 'article', uid: 7, entry: {} }, 'Webhook "entry.update" phải có "model", "uid" (chuỗi) và "entry" (đối tượng).'],
    ['a media event without the file', { event: 'media.delete' }, 'Webhook "media.delete" phải có "media" (đối tượng).'],
    ['a date that is not a string', { event: 'trigger-test', createdAt: 5 }, 'Trường "createdAt" của webhook phải là chuỗi thời gian.'],
  ])('%s → %s', (_what, body, error) => {
    const parsed = parseWebhook(typeof body === 'string' ? body : JSON.stringify(body));
    if (error === null) expect(parsed).toEqual({ webhook: body });
    else expect(parsed).toEqual({ error });
  });
});

describe('the publisher’s secret', () => {
  it.each<[string, string, string | null]>([
    ['empty', '', 'PUBLISHER_SECRET chưa được đặt'],
    ['spaces', '   ', 'PUBLISHER_SECRET chưa được đặt'],
    ['short', 'matkhau123', 'PUBLISHER_SECRET quá yếu (10 ký tự)'],
    ['a run of one character', 'a'.repeat(40), 'PUBLISHER_SECRET quá yếu (40 ký tự, lặp lại vài ký tự)'],
    ['what cms/.env gets', randomBytes(24).toString('base64'), null],
    ['24 random hex digits', randomBytes(12).toString('hex'), null],
  ])('%s → %s', (_what, secret, problem) => {
    const found = secretProblem(secret);
    if (problem === null) expect(found).toBeNull();
    else {
      expect(found).toContain(problem);
      // Says what to set, and where.
      expect(found).toContain('Đặt PUBLISHER_SECRET là một chuỗi ngẫu nhiên từ 24 ký tự');
      expect(found).toContain('cms/.env');
    }
  });

  it('is required to make the API at all', () => {
    const publisher = publisherWith(fakeSite(() => 1));
    expect(() => controlServer(publisher, '')).toThrow('PUBLISHER_SECRET chưa được đặt');
  });

  it('stops `serve` before it builds or listens, saying what to set', async () => {
    const cli = path.resolve(import.meta.dirname, '../src/cli.ts');
    const failure = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [cli, 'serve'], { env: { ...process.env, PUBLISH_DIR: root, PUBLISHER_SECRET: '' } }, (error, _stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? null : 0, stderr }),
      );
    });
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('PUBLISHER_SECRET chưa được đặt: dịch vụ xuất bản không khởi động');
    expect(await readdir(root)).toEqual([]);
  });
});

describe('the publisher’s API', () => {
  const secret = randomBytes(24).toString('base64');
  let server: ReturnType<typeof controlServer>;
  let base: string;
  let publisher: Publisher;
  beforeEach(async () => {
    publisher = publisherWith(fakeSite(() => 1), { debounceMs: 60_000 });
    server = controlServer(publisher, secret);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/webhook`, { method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', ...headers }, body });

  it('schedules a build for a published entry', async () => {
    const response = await post(JSON.stringify({ event: 'entry.publish', createdAt: '2026-11-23T08:00:00.000Z', model: 'article', uid: 'api::article.article', entry: { publishedAt: '2026-11-23T08:00:00.000Z' } }));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ scheduled: true });
    expect((await publisher.status()).state).toBe('waiting');
  });

  it.each<[string, string, Record<string, string>, number, string]>([
    ['a body that is not a webhook', '{"hello":"world"}', {}, 400, 'Webhook thiếu "event" hợp lệ'],
    ['a body that is not JSON', 'event=entry.publish', {}, 400, 'không phải JSON hợp lệ'],
    ['a form', 'event=entry.publish', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415, 'Webhook phải gửi JSON'],
    ['a body past the cap', JSON.stringify({ event: 'trigger-test', padding: 'x'.repeat(1_100_000) }), {}, 413, 'Nội dung webhook quá lớn (tối đa 1 MB).'],
    ['the wrong key', '{"event":"trigger-test"}', { Authorization: 'Bearer sai' }, 401, 'PUBLISHER_SECRET'],
  ])('refuses %s, in Vietnamese, and schedules nothing', async (_what, body, headers, status, error) => {
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toContain(error);
    expect((await publisher.status()).state).toBe('idle');
  });

  it('stops reading a chunked body once it passes the cap', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const sending = request(`${base}/webhook`, { method: 'POST', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' } }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      sending.on('error', reject);
      // No Content-Length: the size shows only as it comes.
      for (let n = 0; n < 40; n++) sending.write('x'.repeat(64 * 1024));
      sending.end();
    });
    expect(status).toBe(413);
  });
});

describe('refusal', () => {
  it.each([
    [0, undefined, 'Bản dựng mới không có trang nào.'],
    [100, undefined, null],
    [81, 100, null],
    [80, 100, null],
    [79, 100, 'Bản dựng mới chỉ có 79 trang, ít hơn 100 trang đang chạy quá 20%'],
  ])('%i pages against %s live', (pages, live, expected) => {
    const reason = refusal(pages, live, 0.2);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toContain(expected);
  });
});

describe('publisher settings', () => {
  it('reads the environment, and names the setting that is wrong', () => {
    expect(publisherConfig({ PUBLISH_DIR: '/srv/cong', PUBLISH_KEEP: '7' })).toMatchObject({ root: '/srv/cong', keep: 7, controlPort: 4322, maxPageDrop: 0.2 });
    expect(() => publisherConfig({ PUBLISH_MAX_PAGE_DROP: 'nhiều' })).toThrow('PUBLISH_MAX_PAGE_DROP="nhiều" không hợp lệ: cần một số từ 0 đến 1.');
    expect(() => publisherConfig({ PUBLISHER_PORT: '0' })).toThrow('PUBLISHER_PORT="0" không hợp lệ');
  });

  it.each([
    [{}, 'localhost', null],
    [{ SITE_HOST: 'tinh.gov.vn', PUBLISH_RELOAD_COMMAND: ' systemctl reload nginx ' }, 'tinh.gov.vn', 'systemctl reload nginx'],
  ])('takes the portal’s host and the reload command from %o', (env, siteHost, reloadCommand) => {
    expect(publisherConfig(env)).toMatchObject({ siteHost, reloadCommand });
  });

  it.each(['https://tinh.gov.vn', 'tinh.gov.vn:443', 'Tinh.Gov.Vn', 'tinh..gov.vn'])('refuses SITE_HOST=%s, naming it', (host) => {
    expect(() => publisherConfig({ SITE_HOST: host })).toThrow(`SITE_HOST="${host}" không hợp lệ: cần một tên miền viết thường`);
  });
});

describe('site build output', () => {
  it('counts the HTML pages of a built site', async () => {
    await fakeSite(() => 4)(root);
    await writeFile(path.join(root, 'rss.xml'), '<rss/>');
    expect(await countPages(root)).toBe(5);
  });
});

describe('the nightly build', () => {
  it.each([
    ['2026-11-23T16:30:00Z', 35], // 23:30 in the province: at 00:05 tonight
    ['2026-11-23T17:10:00Z', 23 * 60 + 55], // 00:10: tomorrow night
    ['2026-12-31T16:59:00Z', 6], // 23:59 on New Year's Eve
  ])('from %s comes in %i minutes, at 00:05 province time', (now, minutes) => {
    expect(untilNextNight(new Date(now))).toBe(minutes * 60_000);
  });
});

describe("a build's lines in the publisher's log", () => {
  it("keeps every line but Astro's one a page, which become a count every few seconds, without Astro's UTC clock", () => {
    const logged: string[] = [];
    let clock = 0;
    const onLine = buildLog((line) => logged.push(line), { everyMs: 5000, now: () => clock });
    onLine('21:44:24 [cong:content] Đã đồng bộ nội dung từ CMS trong 0.7 giây.');
    onLine(' generating static routes');
    for (let n = 0; n < 3; n++) onLine(`21:44:26   ├─ /tin-tuc/bai-${n}/index.html (+3ms)`);
    clock = 6000;
    // Astro sometimes writes two pages' lines on one.
    onLine('21:44:31   ├─ /404.html21:44:31   ├─ /rss.xml (+23ms)');
    onLine('21:44:32   └─ /van-ban/index.html (+2ms)');
    onLine('21:44:40 [build] 6 page(s) built in 14.20s');
    expect(logged).toEqual([
      '[cong:content] Đã đồng bộ nội dung từ CMS trong 0.7 giây.',
      ' generating static routes',
      'đã dựng 5 trang…',
      '[build] 6 page(s) built in 14.20s',
    ]);
  });
});
