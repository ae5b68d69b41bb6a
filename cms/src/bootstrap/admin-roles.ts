import type { Core, UID } from '@strapi/strapi';
import { editorContentTypes, moderatorReadContentTypes } from '../content/access';
import { editorReadOnlyFields } from '../content/server-owned';

const explorer = (verb: string) => `plugin::content-manager.explorer.${verb}`;


const mediaLibrary = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action, subject: null, properties: {}, conditions: [] }));

/**
 * The admin's Editor role (Biên tập viên) writes and publishes the portal's content; the
 * Moderator role (Kiểm duyệt viên) reads consultations and comments and may change only a
 * comment's moderation status. Both are brought back to exactly this on every start.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const fields = (uid: UID.ContentType) => Object.keys(strapi.contentType(uid).attributes);
  const permission = (verb: string, uid: UID.ContentType, onlyFields?: string[]) => {
    const localized = Boolean((strapi.contentType(uid).pluginOptions as any)?.i18n?.localized);
    const properties: Record<string, unknown> = {};
    const writable = verb === 'create' || verb === 'update';
    if (verb !== 'delete' && verb !== 'publish') {
      properties.fields = onlyFields ?? fields(uid).filter((field) => !writable || !editorReadOnlyFields.has(field));
    }
    if (localized) properties.locales = ['vi', 'en'];
    return { action: explorer(verb), subject: uid, properties, conditions: [] };
  };

  await syncRole(strapi, {
    code: 'cong-editor',
    name: 'Biên tập viên',
    description: 'Viết, sửa và xuất bản tin bài, văn bản, Công báo, dự thảo và trang tĩnh.',
    permissions: [
      ...editorContentTypes.flatMap((uid) =>
        ['create', 'read', 'update', 'delete', 'publish'].map((verb) => permission(verb, uid)),
      ),
      ...mediaLibrary,
    ],
  });

  await syncRole(strapi, {
    code: 'cong-moderator',
    name: 'Kiểm duyệt viên',
    description: 'Đọc dự thảo và góp ý; duyệt hoặc từ chối góp ý.',
    permissions: [
      ...moderatorReadContentTypes.map((uid) => permission('read', uid)),
      permission('update', 'api::comment.comment', ['moderationStatus']),
    ],
  });
}

async function syncRole(
  strapi: Core.Strapi,
  role: { code: string; name: string; description: string; permissions: object[] },
) {
  const roles = strapi.service('admin::role');
  const existing =
    (await roles.findOne({ code: role.code })) ??
    (await roles.create({ name: role.name, code: role.code, description: role.description }));
  // assignPermissions adds what is missing and removes what is extra: safe on every start.
  await roles.assignPermissions(existing.id, role.permissions);
}
