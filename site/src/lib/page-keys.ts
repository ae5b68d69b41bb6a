import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { daysLeft, type Consultation, type LegalDocument, type OfUnit } from '@cong/shared';
import { siteConfig } from '../config.ts';
import { phaseOf } from './consultations.ts';
import { entries, legalStatusOf } from './content.ts';
import { entryDigest } from './entry-digests.ts';
import { entriesOnSite, pageSlugsOnSite } from './sites.ts';
import { pageKeysOfThisBuild, type PageKeys } from './page-keys-state.ts';

// A partial build renders only the pages whose key changed since the build it starts from
// (docs/adr/0004-partial-rebuild-for-publish-to-live.md). A page's key covers everything it
// shows: the props its route passes (entries by their digest, with what the day changes of
// them: a document's legal status, a consultation's phase), and the site-wide inputs every
// page shows (settings, menus, category and tag names, the code). So a route must pass
// through its props whatever a page shows of other entries, never look it up while rendering.

/** The key of a value passed to a page: entries stand for themselves by their digest. */
export function pageKey(props: unknown): string {
  const json = JSON.stringify(props, (_key, value) => {
    const entry = entryDigest(value);
    if (!entry) return value;
    return `${entry.collection}:${entry.digest}${changesWithTheDay(entry.collection, value)}`;
  });
  return createHash('sha1').update(json ?? '').digest('base64url');
}

// What a page shows of an entry that changes with the date, not with the entry.
function changesWithTheDay(collection: string, value: object): string {
  if (collection === 'documents') return `:${legalStatusOf(value as LegalDocument)}`;
  if (collection === 'consultations') {
    const consultation = value as Consultation;
    const phase = phaseOf(consultation);
    return `:${phase}${phase === 'open' ? `:${daysLeft(consultation.closingAt)}` : ''}`;
  }
  return '';
}

let siteKeyOnce: Promise<string> | undefined;
/** The key of what every page shows: a change here renders every page. */
function siteKey(): Promise<string> {
  return (siteKeyOnce ??= (async () => {
    // Not the agencies: an entry is shown with its agency as it is now, and keyed by it (lib/content.ts).
    const sitewide = ['categories', 'tags', 'fields', 'documentTypes', 'settings'] as const;
    // Addresses pages carry (canonical links; the comment form's target) and the code itself.
    const { siteUrl, publicCmsUrl } = siteConfig();
    const parts: unknown[] = [siteUrl, publicCmsUrl, pageKeysOfThisBuild().codeVersion];
    // The province's own unit: the portal's pages are filed under its name in search. Not the
    // other units: each unit's record is in its own site's pages' props.
    parts.push((await entries<{ kind: string }>('units')).filter((unit) => unit.kind === 'province'));
    for (const locale of ['vi', 'en'] as const) {
      for (const collection of sitewide) parts.push(await entries<object>(collection, locale));
      // The portal's footer lists its static pages: their titles and order, not their text. A
      // unit's menu is in its pages' props (lib/sites.ts, SiteShell), so it renders that site only.
      // Each at its address there (a page of a unit with no site may take its unit's label).
      const slugs = await pageSlugsOnSite(locale, undefined);
      parts.push((await entriesOnSite<OfUnit & { documentId: string; title: string; order: number }>('pages', locale, undefined)).map(({ documentId, title, order }) => [slugs.get(documentId), title, order]));
    }
    return pageKey(parts);
  })());
}

let baseOnce: Promise<PageKeys | null> | undefined;
/** The keys of the build this one starts from (SITE_BASE_INFO), when there is one. */
function baseKeys(): Promise<PageKeys | null> {
  const { base } = siteConfig();
  return (baseOnce ??= base
    ? readFile(path.join(base.infoDir, 'pages.json'), 'utf8').then((text) => JSON.parse(text) as PageKeys, () => null)
    : Promise.resolve(null));
}

/**
 * A route's static paths as this build renders them: all of them, or in a partial build only
 * those whose key differs from the base build's. Every path's key is recorded, by its URL, for
 * the next build and for what the partial build removes; with `entryOf`, the entry it is the
 * page of, for where its address goes when it moves.
 */
export async function onlyChanged<P extends { props: unknown }>(paths: P[], url: (path: P) => string, entryOf?: (path: P) => string): Promise<P[]> {
  const state = pageKeysOfThisBuild();
  const [base, site] = await Promise.all([baseKeys(), siteKey()]);
  state.siteKey = site;
  state.partial = base?.siteKey === site;
  const kept: P[] = [];
  for (const entry of paths) {
    const href = url(entry);
    const key = pageKey(entry.props);
    state.pages[href] = key;
    if (entryOf) (state.entries ??= {})[href] = entryOf(entry);
    if (!state.partial || base!.pages[href] !== key) kept.push(entry);
  }
  return kept;
}
