import { SITE_HEADERS_DIR } from './site-headers.js';
import { HOST_LABEL_PATTERN } from './units.js';

// One release serves the provincial portal and every component site (sở, xã), each at its own
// host (ADR 7, docs/component-sites.md). The build writes the files below into the release; the
// publisher's static server reads the JSON, deploy/nginx/ includes the nginx maps, and both
// answer by `resolveRequest` (site-routing.ts).

/** The folder of the release holding the component sites, one folder per host label: `don-vi/<label>/`. */
export const UNIT_SITES_DIR = 'don-vi';

/** Whether `label` can be a component site's host label (`xaan-binh` in `xaan-binh.tinh.gov.vn`). */
export const isHostLabel = (label: string): boolean => HOST_LABEL_PATTERN.test(label);

/** The routing files the build writes into SITE_HEADERS_DIR: the JSON the static server reads, the map entries nginx includes. */
export const SITE_ROUTING_FILES = {
  sites: `${SITE_HEADERS_DIR}/sites.json`,
  redirects: `${SITE_HEADERS_DIR}/redirects.json`,
  nginxUnits: `${SITE_HEADERS_DIR}/nginx/units.map`,
  nginxShared: `${SITE_HEADERS_DIR}/nginx/shared.map`,
  nginxRedirects: `${SITE_HEADERS_DIR}/nginx/redirects.map`,
  nginxFormerHosts: `${SITE_HEADERS_DIR}/nginx/former-hosts.map`,
} as const;

/** The portal's page listing every component site, which the page for an unknown host links to. */
export const COMPONENT_SITES_PATH = '/trang-thanh-phan/';

/**
 * The page (release-relative) a host under the portal's that is no component site is answered
 * with, 404: it says so and links to COMPONENT_SITES_PATH. "404.html" is no host label, so no
 * unit's folder can be it. Without it, the portal's 404.html.
 */
export const UNKNOWN_SITE_PAGE = `${UNIT_SITES_DIR}/404.html`;

/**
 * What every component site's host also serves from the release root, when its own folder has
 * no such file: one build makes one set of bundles, one media folder, one search index (a path
 * ending in "/" is a prefix). Not the portal's robots.txt, sitemaps or feeds: they name the
 * portal's pages, and a unit's host answers for its own (or 404).
 */
export const SHARED_ROOT_PATHS: readonly string[] = ['/_astro/', '/uploads/', '/pagefind/', '/tim-kiem/so-ky-hieu/', '/favicon.ico'];

/** `_server/sites.json`: which component sites the release holds. */
export interface SitesManifest {
  /** The host labels of the live component sites, each served from `don-vi/<label>/`. */
  units: string[];
  /** Paths every unit's host serves from the release root (SHARED_ROOT_PATHS unless the build says otherwise). */
  shared: string[];
}

/** Where an old address goes: moved for good (301 to an absolute URL), or gone (410 with a page the build rendered). */
export type RedirectTarget =
  | { status: 301; to: string }
  /** `page`: release-relative (`da-chuyen/xa-cu/index.html`), saying where the content went, with a link. */
  | { status: 410; page: string };

/**
 * `_server/redirects.json`: the old addresses of reorganisations and mergers, written by the
 * build from `collapseRedirects`, so every one is a single hop to where its content is now.
 */
export interface SiteRedirects {
  /**
   * By host label ("" for the portal), then path in `redirectPath` form (percent-decoded, no
   * trailing slash but "/", no query: `/tin-tuc/bai-cu`). A listed address is redirected
   * even when the release has a file there.
   */
  redirects: Record<string, Record<string, RedirectTarget>>;
  /** A former unit's host label → where any path on it not listed above goes: the successor's home, or gone. */
  formerHosts: Record<string, RedirectTarget>;
}

/** What a release without `_server/sites.json` is: the portal only. */
export const PORTAL_ONLY: SitesManifest = { units: [], shared: [...SHARED_ROOT_PATHS] };

/** What a release without `_server/redirects.json` redirects: nothing. */
export const NO_REDIRECTS: SiteRedirects = { redirects: {}, formerHosts: {} };

/**
 * The public address of a unit's site: the portal's (SITE_URL) with the unit's label before its
 * host. A portal on an IP address (a local build) has its units under `localhost`, which
 * browsers resolve to the same machine: `http://127.0.0.1:4321` → `http://hoason.localhost:4321`.
 */
export function unitOrigin(hostLabel: string, siteUrl: string): string {
  const url = new URL(siteUrl);
  const host = /^[\d.]+$|^\[/.test(url.hostname) ? 'localhost' : url.hostname;
  url.hostname = `${hostLabel}.${host}`;
  return url.origin;
}
