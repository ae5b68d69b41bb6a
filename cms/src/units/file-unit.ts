import type { Core } from '@strapi/strapi';
import { adminRequest, mayActOn } from './admin-request';
import { memberUnitIds } from './membership';
import { provinceUnit } from './province-unit';

const fileUid = 'plugin::upload.file';
/** What a unit's editor needs of a file to change, move or delete it. */
export const FILE_UPDATE = 'plugin::upload.assets.update';

/**
 * Every uploaded file belongs to a unit, as entries do, so the media library shows each unit's
 * editors their own files only: the province's when the uploader may use those (the Center,
 * scripts), else the uploader's first unit. A Replace keeps the file's unit.
 */
export function registerFileUnits(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [fileUid],
    async beforeCreate(event: any) {
      const data = event.params.data;
      if (data.unit) return;
      const unitId = await uploadersUnit(strapi);
      if (unitId) data.unit = unitId;
    },
  });
}

async function uploadersUnit(strapi: Core.Strapi): Promise<number | undefined> {
  const province = await provinceUnit(strapi);
  const request = adminRequest(strapi);
  if (!request) return province?.id;
  if (province && mayActOn(strapi, request.ability, FILE_UPDATE, fileUid, { unit: { id: province.id } })) return province.id;
  return (await memberUnitIds(strapi, request.user))[0];
}
