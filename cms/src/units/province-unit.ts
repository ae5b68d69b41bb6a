import type { Core, UID } from '@strapi/strapi';
import { unitOwnedContentTypes } from '../content/access';

const unitUid = 'api::unit.unit';

/** The province's own unit (UBND tỉnh): the first of kind "province". */
export async function provinceUnit(strapi: Core.Strapi): Promise<{ id: number; documentId: string } | null> {
  return strapi.db.query(unitUid).findOne({ where: { kind: 'province' }, orderBy: { id: 'asc' }, select: ['id', 'documentId'] });
}

/**
 * Every portal has the province's unit, so no entry is ever of no unit: a fresh install gets a
 * placeholder named after the portal for the Center to complete; an install from before units
 * existed gets it too, and every entry it has becomes the province's.
 */
export async function ensureProvinceUnit(strapi: Core.Strapi): Promise<void> {
  let province = await provinceUnit(strapi);
  if (!province) {
    const settings = await strapi.db.query('api::site-setting.site-setting').findOne({ select: ['governingBody'] });
    const fullName = settings?.governingBody || 'Ủy ban nhân dân tỉnh';
    province = (await strapi.documents(unitUid).create({
      data: { kind: 'province', fullName, shortName: 'UBND tỉnh', hostLabel: 'tinh', status: 'active' } as any,
    })) as any;
  }
  await assignOrphans(strapi, province!.id);
}

/**
 * Links every entry of no unit to the given unit, in one statement per type through the link
 * table (a province's 150,000 entries would take minutes one by one): what the bulk importer
 * and an upgrade from before units leave.
 */
export async function assignOrphans(strapi: Core.Strapi, unitId: number): Promise<void> {
  for (const uid of unitOwnedContentTypes) {
    const meta = strapi.db.metadata.get(uid as UID.ContentType) as any;
    const link = meta.attributes.unit.joinTable;
    const entry = link.joinColumn.name as string;
    // Cast: PostgreSQL types a bare parameter in a select list as text.
    await strapi.db.connection.raw('insert into ?? (??, ??) select e.id, cast(? as integer) from ?? e where e.id not in (select ?? from ??)', [
      link.name, entry, link.inverseJoinColumn.name, unitId, meta.tableName, entry, link.name,
    ]);
  }
}
