import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexWhileRendering } from './index-while-rendering';
import { ShardIndexer } from './shard-indexer';

// Astro's own prerenderer, as far as the wrapper sees it: paths, and a page for each.
const page = (title: string, date: string) =>
  `<html lang="vi"><body><nav>Trình đơn</nav><article data-readable data-pagefind-body><span hidden data-pagefind-sort="date:${date}"></span><h1>${title}</h1><p>Nội dung ${title}.</p></article></body></html>`;
const paths = ['/don-vi/xa-a/tin-tuc/mot/', '/tin-tuc/hai/', '/don-vi/xa-b/tin-tuc/ba/', '/don-vi/xa-a/tin-tuc/bon/', '/rss.xml', '/tin-tuc/nam/'];

function astroPrerenderer(rendered: string[]): AstroPrerenderer {
  return {
    name: 'astro:default',
    getStaticPaths: async () => paths.map((pathname) => ({ pathname, route: {} as never })),
    render: async (request) => {
      const { pathname } = new URL(request.url);
      rendered.push(pathname);
      if (pathname.endsWith('.xml')) return new Response('<rss/>', { headers: { 'content-type': 'application/xml' } });
      return new Response(page(pathname, '2026-11-20'), { headers: { 'content-type': 'text/html' } });
    },
  };
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cong-ahead-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('indexing each site while the next ones render', () => {
  it('renders the portal’s pages first, then each unit’s, each in Astro’s order, and passes every page on unchanged', async () => {
    const rendered: string[] = [];
    const indexer = new ShardIndexer(1);
    const ahead = new IndexWhileRendering(indexer, { cacheDir: path.join(work, 'order'), base: null }, { pathsKnown: () => {}, carried: () => [] });
    const prerenderer = ahead.wrap(astroPrerenderer(rendered));
    const order = (await prerenderer.getStaticPaths()).map(({ pathname }) => pathname);
    expect(order).toEqual(['/tin-tuc/hai/', '/rss.xml', '/tin-tuc/nam/', '/don-vi/xa-a/tin-tuc/mot/', '/don-vi/xa-a/tin-tuc/bon/', '/don-vi/xa-b/tin-tuc/ba/']);
    for (const pathname of order) {
      const response = (await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never })) as Response;
      expect(await response.text()).toBe(pathname.endsWith('.xml') ? '<rss/>' : page(pathname, '2026-11-20'));
    }
    await prerenderer.teardown?.();
    await ahead.settled();
    await indexer.close();
    expect(rendered).toEqual(order);
  });

  it('has a site’s shard in the cache, with its digest, before the next site’s pages are rendered', async () => {
    const cacheDir = path.join(work, 'cache');
    const indexer = new ShardIndexer(1);
    const ahead = new IndexWhileRendering(indexer, { cacheDir, base: null }, { pathsKnown: () => {}, carried: () => [] });
    const prerenderer = ahead.wrap(astroPrerenderer([]));
    const order = (await prerenderer.getStaticPaths()).map(({ pathname }) => pathname);
    const render = (pathname: string) => prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
    for (const pathname of order.slice(0, 4)) await render(pathname);
    // The first page of xã A is started: the portal's pages are all rendered, its shard goes.
    await ahead.settled();
    expect((await readdir(cacheDir)).sort()).toEqual(['vi-2026q4', 'vi-2026q4.digest']);
    expect(await readdir(path.join(cacheDir, 'vi-2026q4/fragment'))).toHaveLength(2);
    for (const pathname of order.slice(4)) await render(pathname);
    await prerenderer.teardown?.();
    await ahead.settled();
    await indexer.close();
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.digest')).sort()).toEqual(['vi-2026q4.digest', 'vi.xa-a-2026q4.digest', 'vi.xa-b-2026q4.digest']);
    expect(await readFile(path.join(cacheDir, 'vi.xa-a-2026q4.digest'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
    expect([...ahead.rendered.keys()].sort()).toEqual(order.filter((pathname) => !pathname.endsWith('.xml')).map((pathname) => `${pathname.slice(1)}index.html`).sort());
  });

  it("renders the portal's dated pages a quarter at a time, and indexes its older shards while the newer quarters render", async () => {
    // The date each page's route knew before rendering; the rest of the portal has none known.
    const dates: Record<string, string> = {
      '/tin-tuc/q3/': '2026-08-01',
      '/tin-tuc/q1-mot/': '2026-02-10',
      '/van-ban/q2/': '2026-05-04',
      '/tin-tuc/q1-hai/': '2026-03-01',
    };
    // A page of the first quarter whose date its route did not say: rendered with the rest, last.
    const late = '/cong-bao/2026/so-1/';
    const pathnames = ['/don-vi/xa-a/tin-tuc/mot/', '/trang/gioi-thieu/', late, ...Object.keys(dates), '/rss.xml'];
    const cacheDir = path.join(work, 'quarters');
    const indexer = new ShardIndexer(1);
    // Two pages a shard, so that each quarter here is a shard of its own or shares one.
    const ahead = new IndexWhileRendering(indexer, { cacheDir, base: null }, { pathsKnown: () => {}, carried: () => [], searchDate: (pathname) => dates[pathname], maxShardPages: 2 });
    const prerenderer = ahead.wrap({
      name: 'astro:default',
      getStaticPaths: async () => pathnames.map((pathname) => ({ pathname, route: {} as never })),
      render: async (request) => {
        const { pathname } = new URL(request.url);
        if (pathname.endsWith('.xml')) return new Response('<rss/>', { headers: { 'content-type': 'application/xml' } });
        return new Response(page(pathname, dates[pathname] ?? (pathname === late ? '2026-01-15' : '2026-11-20')), { headers: { 'content-type': 'text/html' } });
      },
    });
    const order = (await prerenderer.getStaticPaths()).map(({ pathname }) => pathname);
    expect(order).toEqual(['/tin-tuc/q1-mot/', '/tin-tuc/q1-hai/', '/van-ban/q2/', '/tin-tuc/q3/', '/trang/gioi-thieu/', late, '/rss.xml', '/don-vi/xa-a/tin-tuc/mot/']);
    const render = (pathname: string) => prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
    for (const pathname of order.slice(0, 4)) await render(pathname);
    // The third quarter's page started: the first quarter's shard can no longer grow, and went;
    // the second's may still take the third's page, and waits.
    await ahead.settled();
    expect((await readdir(cacheDir)).sort()).toEqual(['vi-2026q1', 'vi-2026q1.digest']);
    for (const pathname of order.slice(4)) await render(pathname);
    await prerenderer.teardown?.();
    await ahead.settled();
    await indexer.close();
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.digest')).sort()).toEqual([
      'vi-2026q1.digest',
      'vi-2026q2-2026q3.digest',
      'vi-2026q4.digest',
      'vi.xa-a-2026q4.digest',
    ]);
    // The first quarter's shard was indexed again with the late page: a head start, never a wrong one.
    expect(await readdir(path.join(cacheDir, 'vi-2026q1/fragment'))).toHaveLength(3);
  });

  it('sends no more shards once a page failed: the build stops, and the cache keeps what it had', async () => {
    const cacheDir = path.join(work, 'failed');
    const indexer = new ShardIndexer(1);
    const ahead = new IndexWhileRendering(indexer, { cacheDir, base: null }, { pathsKnown: () => {}, carried: () => [] });
    const astro = astroPrerenderer([]);
    const prerenderer = ahead.wrap({
      ...astro,
      render: async (request, options) => {
        if (request.url.endsWith('/bon/')) throw new Error('Lỗi khi dựng trang');
        return astro.render(request, options);
      },
    });
    const order = (await prerenderer.getStaticPaths()).map(({ pathname }) => pathname);
    const render = (pathname: string) => prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
    for (const pathname of order.slice(0, 4)) await render(pathname);
    // Xã A's second page fails; Astro still tears the prerenderer down.
    await expect(render(order[4]!)).rejects.toThrow('Lỗi khi dựng trang');
    await prerenderer.teardown?.();
    await ahead.settled();
    await indexer.close();
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.digest'))).toEqual(['vi-2026q4.digest']);
  });
});
