import { UNIT_SITES_DIR, unitLabel, unitOrigin as sharedUnitOrigin, type Article, type Locale, type OfUnit, type Unit } from '@cong/shared';
import { siteConfig } from '../config.ts';
import type { CollectionName } from './collections.ts';
import { articleDate, entries } from './content.ts';
import { routes } from './routes.ts';

// The portal and its component sites (NĐ 224/2026 Đ11; docs/adr/0007-component-sites.md): one
// build writes every unit's site into the release under don-vi/<label>/, served at
// <label>.<the portal's host>. Which entry is on which site is decided here only.

/** A unit's component site: the unit, where its pages are in the release and where readers find them. */
export interface UnitSite {
  unit: Unit;
  /** Its folder in the release: "/don-vi/<label>". */
  base: string;
  /** Its public address, no trailing slash: "https://<label>.<tỉnh>.gov.vn". */
  origin: string;
  /** The former units (merged, split, renamed) whose entries this site lists, with their banner. */
  formerUnits: Unit[];
}

/** The release folder of a unit's site. */
export const unitBase = (hostLabel: string) => `/${UNIT_SITES_DIR}/${hostLabel}`;

/** A unit's public address under this build's portal (`unitOrigin` of @cong/shared). */
export const unitOrigin = (hostLabel: string) => sharedUnitOrigin(hostLabel, siteConfig().siteUrl);

let sitesOnce: Promise<UnitSite[]> | undefined;
/** Every active unit's site but the province's own (the portal), in the units' order. */
export function unitSites(): Promise<UnitSite[]> {
  return (sitesOnce ??= (async () => {
    const units = await entries<Unit>('units');
    const byId = new Map(units.map((unit) => [unit.documentId, unit]));
    const live = units.filter((unit) => unit.kind !== 'province' && unit.status === 'active').sort(byOrder);
    return live.map((unit) => ({
      unit,
      base: unitBase(unit.hostLabel),
      origin: unitOrigin(unit.hostLabel),
      formerUnits: units.filter((candidate) => candidate.status !== 'active' && heirOf(candidate, byId)?.documentId === unit.documentId),
    }));
  })());
}

/** The units in their order, as the directory of component sites lists them (by kind). */
export async function allUnits(): Promise<Unit[]> {
  return [...(await entries<Unit>('units'))].sort(byOrder);
}

const byOrder = (a: Unit, b: Unit) => (a.order ?? 0) - (b.order ?? 0) || a.fullName.localeCompare(b.fullName, 'vi');

/**
 * The active unit that carries on a former one: its first successor, followed through later
 * reorganisations (a district merged into a xã that merged again). None when the chain ends in
 * no active unit, or loops.
 */
export function heirOf(unit: Unit, byId: Map<string, Unit>): Unit | undefined {
  const seen = new Set<string>();
  let current: Unit | undefined = unit;
  while (current && current.status !== 'active') {
    if (seen.has(current.documentId)) return undefined;
    seen.add(current.documentId);
    const next: string | undefined = current.successors?.[0]?.documentId;
    current = next ? byId.get(next) : undefined;
  }
  return current === unit ? undefined : current;
}

let siteByUnitOnce: Promise<Map<string, UnitSite>> | undefined;
/** Each unit's site by the unit's documentId: its own, and a former unit's heir's. */
function siteByUnit(): Promise<Map<string, UnitSite>> {
  return (siteByUnitOnce ??= unitSites().then((sites) => {
    const byUnit = new Map<string, UnitSite>();
    for (const site of sites) {
      byUnit.set(site.unit.documentId, site);
      for (const former of site.formerUnits) byUnit.set(former.documentId, site);
    }
    return byUnit;
  }));
}

/** The unit site an entry's page is on, or undefined for the portal's (the province's, or of no unit, or of a unit with no site). */
export async function siteOfEntry(entry: OfUnit): Promise<UnitSite | undefined> {
  return (await siteByUnit()).get(entry.unit?.documentId ?? '');
}

const grouped = new Map<string, Promise<Map<UnitSite | undefined, OfUnit[]>>>();
/**
 * The entries of a collection on one site: a unit's (its former units' too), or for no site
 * the portal's (the province's, and any of no unit or of a unit with no site). Grouped once a
 * build, for 120 sites over 150,000 entries.
 */
export async function entriesOnSite<T extends OfUnit>(collection: CollectionName, locale: Locale, site: UnitSite | undefined): Promise<T[]> {
  const key = `${collection}/${locale}`;
  if (!grouped.has(key)) {
    grouped.set(key, (async () => {
      const siteOfUnit = await siteByUnit();
      const groups = new Map<UnitSite | undefined, OfUnit[]>();
      for (const entry of await entries<OfUnit>(collection, locale)) {
        const at = siteOfUnit.get(entry.unit?.documentId ?? '');
        if (!groups.has(at)) groups.set(at, []);
        groups.get(at)!.push(entry);
      }
      return groups;
    })());
  }
  return ((await grouped.get(key)!).get(site) ?? []) as T[];
}

const slugsOnSite = new Map<string, Promise<Map<string, string>>>();
/**
 * The slug each static page of a site has there, by documentId. A page's slug is unique within
 * its unit (the CMS sees to that, cms/src/document-rules/slugs.ts), not across the province: a
 * page of another unit that the site also lists (a former unit's, on its successor's site; one
 * of a unit with no site, on the portal) whose slug a page there already has is at
 * "<slug>-<its unit's host label>". The site's own pages come first: they never move.
 */
export function pageSlugsOnSite(locale: Locale, site: UnitSite | undefined): Promise<Map<string, string>> {
  const key = `${locale}/${site?.unit.hostLabel ?? ''}`;
  if (!slugsOnSite.has(key)) {
    slugsOnSite.set(key, (async () => {
      const units = new Map((await entries<Unit>('units')).map((unit) => [unit.documentId, unit]));
      const pages = await entriesOnSite<OfUnit & { documentId: string; slug: string }>('pages', locale, site);
      const own = (page: OfUnit) => (site ? page.unit?.documentId === site.unit.documentId : !page.unit || units.get(page.unit.documentId)?.kind === 'province');
      const taken = new Set<string>();
      const slugs = new Map<string, string>();
      for (const page of [...pages.filter(own), ...pages.filter((page) => !own(page))]) {
        let slug = page.slug;
        const label = units.get(page.unit?.documentId ?? '')?.hostLabel;
        for (let n = 1; taken.has(slug); n++) slug = `${page.slug}-${label ?? 'trang'}${n > 1 ? `-${n}` : ''}`;
        taken.add(slug);
        slugs.set(page.documentId, slug);
      }
      return slugs;
    })());
  }
  return slugsOnSite.get(key)!;
}

/** The former unit an entry of a unit site belongs to, for its banner; none for the unit's own. */
export function formerUnitOf(entry: OfUnit, site: UnitSite | undefined): Unit | undefined {
  return site?.formerUnits.find((former) => former.documentId === entry.unit?.documentId);
}

/**
 * Each unit as search files it (unitFilterOf) and the site its entries are on: its host label,
 * or "" for the portal's. The portal's search loads a unit's index shards when the reader
 * picks the unit (a unit's site is indexed on its own).
 */
export async function sitesOfUnitFilters(): Promise<Record<string, string>> {
  const byUnit = await siteByUnit();
  return Object.fromEntries((await allUnits()).map((unit) => [unitLabel(unit), byUnit.get(unit.documentId)?.unit.hostLabel ?? '']));
}

let labelsOnce: Promise<Map<string, string>> | undefined;
/** What search files an entry under: its unit's name, a former unit's with its end date. */
export async function unitFilterOf(entry: OfUnit): Promise<string | undefined> {
  labelsOnce ??= entries<Unit>('units').then((units) => new Map(units.map((unit) => [unit.documentId, unitLabel(unit)])));
  return (await labelsOnce).get(entry.unit?.documentId ?? '');
}

/** A path of a site as the release holds it: the portal's as it is, a unit's under its folder. */
export const releasePath = (site: UnitSite | undefined, path: string) => (site ? `${site.base}${path}` : path);

/** A path of a site as readers reach it, absolute: on the portal's host or the unit's. */
export const publicUrl = (site: UnitSite | undefined, path: string) => `${site ? site.origin : siteConfig().siteUrl}${path}`;

/**
 * What every page of a unit's site shows of the site: the unit (its name in the header, its
 * contact lines in the footer) and its menu of pages. A route passes it in its props, so a
 * page's key covers it: a xã's phone number changes that xã's pages, no other site's.
 */
export interface SiteShell {
  site: UnitSite;
  menu: Array<{ slug: string; title: string; order: number }>;
}

/** The shell of a unit's site. */
export async function siteShell(site: UnitSite): Promise<SiteShell> {
  const pages = await entriesOnSite<{ slug: string; title: string; order: number; unit?: OfUnit['unit'] }>('pages', 'vi', site);
  const own = pages.filter((page) => page.unit?.documentId === site.unit.documentId);
  return { site, menu: own.map(({ slug, title, order }) => ({ slug, title, order })).sort((a, b) => a.order - b.order) };
}

/**
 * Static paths for one route of every unit's site (`src/pages/don-vi/[unit]/…`): `pathsOf`
 * gives a site's, its shell in their props (so in their keys), and each gets the unit's label.
 */
export async function eachUnitSite<P extends { params: object; props: object }>(pathsOf: (shell: SiteShell) => Promise<P[]> | P[]) {
  const all: Array<P & { params: { unit: string } }> = [];
  for (const site of await unitSites()) {
    const shell = await siteShell(site);
    for (const path of await pathsOf(shell)) all.push({ ...path, params: { ...path.params, unit: site.unit.hostLabel } });
  }
  return all;
}

/**
 * Where a link to an entry's page goes from a page of `from` (the portal when undefined): a
 * path on the same site, else the entry's site's absolute address.
 */
export async function entryHref(entry: OfUnit, path: string, from?: UnitSite): Promise<string> {
  const site = await siteOfEntry(entry);
  return site === from ? path : publicUrl(site, path);
}

/**
 * The units' articles the Center took onto the portal's home page (a unit proposes, the Center
 * decides: `onPortal`), newest first, each with its address on its unit's site.
 */
export async function articlesFromUnits(limit: number): Promise<Array<{ article: Article; href: string; source: string }>> {
  const taken: Array<{ article: Article; href: string; source: string }> = [];
  for (const site of await unitSites()) {
    for (const article of await entriesOnSite<Article>('articles', 'vi', site)) {
      if (article.onPortal) taken.push({ article, href: publicUrl(site, routes.article(article.slug)), source: site.unit.shortName ?? site.unit.fullName });
    }
  }
  return taken.sort((a, b) => articleDate(b.article).localeCompare(articleDate(a.article))).slice(0, limit);
}
