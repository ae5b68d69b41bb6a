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
  // A role's fields never include a relation into a type the role may not read: through it
  // the admin would populate, and filter by, what lies behind it (an Editor reading every
  // citizen's e-mail through a consultation's comments).
  const fields = (uid: UID.ContentType, readable: ReadonlySet<string>) =>
    Object.entries(strapi.contentType(uid).attributes as Record<string, { type: string; target?: string }>)
      .filter(([, attribute]) => attribute.type !== 'relation' || readable.has(attribute.target!))
      .map(([name]) => name);
  const permissionsOf = (readable: ReadonlySet<string>) => (verb: string, uid: UID.ContentType, onlyFields?: string[]) => {
    const localized = Boolean((strapi.contentType(uid).pluginOptions as any)?.i18n?.localized);
    const properties: Record<string, unknown> = {};
    const writable = verb === 'create' || verb === 'update';
    if (verb !== 'delete' && verb !== 'publish') {
      properties.fields = onlyFields ?? fields(uid, readable).filter((field) => !writable || !editorReadOnlyFields.has(field));
    }
    if (localized) properties.locales = ['vi', 'en'];
    return { action: explorer(verb), subject: uid, properties, conditions: [] };
  };

  const editor = permissionsOf(new Set(editorContentTypes));
  const moderator = permissionsOf(new Set(moderatorReadContentTypes));
  await syncRole(strapi, {
    code: 'cong-editor',
    name: 'Biên tập viên',
    description: 'Viết, sửa và xuất bản tin bài, văn bản, Công báo, dự thảo và trang tĩnh.',
    permissions: [
      ...editorContentTypes.flatMap((uid) =>
        ['create', 'read', 'update', 'delete', 'publish'].map((verb) => editor(verb, uid)),
      ),
      ...mediaLibrary,
    ],
  });

  await syncRole(strapi, {
    code: 'cong-moderator',
    name: 'Kiểm duyệt viên',
    description: 'Đọc dự thảo và góp ý; duyệt hoặc từ chối góp ý.',
    permissions: [
      ...moderatorReadContentTypes.map((uid) => moderator('read', uid)),
      moderator('update', 'api::comment.comment', ['moderationStatus']),
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
