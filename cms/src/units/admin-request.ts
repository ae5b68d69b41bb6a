import type { Core, UID } from '@strapi/strapi';

/** An admin user's ability, as Strapi's permission engine builds it for each request. */
export interface Ability {
  can(action: string, subject: unknown): boolean;
}

/** The ability and user behind the current request, when an admin user made it. */
export function adminRequest(strapi: Core.Strapi): { ability: Ability; user: { id: number } } | null {
  const state = (strapi.requestContext.get() as any)?.state;
  if (state?.auth?.strategy?.name !== 'admin' || !state.userAbility || !state.user) return null;
  return { ability: state.userAbility, user: state.user };
}

/** Whether `ability` may do `action` to this entry or file of `model` (its `unit` loaded). */
export function mayActOn(strapi: Core.Strapi, ability: Ability, action: string, model: string, entry: object): boolean {
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability, model });
  return ability.can(action, manager.toSubject(entry, model));
}

const READ = 'plugin::content-manager.explorer.read';

/**
 * The stored versions of entries, as the permission check needs them: id, locale (a role's
 * locales are a condition of its permissions) and unit, where the type has them. The db layer:
 * the Document Service would run the portal's middlewares again.
 */
export function versionsForCheck(strapi: Core.Strapi, uid: UID.ContentType, where: object): Promise<Array<Record<string, any>>> {
  const attributes = strapi.contentType(uid).attributes as Record<string, unknown>;
  return strapi.db.query(uid).findMany({
    where,
    select: ['id', 'documentId', ...(attributes.locale ? ['locale'] : [])],
    ...(attributes.unit ? { populate: { unit: { select: ['id'] } } } : {}),
  });
}

/** Whether `ability` may read this stored version of an entry (as `versionsForCheck` loads it). */
export const mayRead = (strapi: Core.Strapi, ability: Ability, uid: string, version: Record<string, any>): boolean =>
  mayActOn(strapi, ability, READ, uid, { ...version, unit: version.unit ?? null });

/**
 * Strapi, for the controllers a plugin extension wraps: the extension runs before Strapi
 * exists, the controllers once it does.
 */
export const liveStrapi = (): Core.Strapi => (globalThis as any).strapi;
