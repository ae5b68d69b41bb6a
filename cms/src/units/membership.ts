import type { Core } from '@strapi/strapi';

// A permission's condition is evaluated once per permission when the admin builds a user's
// ability, on every request: one lookup per request, not one per permission.
const unitsOfUser = new WeakMap<object, Promise<number[]>>();

/** The ids of the units an admin user edits for (their membership, `editors` on the unit). */
export function memberUnitIds(strapi: Core.Strapi, user: { id: number }): Promise<number[]> {
  let ids = unitsOfUser.get(user);
  if (!ids) {
    ids = strapi.db
      .query('api::unit.unit')
      .findMany({ where: { editors: { id: user.id } }, select: ['id'] })
      .then((rows: Array<{ id: number }>) => rows.map((row) => row.id));
    unitsOfUser.set(user, ids);
  }
  return ids;
}
