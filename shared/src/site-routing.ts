import { requestPath, withoutFolderSlash } from './request-path.js';
import { SITE_HEADERS_DIR } from './site-headers.js';
import { isHostLabel, UNIT_SITES_DIR, UNKNOWN_SITE_PAGE, type RedirectTarget, type SiteRedirects, type SitesManifest } from './sites.js';

/** What a server needs to route a request: the portal's host and the release's two routing files. */
export interface SiteRouting {
  /** The portal's host, lowercase, no port: `localhost` locally, `tinh.gov.vn` in production (SITE_HOST). */
  base: string;
  sites: SitesManifest;
  redirects: SiteRedirects;
}

/** A request as routing sees it: its Host header, its target as sent (`/a/b?c`), and the scheme it came over. */
export interface SiteRequest {
  host: string | undefined;
  target: string;
  scheme: 'http' | 'https';
}

/** An error page: the first of `pages` (release-relative) the release holds, with `status`. */
export interface SitePage {
  status: 404 | 410;
  pages: string[];
}

/** How to answer a request; deploy/nginx/ answers the same (publisher/tests/component-sites.test.ts). */
export type SiteAnswer =
  | { status: 301; location: string }
  /** The first of `files` (release-relative) that is a file, 200; when none is, `otherwise`. */
  | { status: 200; files: string[]; otherwise: SitePage }
  | SitePage
  | { status: 400 };

// The portal's own path to a unit's folder, as sent (nginx matches it against $request_uri):
// the label, then the rest of the path or the query.
const unitFolder = /^\/don-vi\/([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\/([^?]*))?(\?.*)?$/;

/**
 * Whose site a Host header names: "" for the portal, or the label of `<label>.<base>` (case and
 * port ignored, a trailing dot too, as nginx does). Any other host, or none, is the portal's:
 * nginx's first server, which answers an address by number.
 */
export function siteOfHost(host: string | undefined, base: string): { label: string; port: string } {
  const [, name = '', port = ''] = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec((host ?? '').toLowerCase()) ?? [];
  const bare = name.replace(/\.$/, '');
  const label = bare.endsWith(`.${base}`) ? bare.slice(0, -base.length - 1) : '';
  // nginx's server_name takes any [a-z0-9-]+ here; one that is no valid label is simply unknown.
  return { label: /^[a-z0-9-]+$/.test(label) ? label : '', port };
}

/**
 * How to answer `request` (docs/component-sites.md): a listed old address first (301 or 410);
 * on a unit's host its folder, then the shared root paths, else its 404 page; a former unit's
 * host its successor, an unknown one UNKNOWN_SITE_PAGE; on the portal the release root, and
 * `/don-vi/<label>/…` sent to the unit's host so no page has two addresses.
 */
export function resolveRequest(request: SiteRequest, { base, sites, redirects }: SiteRouting): SiteAnswer {
  const path = requestPath(request.target);
  if (path === null) return { status: 400 };
  const { label, port } = siteOfHost(request.host, base);
  const listed = own(own(redirects.redirects, label) ?? {}, withoutFolderSlash(path));
  if (listed) return answerOf(listed);
  const refused = path === `/${SITE_HEADERS_DIR}` || path.startsWith(`/${SITE_HEADERS_DIR}/`);
  if (label) {
    if (!sites.units.includes(label)) {
      const former = own(redirects.formerHosts, label);
      return former ? answerOf(former) : { status: 404, pages: [UNKNOWN_SITE_PAGE, '404.html'] };
    }
    const otherwise: SitePage = { status: 404, pages: [`${UNIT_SITES_DIR}/${label}/404.html`, '404.html'] };
    if (refused) return otherwise;
    const shared = sites.shared.some((each) => (each.endsWith('/') ? path.startsWith(each) : path === each));
    return { status: 200, files: candidates(`${UNIT_SITES_DIR}/${label}`, path, shared), otherwise };
  }
  const otherwise: SitePage = { status: 404, pages: ['404.html'] };
  if (path.startsWith(`/${UNIT_SITES_DIR}/`)) {
    const [, unit, rest = '', query = ''] = unitFolder.exec(request.target) ?? [];
    return unit ? { status: 301, location: `${request.scheme}://${unit}.${base}${port ? `:${port}` : ''}/${rest}${query}` } : otherwise;
  }
  return refused ? otherwise : { status: 200, files: candidates('', path, false), otherwise };
}

// A host named "constructor" is no entry of the JSON's object, whatever its prototype holds.
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The answer a redirect entry gives; a gone address shows its page, or the portal's 404 page without one. */
function answerOf(target: RedirectTarget): SiteAnswer {
  return target.status === 301 ? { status: 301, location: target.to } : { status: 410, pages: [target.page, '404.html'] };
}

/**
 * The files a path may be, in nginx's try_files order: the file, or a folder's index.html;
 * then, for a shared path, the same at the release root. Never a folder itself.
 */
function candidates(folder: string, path: string, shared: boolean): string[] {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const within = (each: string) => `${folder}${each}`.replace(/^\//, '');
  const files = [within(file), ...(path.endsWith('/') ? [] : [within(`${path}/index.html`)]), ...(shared ? [file.slice(1)] : [])];
  return [...new Set(files)];
}
