import type { Core } from '@strapi/strapi';
import { publicContentTypes, readActions } from '../content/access';

/**
 * The Public role may find and findOne the public content types, and nothing else: every
 * other permission it holds (sign-up, upload, comments, …) is removed on each start.
 */
export async function enforcePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('Không tìm thấy vai trò Public của users-permissions.');

  const wanted = new Set(readActions(publicContentTypes));
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const held: Array<{ id: number; action: string }> = await permissions.findMany({
    where: { role: role.id },
  });

  const unwanted = held.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length) await permissions.deleteMany({ where: { id: { $in: unwanted.map((p) => p.id) } } });
  const heldActions = new Set(held.map((permission) => permission.action));
  for (const action of wanted) {
    if (!heldActions.has(action)) await permissions.create({ data: { action, role: role.id } });
  }

  // No public accounts: sign-up stays off even if someone switches it on in the admin.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
