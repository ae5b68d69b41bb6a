import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { isUnitOwned } from '../content/access';
import { mayActOn, type Ability } from './admin-request';

const READ = 'plugin::content-manager.explorer.read';

export interface DocumentCounts {
  draft: number;
  published: number;
  modified: number;
}

/** Whether the user reads only their units' entries of a type (a unit's editor), not every unit's (the Center). */
export const keptToUnits = (strapi: Core.Strapi, ability: Ability, uid: string): boolean =>
  // A locale the portal has: every role but the super admin's is kept to locales too.
  isUnitOwned(uid) && ability.can(READ, uid) && !mayActOn(strapi, ability, READ, uid, { unit: null, locale: 'vi' });

/**
 * The admin home page's entry counts (content manager's `homepage/count-documents`, the
 * "Entries" chart) as a unit's editor may see them: of the types they read, each entry once,
 * as draft, published or modified, as Strapi counts them, but only their units' entries of a
 * unit's type. Strapi counts every row of every table the user reads any of.
 */
export async function unitScopedCounts(strapi: Core.Strapi, ability: Ability, unitIds: number[]): Promise<DocumentCounts> {
  const knex = strapi.db.connection;
  const counts: DocumentCounts = { draft: 0, published: 0, modified: 0 };
  const readable = (Object.keys(strapi.contentTypes) as UID.ContentType[]).filter(
    (uid) => uid.startsWith('api::') && (strapi.contentTypes[uid] as any).pluginOptions?.['content-manager']?.visible !== false && ability.can(READ, uid),
  );
  for (const uid of readable) {
    const meta = strapi.db.metadata.get(uid) as any;
    let rows = knex(meta.tableName);
    if (keptToUnits(strapi, ability, uid)) {
      const link = meta.attributes.unit.joinTable;
      rows = rows.whereIn('id', knex(link.name).select(link.joinColumn.name).whereIn(link.inverseJoinColumn.name, unitIds));
    }
    // The units themselves: a unit's editor reads their own (its condition), not how many there are.
    if (uid === 'api::unit.unit') rows = rows.whereIn('id', unitIds);
    if (!contentTypes.hasDraftAndPublish(strapi.contentTypes[uid])) {
      const { count } = (await rows.countDistinct('document_id as count').first()) ?? {};
      counts.published += Number(count) || 0;
      continue;
    }
    // Each document in one bucket, as Strapi's own count does.
    const classified = rows.select('document_id').select(
      knex.raw(`CASE
        WHEN MAX(CASE WHEN published_at IS NOT NULL THEN 1 ELSE 0 END) = 0 THEN 'draft'
        WHEN MAX(CASE WHEN published_at IS NULL THEN updated_at END) = MAX(CASE WHEN published_at IS NOT NULL THEN updated_at END) THEN 'published'
        ELSE 'modified'
      END AS bucket`),
    ).groupBy('document_id');
    const found = await knex
      .from(classified.as('classified'))
      .select(knex.raw(`COUNT(CASE WHEN bucket = 'draft' THEN 1 END) AS draft, COUNT(CASE WHEN bucket = 'published' THEN 1 END) AS published, COUNT(CASE WHEN bucket = 'modified' THEN 1 END) AS modified`))
      .first();
    counts.draft += Number(found?.draft) || 0;
    counts.published += Number(found?.published) || 0;
    counts.modified += Number(found?.modified) || 0;
  }
  return counts;
}
