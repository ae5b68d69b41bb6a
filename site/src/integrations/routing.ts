import { mkdir, readdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  collapseRedirects,
  NO_REDIRECTS,
  redirectsAsStep,
  SITE_ROUTING_FILES,
  siteRoutingFiles,
  sitesManifest,
  UNIT_SITES_DIR,
  type Reorganisation,
  type SiteAddress,
  type SiteRedirects,
  type Successor,
} from '@cong/shared';
import { siteConfig } from '../config.ts';
import { entries } from '../lib/content.ts';
import { pageKeysOfThisBuild, type PageKeys } from '../lib/page-keys-state.ts';
import { routes } from '../lib/routes.ts';
import { entriesOnSite, heirOf, pageSlugsOnSite, unitSites } from '../lib/sites.ts';
import type { Article, LegalDocument, OfUnit, Page, Unit } from '@cong/shared';

/**
 * Writes how the release is served by host (`_server/sites.json`, `redirects.json` and their
 * nginx maps: docs/component-sites.md), before the release integration, so in a partial build
 * they are this build's files:
 * - the live units' sites, and each site's not-found page where the server looks for it;
 * - every address the build it starts from had and this one has not: to the new address of
 *   the same entry (a slug changed, a unit merged into another), else gone (a listing's page,
 *   to its site's home); every former unit's host to its heir's home; all collapsed onto the
 *   base release's map, one hop each.
 */
export function routing(): AstroIntegration {
  return {
    name: 'cong:routing',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { siteUrl, base } = siteConfig();
        const sites = await unitSites();
        await notFoundPagesWhereServed(out, sites.map((site) => site.unit.hostLabel));

        const previousKeys = base ? await readJson<PageKeys>(path.join(base.infoDir, 'pages.json')) : null;
        const previousRedirects = base ? await readJson<SiteRedirects>(path.join(base.dir, SITE_ROUTING_FILES.redirects)) : null;
        const live = new Set(sites.map((site) => site.unit.hostLabel));
        const step = await thisBuildsMoves(previousKeys, pageKeysOfThisBuild(), live);
        const redirects = collapseRedirects([redirectsAsStep(previousRedirects ?? NO_REDIRECTS, siteUrl), step], siteUrl);
        for (const [file, text] of Object.entries(siteRoutingFiles(sitesManifest([...live]), redirects))) {
          await mkdir(path.dirname(path.join(out, file)), { recursive: true });
          await writeFile(path.join(out, file), text);
        }
        const count = Object.values(redirects.redirects).reduce((sum, paths) => sum + Object.keys(paths).length, 0);
        logger.info(`${live.size} trang thành phần; ${count} địa chỉ cũ chuyển tiếp hoặc đã gỡ, ${Object.keys(redirects.formerHosts).length} tên miền cũ.`);
      },
    },
  };
}

const readJson = <T>(file: string): Promise<T | null> => readFile(file, 'utf8').then((text) => JSON.parse(text) as T, () => null);

/** A release path as an address: `/don-vi/hoason/tin-tuc/a/` is hoason's `/tin-tuc/a/`. */
function addressOf(url: string): SiteAddress {
  const match = url.match(new RegExp(`^/${UNIT_SITES_DIR}/([^/]+)(/.*)$`));
  return match ? { host: match[1]!, path: match[2]! } : { host: '', path: url };
}

/** Where the content of a site's address that is no more went, when its entry is nowhere now. */
const gonePage = (host: string, live: Set<string>) => (live.has(host) ? `${UNIT_SITES_DIR}/${host}/da-go/index.html` : 'da-go/index.html');

async function thisBuildsMoves(previous: PageKeys | null, now: PageKeys, live: Set<string>): Promise<Reorganisation> {
  const urlOfEntry = new Map(Object.entries(now.entries ?? {}).map(([url, entry]) => [entry, url]));
  const pages: Array<{ from: SiteAddress; to: Successor }> = [];
  for (const [url, entry] of Object.entries(previous?.entries ?? {})) {
    if (url in now.pages) continue;
    const from = addressOf(url);
    const moved = urlOfEntry.get(entry);
    pages.push({ from, to: moved ? addressOf(moved) : { gone: gonePage(from.host, live) } });
  }
  // A page of no one entry (a listing's page 9 when there are 8 now) on a site still there: its home.
  for (const url of Object.keys(previous?.pages ?? {})) {
    if (url in now.pages || url in (previous?.entries ?? {})) continue;
    const from = addressOf(url);
    if (from.host === '' || live.has(from.host)) pages.push({ from, to: { host: from.host, path: '/' } });
  }
  // A former unit's entries were at the same paths on its own host (the district's site before
  // the merger): each to its page on the heir's site, exactly; a static page there may have
  // taken the former unit's label, when the heir has a page of that slug (lib/sites.ts).
  for (const site of await unitSites()) {
    const pageSlugs = await pageSlugsOnSite('vi', site);
    for (const former of site.formerUnits) {
      const own = (entry: OfUnit) => entry.unit?.documentId === former.documentId;
      const same = (path: string) => ({ path, to: path });
      const moves = [
        ...(await entriesOnSite<Article>('articles', 'vi', site)).filter(own).map((entry) => same(routes.article(entry.slug))),
        ...(await entriesOnSite<Page>('pages', 'vi', site)).filter(own).map((entry) => ({ path: routes.page(entry.slug), to: routes.page(pageSlugs.get(entry.documentId)!) })),
        ...(await entriesOnSite<LegalDocument>('documents', 'vi', site)).filter(own).map((entry) => same(routes.document(entry.slug))),
      ];
      for (const { path, to } of moves) pages.push({ from: { host: former.hostLabel, path }, to: { host: site.unit.hostLabel, path: to } });
    }
  }
  // Every former unit's host, whatever path is asked of it, to its heir's home (or gone).
  const units = await entries<Unit>('units');
  const byId = new Map(units.map((unit) => [unit.documentId, unit]));
  const hosts = units
    .filter((unit) => unit.status !== 'active' && !live.has(unit.hostLabel))
    .map((unit) => {
      const heir = heirOf(unit, byId);
      // Merged into the province itself: its entries are the portal's now.
      if (heir?.kind === 'province') return { from: unit.hostLabel, to: { host: '', path: '/' } };
      return { from: unit.hostLabel, to: heir && live.has(heir.hostLabel) ? { host: heir.hostLabel, path: '/' } : { gone: 'da-go/index.html' } };
    });
  return { pages, hosts };
}

/**
 * Astro writes a route's "404" page as `404/index.html`; the servers look for each site's as
 * `404.html` in its folder (`don-vi/<label>/404.html`, and `don-vi/404.html` for a host that is
 * no site), as for the portal's own.
 */
async function notFoundPagesWhereServed(out: string, labels: string[]): Promise<void> {
  for (const folder of [path.join(out, UNIT_SITES_DIR), ...labels.map((label) => path.join(out, UNIT_SITES_DIR, label))]) {
    const written = path.join(folder, '404', 'index.html');
    if (!(await readdir(path.dirname(written)).catch(() => null))) continue;
    await rename(written, path.join(folder, '404.html'));
    await rmdir(path.dirname(written)).catch(() => {});
  }
}
