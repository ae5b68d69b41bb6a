import { redirectPath } from './request-path.js';
import { unitOrigin, type RedirectTarget, type SiteRedirects } from './sites.js';

/** A page's address in the release: its host label ("" for the portal) and its path (`/tin-tuc/abc/`). */
export interface SiteAddress {
  host: string;
  path: string;
}

/** What an address became: another address, or gone, with the page (release-relative) saying where its content went. */
export type Successor = SiteAddress | { gone: string };

/** One reorganisation (a merger, a rename, a unit dissolved), as the CMS's units say it happened. */
export interface Reorganisation {
  /** Addresses that moved or went: the pages of a renamed or merged unit, a page renamed. */
  pages?: Array<{ from: SiteAddress; to: Successor }>;
  /** Hosts that ended: any of their paths not in `pages` goes to `to`, the successor's home, or gone. */
  hosts?: Array<{ from: string; to: Successor }>;
}

/** The path of an address as SiteRedirects keys it; a path no server could be asked for stops the build. */
function pathOf({ host, path }: SiteAddress): string {
  const key = redirectPath(path);
  if (key === null) throw new Error(`Địa chỉ chuyển hướng không hợp lệ: "${path}" (đơn vị "${host}").`);
  return key;
}
const keyOf = (address: SiteAddress) => `${address.host} ${pathOf(address)}`;
const isGone = (successor: Successor): successor is { gone: string } => 'gone' in successor;

/**
 * The redirects of successive reorganisations, applied in order, each old address (and old
 * host) pointing straight at where its content is now: one hop, never a loop. An address a
 * later step moves on follows it; one a later step removes becomes gone with that step's page;
 * an address (or host) a step moves something *to* is live from then on and redirects no more,
 * which also makes a swap of two addresses redirect neither. `siteUrl` is the portal's public
 * address (SITE_URL), whose host the units' hosts are under.
 */
export function collapseRedirects(steps: Reorganisation[], siteUrl: string): SiteRedirects {
  const pages = new Map<string, { from: SiteAddress; to: Successor }>();
  const hosts = new Map<string, Successor>();
  for (const step of steps) {
    const moved = new Map((step.pages ?? []).map((each) => [keyOf(each.from), each.to]));
    const ended = new Map((step.hosts ?? []).map((each) => [each.from, each.to]));
    // Where an address of the site before this step is after it.
    const follow = (to: Successor): Successor => (isGone(to) ? to : (moved.get(keyOf(to)) ?? ended.get(to.host) ?? to));
    for (const entry of pages.values()) entry.to = follow(entry.to);
    for (const [host, to] of hosts) hosts.set(host, follow(to));
    for (const each of step.pages ?? []) pages.set(keyOf(each.from), { from: each.from, to: each.to });
    for (const [host, to] of ended) hosts.set(host, to);
    for (const to of [...moved.values(), ...ended.values()]) {
      if (isGone(to)) continue;
      pages.delete(keyOf(to));
      hosts.delete(to.host);
    }
  }
  const target = (to: Successor): RedirectTarget => {
    if (isGone(to)) return { status: 410, page: to.gone.replace(/^\//, '') };
    const url = new URL(to.path, to.host ? unitOrigin(to.host, siteUrl) : siteUrl);
    // nginx would read a "$" in a map's value as a variable: the same address, escaped.
    return { status: 301, to: url.href.replaceAll('$', '%24') };
  };
  const redirects: SiteRedirects = { redirects: {}, formerHosts: {} };
  for (const { from, to } of [...pages.values()].sort((a, b) => keyOf(a.from).localeCompare(keyOf(b.from)))) {
    (redirects.redirects[from.host] ??= {})[pathOf(from)] = target(to);
  }
  for (const host of [...hosts.keys()].sort()) redirects.formerHosts[host] = target(hosts.get(host)!);
  return redirects;
}

/**
 * The host label ("" for the portal) and path of an absolute address on the portal's or a
 * unit's host (as `unitOrigin` makes them), or null for any other host.
 */
export function siteAddressOf(address: string, siteUrl: string): SiteAddress | null {
  const url = new URL(address);
  const portal = new URL(siteUrl);
  if (url.host === portal.host) return { host: '', path: url.pathname };
  const units = new URL(unitOrigin('x', siteUrl));
  const suffix = units.host.slice(1);
  return url.host.endsWith(suffix) && url.host.length > suffix.length ? { host: url.host.slice(0, -suffix.length), path: url.pathname } : null;
}

/**
 * A release's redirect map as the first step of the next build's: what it sends where, so the
 * build's own moves are collapsed onto it (a page that moved once and moves again is one hop).
 */
export function redirectsAsStep(previous: SiteRedirects, siteUrl: string): Reorganisation {
  const successor = (target: RedirectTarget): Successor | null =>
    target.status === 410 ? { gone: target.page } : siteAddressOf(target.to, siteUrl);
  const pages: NonNullable<Reorganisation['pages']> = [];
  for (const [host, paths] of Object.entries(previous.redirects)) {
    for (const [path, target] of Object.entries(paths)) {
      const to = successor(target);
      if (to) pages.push({ from: { host, path }, to });
    }
  }
  const hosts: NonNullable<Reorganisation['hosts']> = [];
  for (const [host, target] of Object.entries(previous.formerHosts)) {
    const to = successor(target);
    if (to) hosts.push({ from: host, to });
  }
  return { pages, hosts };
}
