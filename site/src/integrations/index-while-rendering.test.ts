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
