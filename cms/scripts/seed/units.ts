import type { Core } from '@strapi/strapi';
import { hostLabelFor, STARTER_PAGE_TEXT } from '@cong/shared';
import { toBlocks } from './blocks.ts';
import { findOrCreate } from './find-or-create.ts';
import { settle } from '../db-settle.ts';
import type { Tally } from './tally.ts';
import units from './data/units.json' with { type: 'json' };

type Ids = Map<string, string>;
const unitUid = 'api::unit.unit';

/** A demo unit as data/units.json writes it: the unit's fields, its pages and articles. */
type UnitFixture = (typeof units)[number] & {
  hostLabel?: string;
  parent?: string;
  successors?: string[];
  editor?: string;
  pages?: Array<{ title: string; order: number; summary: string; body: string[]; leaders?: Array<Record<string, string>> }>;
  articles?: Array<{ title: string; date: string; summary: string; body: string[]; proposedForPortal?: boolean; onPortal?: boolean }>;
};

/** The demo units' host labels, by the e-mail of the editor each is given to. */
export const demoUnitEditors = new Map(
  (units as UnitFixture[]).filter((unit) => unit.editor).map((unit) => [unit.editor!, unit.hostLabel ?? hostLabelFor(unit.fullName)]),
);

/**
 * The demo province's units: the province itself (whose placeholder, made at the CMS's first
 * start, gets the details it lacks), three sở, three xã and phường, and a former district
 * merged into a xã, each with its pages and news. Returns the units' documentIds by label.
 */
export async function seedUnits(strapi: Core.Strapi, tally: Tally, categoryIds: Ids): Promise<Ids> {
  const ids: Ids = new Map();
  const documents = strapi.documents(unitUid) as any;
  for (const { pages = [], articles = [], parent, successors, editor: _editor, ...row } of units as UnitFixture[]) {
    const hostLabel = row.hostLabel ?? hostLabelFor(row.fullName);
    const fields = { ...row, hostLabel, ...(parent && { parent: ids.get(parent) }), ...(successors && { successors: successors.map((label) => ids.get(label)) }) };
    const existing = await documents.findFirst({ filters: row.kind === 'province' ? { kind: 'province' } : { hostLabel } });
    let unit = existing;
    if (!existing) unit = await documents.create({ data: fields });
    else {
      // Only what is still empty: an operator's edits stay.
      const missing = Object.fromEntries(Object.entries(fields).filter(([name]) => existing[name] == null || existing[name] === ''));
      if (Object.keys(missing).length) await documents.update({ documentId: existing.documentId, data: missing });
    }
    tally.add(unitUid, !existing);
    ids.set(hostLabel, unit.documentId);
    if (row.kind === 'province') continue;

    for (const page of pages) await seedUnitPage(strapi, tally, unit.documentId, page);
    for (const article of articles) {
      await findOrCreate(strapi, tally, 'api::article.article', { title: article.title }, () => ({
        title: article.title,
        summary: article.summary,
        body: toBlocks(article.body),
        category: categoryIds.get('Tin trong tỉnh'),
        source: row.shortName,
        displayDate: new Date(`${article.date}T08:00:00+07:00`).toISOString(),
        // Proposed by the unit for the portal's home page, and (some) taken there by the Center.
        proposedForPortal: article.proposedForPortal ?? false,
        onPortal: article.onPortal ?? false,
        unit: unit.documentId,
      }), { locale: 'vi' });
    }
  }
  return ids;
}

/**
 * One of a unit's pages: written over the unit's starter draft of that title (made with the
 * unit, cms/src/units/starter-pages.ts) and published; left alone once it says anything else.
 */
async function seedUnitPage(strapi: Core.Strapi, tally: Tally, unit: string, page: NonNullable<UnitFixture['pages']>[number]) {
  const pages = strapi.documents('api::page.page') as any;
  const existing = await pages.findFirst({ filters: { title: page.title, unit: { documentId: unit } }, locale: 'vi', status: 'draft' });
  const starter = existing?.body?.[0]?.children?.[0]?.text === STARTER_PAGE_TEXT;
  tally.add('api::page.page', !existing || starter);
  if (existing && !starter) return;
  const data = { ...page, body: toBlocks(page.body), unit };
  if (existing) await pages.update({ documentId: existing.documentId, locale: 'vi', data, status: 'published' });
  else await pages.create({ data, locale: 'vi', status: 'published' });
  await settle(strapi);
}
