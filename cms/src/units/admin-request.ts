import type { Core } from '@strapi/strapi';

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
