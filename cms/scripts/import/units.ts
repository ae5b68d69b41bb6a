import type { Core } from '@strapi/strapi';
import { STARTER_PAGE_TEXT, type GeneratedUnit } from '@cong/shared';
import { settle } from '../db-settle.ts';
import { toBlocks } from '../seed/blocks.ts';

/** What the importer links a unit's entries to: the unit, and the agency its documents are issued by. */
export interface ImportedUnit {
  unitId: string;
  agencyId: string;
}

/**
 * Creates the generated units through the Document Service, as the admin does, so each new
 * unit gets its starter pages (cms/src/units/starter-pages.ts); those are then written with
 * the generated text and published. Idempotent: a unit already stored under its host label,
 * or under its full name (the demo's "Sở Khoa học và Công nghệ" is `sokhcn`), is kept as it
 * is, pages and all. Each unit's agency is found or made by the unit's full name. Returns
 * them by the generated host label.
 */
export async function importUnits(strapi: Core.Strapi, units: GeneratedUnit[], log: (line: string) => void): Promise<Map<string, ImportedUnit>> {
  const started = performance.now();
  const documents = (uid: string) => strapi.documents(uid as any) as any;
  const imported = new Map<string, ImportedUnit>();
  let created = 0;
  for (const [index, unit] of units.entries()) {
    const { pages, abbreviation, ...fields } = unit;
    let stored = await documents('api::unit.unit').findFirst({ filters: { $or: [{ hostLabel: unit.hostLabel }, { fullName: unit.fullName }] } });
    if (!stored) {
      stored = await documents('api::unit.unit').create({ data: { ...fields, status: 'active' } });
      created++;
      await settle(strapi);
      for (const page of pages) {
        const starter = await documents('api::page.page').findFirst({ filters: { title: page.title, unit: { documentId: stored.documentId } }, locale: 'vi', status: 'draft' });
        // Only the unit's own starter draft, untouched: an editor's text stays.
        if (starter?.body?.[0]?.children?.[0]?.text !== STARTER_PAGE_TEXT) continue;
        await documents('api::page.page').update({ documentId: starter.documentId, locale: 'vi', data: { body: toBlocks(page.body) }, status: 'published' });
        await settle(strapi);
      }
    }
    const agency =
      (await documents('api::agency.agency').findFirst({ filters: { name: unit.fullName }, locale: 'vi', status: 'draft' })) ??
      (await documents('api::agency.agency').create({ data: { name: unit.fullName, abbreviation }, locale: 'vi', status: 'published' }));
    imported.set(unit.hostLabel, { unitId: stored.documentId, agencyId: agency.documentId });
    if ((index + 1) % 10 === 0 || index + 1 === units.length) {
      log(`units: ${index + 1}/${units.length} (${created} mới, ${((index + 1) / ((performance.now() - started) / 1000)).toFixed(1)}/s)`);
    }
  }
  await settle(strapi);
  return imported;
}
