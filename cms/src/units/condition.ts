import type { Core } from '@strapi/strapi';
import { memberUnitIds } from './membership';

/** The condition's id, as the roles' permissions name it. */
export const UNIT_MEMBER_CONDITION = 'api::unit-member';

/**
 * The one permission condition that keeps each unit's editors to their own units (ADR 7):
 * an entry or a file matches when its unit is one the user belongs to, a unit when it is one
 * of them. It answers a query, as Strapi's own "is creator" does, so the admin applies it to
 * lists, counts, filters, relation pickers and each single entry alike. A user in no unit
 * gets nothing through it.
 */
export async function registerUnitCondition(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').conditionProvider.register({
    name: 'unit-member',
    displayName: 'Thuộc đơn vị của tôi',
    category: 'Đơn vị',
    async handler(user: { id: number; permission?: { subject?: string } }) {
      // The engine hands the permission in on the user object itself, shared by every
      // permission being evaluated: read it before waiting.
      const ofUnits = user.permission?.subject === 'api::unit.unit';
      const ids = await memberUnitIds(strapi, user);
      if (ids.length === 0) return false;
      return ofUnits ? { id: { $in: ids } } : { 'unit.id': { $in: ids } };
    },
  });
}
