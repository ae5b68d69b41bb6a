import { escapeHtml, UNIT_SITES_DIR } from '@cong/shared';

/** Where a unit's host serves its sitemap (the portal's is /sitemap-index.xml). */
export const UNIT_SITEMAP_PATH = '/sitemap.xml';

/** Where a unit's sitemap is in the release. */
export const unitSitemapFile = (label: string) => `${UNIT_SITES_DIR}/${label}${UNIT_SITEMAP_PATH}`;

// Not in any sitemap: a site's "not found" and "removed" pages.
const unlisted = /\/(404|da-go)\/$/;

/**
 * The pages of each unit's site, by host label, as paths on its host, from the release-relative
 * URLs of every page of the build ("/don-vi/<label>/tin-tuc/x/" → "/tin-tuc/x/"); files that
 * are not pages (feeds, robots.txt) are left out.
 */
export function unitPages(urls: Iterable<string>): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  const prefix = `/${UNIT_SITES_DIR}/`;
  for (const url of urls) {
    if (!url.startsWith(prefix) || !url.endsWith('/')) continue;
    const slash = url.indexOf('/', prefix.length);
    if (slash < 0) continue;
    const [label, page] = [url.slice(prefix.length, slash), url.slice(slash)];
    if (unlisted.test(page)) continue;
    if (!byUnit.has(label)) byUnit.set(label, []);
    byUnit.get(label)!.push(page);
  }
  return byUnit;
}

/** A unit site's sitemap (sitemaps.org 0.9): its pages at its own origin, in path order. */
export function unitSitemap(origin: string, pages: string[]): string {
  const urls = [...pages].sort().map((page) => `<url><loc>${escapeHtml(`${origin}${page}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
