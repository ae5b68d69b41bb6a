import { redirectPath } from './request-path.js';
import type { RedirectTarget, SiteRedirects } from './sites.js';

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
  const base = new URL(siteUrl);
  const target = (to: Successor): RedirectTarget => {
    if (isGone(to)) return { status: 410, page: to.gone.replace(/^\//, '') };
    const url = new URL(to.path, base);
    if (to.host) url.hostname = `${to.host}.${base.hostname}`;
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
