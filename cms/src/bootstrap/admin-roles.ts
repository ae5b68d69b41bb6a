import type { Core, UID } from '@strapi/strapi';
import {
  editorContentTypes,
  moderatorReadContentTypes,
  unitEditorContentTypes,
  unitEditorReadOnlyContentTypes,
} from '../content/access';
import { editorReadOnlyFields, unitEditorReadOnlyFields } from '../content/server-owned';
import { UNIT_MEMBER_CONDITION } from '../units/condition';
import { leadsIntoOtherUnits } from '../units/relations-into-units';

const explorer = (verb: string) => `plugin::content-manager.explorer.${verb}`;

const mediaActions = (conditions: string[]) =>
  [
    'plugin::upload.read',
    'plugin::upload.assets.update',
    'plugin::upload.assets.download',
    'plugin::upload.assets.copy-link',
  ].map((action) => ({ action, subject: null, properties: {}, conditions }));
// Uploading has no file to hold a condition against: the upload's unit is set on the way in
// (units/file-unit.ts). The library's view settings are the whole portal's.
const uploadAction = { action: 'plugin::upload.assets.create', subject: null, properties: {}, conditions: [] };
const configureView = { action: 'plugin::upload.configure-view', subject: null, properties: {}, conditions: [] };

/**
 * The admin's Editor role (Biên tập viên, the Information Center's) writes and publishes every
 * unit's content and keeps the units; the unit Editor role (Biên tập viên đơn vị) does the same
 * for the entries and files of the units they belong to only, and reads the shared lists; the
 * Moderator role (Kiểm duyệt viên) reads consultations and comments and may change only a
 * comment's moderation status. All three are brought back to exactly this on every start.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  // A role's fields never include a relation into a type the role may not read: through it
  // the admin would populate, and filter by, what lies behind it (an Editor reading every
  // citizen's e-mail through a consultation's comments).
  // For a unit's editor, the same of other units' entries: the admin applies the unit
  // condition to the list asked for, not to what it populates or filters through underneath,
  // so no relation may lead into unit-owned entries but one the editor's own entry holds and
  // sets itself (a document's "replaces"): not a shared list's (a category's articles) nor an
  // inverse one others set (a document's "replacedBy").
  type Relation = { type: string; target?: string; mappedBy?: string };
  const intoOtherUnits = (uid: UID.ContentType, attribute: Relation) => leadsIntoOtherUnits(uid, attribute);
  const fields = (uid: UID.ContentType, readable: ReadonlySet<string>, keptToUnits: boolean) =>
    Object.entries(strapi.contentType(uid).attributes as Record<string, Relation>)
      .filter(([, attribute]) => attribute.type !== 'relation' || (readable.has(attribute.target!) && !(keptToUnits && intoOtherUnits(uid, attribute))))
      .map(([name]) => name);
  const permissionsOf = (
    readable: ReadonlySet<string>,
    conditionsOf: (uid: UID.ContentType) => string[] = () => [],
    readOnly: ReadonlySet<string> = editorReadOnlyFields,
    keptToUnits = false,
  ) => (verb: string, uid: UID.ContentType, onlyFields?: string[]) => {
    const localized = Boolean((strapi.contentType(uid).pluginOptions as any)?.i18n?.localized);
    const properties: Record<string, unknown> = {};
    const writable = verb === 'create' || verb === 'update';
    if (verb !== 'delete' && verb !== 'publish') {
      properties.fields = onlyFields ?? fields(uid, readable, keptToUnits).filter((field) => !writable || !readOnly.has(field));
    }
    if (localized) properties.locales = ['vi', 'en'];
    return { action: explorer(verb), subject: uid, properties, conditions: conditionsOf(uid) };
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
      ...mediaActions([]),
      uploadAction,
      configureView,
    ],
  });

  const ownUnits = [UNIT_MEMBER_CONDITION];
  const unitEditor = permissionsOf(
    new Set([...unitEditorContentTypes, ...unitEditorReadOnlyContentTypes]),
    (uid) => (unitEditorContentTypes.includes(uid) || uid === 'api::unit.unit' ? ownUnits : []),
    unitEditorReadOnlyFields,
    true,
  );
  await syncRole(strapi, {
    code: 'cong-unit-editor',
    name: 'Biên tập viên đơn vị',
    description: 'Viết, sửa và xuất bản tin bài, văn bản, dự thảo và trang của các đơn vị mình thuộc về, không gì của đơn vị khác.',
    permissions: [
      ...unitEditorContentTypes.flatMap((uid) =>
        ['create', 'read', 'update', 'delete', 'publish'].map((verb) => unitEditor(verb, uid)),
      ),
      ...unitEditorReadOnlyContentTypes.map((uid) => unitEditor('read', uid)),
      ...mediaActions(ownUnits),
      uploadAction,
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
