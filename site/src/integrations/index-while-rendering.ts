import path from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { indexedPage, type IndexedPage } from '../search/indexed-page.ts';
import { siteOfPage } from '../search/shard-plan.ts';
import type { ShardPage } from './index-shard.ts';
import { fileOf } from './release.ts';
import { indexedShard, indexIntoCache, planSiteShards, type ShardStore } from './search-shards.ts';
import type { ShardIndexer } from './shard-indexer.ts';

// Documents held for sites not rendered to the end yet, at most: past it, a site's shards wait
// for the release (integrations/search.ts reads its pages back). A year of a province with its
// units holds ~50 MB at the most; ten years of the portal alone could hold ~600 MB.
const maxHeldBytes = 256 * 1024 * 1024;

interface RenderedPage {
  page: IndexedPage;
  /** What Pagefind is given of it (indexedDocument), until its shard is sent to be indexed. */
  document: Uint8Array;
}

/**
 * Indexes each site's shards as soon as the site's pages are rendered, while the next sites
 * render: Pagefind on one core, Astro on the other, instead of one after the other (rendering
 * and indexing were 1.5 R and 1.4 R of a cold build). Astro's prerenderer is wrapped
 * (`astro:build:start` offers it to integrations): its paths are put in order of site, the
 * portal's first (the most pages, indexed while the units render), and each page it renders is
 * read on its way to the file.
 *
 * Only a head start: the shards go to the cache (search-shards.ts), and integrations/search.ts,
 * once the release is whole, plans every shard again from what the release holds and takes
 * from the cache each one that is as planned, indexing what is not.
 */
export class IndexWhileRendering {
  /** Each indexed page this build rendered, by file (relative to the release). */
  readonly rendered = new Map<string, IndexedPage>();
  private readonly pages = new Map<string, Map<string, RenderedPage>>();
  /** Each site's place in the order its pages are rendered in. */
  private readonly order = new Map<string, number>();
  /** The place of the newest site a page of which was started. */
  private current = 0;
  /** Each site's pages being rendered now. */
  private readonly inFlight = new Map<string, number>();
  /** Sites no page of which will be started any more; and those whose pages were sent to be indexed. */
  private readonly passed = new Set<string>();
  private readonly done = new Set<string>();
  private readonly tooMany = new Set<string>();
  /** A page failed to render: the build stops, and no more shards are sent. */
  private failed = false;
  private readonly started: Array<Promise<void>> = [];
  private held = 0;

  constructor(
    private readonly indexer: ShardIndexer,
    private readonly store: ShardStore,
    private readonly build: {
      /** Called once the routes' paths are known (and with them whether the build is partial), before any page is rendered. */
      pathsKnown: () => void;
      /**
       * The pages of a site this build keeps from its base release without rendering them (a
       * partial build), with what they index there; [] in a full build.
       */
      carried: (site: string) => Array<{ file: string; page: IndexedPage }>;
    },
  ) {}

  /** Astro's prerenderer, its paths in order of site and each page it renders read. */
  wrap(prerenderer: AstroPrerenderer): AstroPrerenderer {
    return {
      ...prerenderer,
      name: `${prerenderer.name}+cong:search`,
      getStaticPaths: async () => {
        const paths = await prerenderer.getStaticPaths();
        this.build.pathsKnown();
        // Stable: within a site, in Astro's order (the first of two routes making one path wins).
        const order = paths.map((path) => ({ path, site: siteOfPage(fileOf(path.pathname)) }));
        order.sort((a, b) => (a.site === b.site ? 0 : a.site === '' ? -1 : b.site === '' ? 1 : a.site < b.site ? -1 : 1));
        for (const { site } of order) if (!this.order.has(site)) this.order.set(site, this.order.size);
        return order.map(({ path }) => path);
      },
      render: async (request, options) => {
        const file = fileOf(new URL(request.url).pathname);
        const site = siteOfPage(file);
        // Astro starts the paths in the order given: once a page of a later site is started, no
        // page of the sites before it will be (whether Astro renders every path, it does not say).
        const at = this.order.get(site) ?? 0;
        if (at > this.current && !this.failed) {
          for (const [other, place] of this.order) if (place < at) this.pass(other);
          this.current = at;
        }
        this.inFlight.set(site, (this.inFlight.get(site) ?? 0) + 1);
        try {
          const result = await prerenderer.render(request, options);
          const response = result instanceof Response ? result : result.response;
          if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) return result;
          // Its bytes, read once and handed on as they are (Astro writes the file from them).
          const body = new Uint8Array(await response.arrayBuffer());
          this.read(site, file, body);
          const rebuilt = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
          return result instanceof Response ? rebuilt : { ...result, response: rebuilt };
        } catch (error) {
          this.failed = true;
          throw error;
        } finally {
          this.inFlight.set(site, this.inFlight.get(site)! - 1);
          if (this.passed.has(site) && !this.failed) this.pass(site);
        }
      },
      teardown: async () => {
        await prerenderer.teardown?.();
        // Every page is written: the last sites' shards go too. Not after a page failed (Astro
        // tears down all the same): the build stops, and the cache keeps the shards it has.
        if (!this.failed) for (const site of this.order.keys()) this.pass(site);
      },
    };
  }

  /** Settles once every site's head start is indexed; rejects with the first failure. */
  async settled(): Promise<void> {
    await Promise.all(this.started);
  }

  /** No page of `site` will be started any more: once those under way are read, its shards go to be indexed. */
  private pass(site: string): void {
    this.passed.add(site);
    if (this.done.has(site) || (this.inFlight.get(site) ?? 0) > 0) return;
    this.done.add(site);
    const indexing = this.siteRendered(site);
    // Awaited by settled(); until then a failure must not count as unhandled (it would end the build unexplained).
    indexing.catch(() => {});
    this.started.push(indexing);
  }

  private read(site: string, file: string, body: Uint8Array): void {
    const indexed = indexedPage(file, body);
    if (!indexed) return;
    const { page, document } = indexed;
    this.rendered.set(file, page);
    // A page of a site already sent (Astro rendered it out of order): the release indexes it.
    if (this.tooMany.has(site) || this.done.has(site)) return;
    if (this.held + document.byteLength > maxHeldBytes) {
      // This site waits for the release: what it held is let go.
      this.tooMany.add(site);
      for (const held of this.pages.get(site)?.values() ?? []) this.held -= held.document.byteLength;
      this.pages.delete(site);
      return;
    }
    this.held += document.byteLength;
    if (!this.pages.has(site)) this.pages.set(site, new Map());
    this.pages.get(site)!.set(file, { page, document });
  }

  /** A site's pages are all rendered: its shards that are not indexed yet go to be. */
  private async siteRendered(site: string): Promise<void> {
    const rendered = this.pages.get(site) ?? new Map<string, RenderedPage>();
    this.pages.delete(site);
    // Counted as held until the site's shards are indexed (the worker may be behind the pages),
    // or at once when none needs indexing.
    let holding = 0;
    for (const { document } of rendered.values()) holding += document.byteLength;
    try {
      await this.indexSite(site, rendered);
    } finally {
      this.held -= holding;
    }
  }

  /** Plans a site's shards from its pages (those rendered, those carried from the base) and sends those not indexed yet. */
  private async indexSite(site: string, rendered: Map<string, RenderedPage>): Promise<void> {
    if (this.tooMany.has(site)) return;
    const carried = this.build.carried(site).filter(({ file }) => !rendered.has(file));
    const byLanguage = new Map<string, Array<{ file: string; page: IndexedPage }>>();
    for (const entry of [...[...rendered].map(([file, { page }]) => ({ file, page })), ...carried]) {
      if (!byLanguage.has(entry.page[0])) byLanguage.set(entry.page[0], []);
      byLanguage.get(entry.page[0])!.push(entry);
    }
    const carriedFiles = new Set(carried.map(({ file }) => file));
    const jobs: Array<Promise<void>> = [];
    for (const [language, pages] of byLanguage) {
      for (const planned of planSiteShards(language, site, pages.sort((a, b) => (a.file < b.file ? -1 : 1)))) {
        if (await indexedShard(this.store, planned)) continue;
        const shardPages: ShardPage[] = planned.files.map((file) =>
          carriedFiles.has(file) ? { sourcePath: file, file: path.join(this.store.base!.dir, file) } : { sourcePath: file, document: rendered.get(file)!.document },
        );
        const job = indexIntoCache(this.indexer, this.store, planned, language, shardPages);
        // Awaited below; until then (the next shard's checks) a failure must not count as unhandled.
        job.catch(() => {});
        jobs.push(job);
      }
    }
    await Promise.all(jobs);
  }
}
