import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isUnitOwned } from '../content/access';
import { fieldError } from '../document-rules/validation-error';
import { relationTarget } from '../document-rules/relation-input';
import { adminRequest, mayActOn, type Ability } from './admin-request';
import { linkedFiles, type LinkedFile } from './linked-files';
import { memberUnitIds } from './membership';
import { provinceUnit } from './province-unit';

// The admin permission each Document Service action needs of the entries it touches.
const permissionFor: Record<string, string> = {
  create: 'plugin::content-manager.explorer.create',
  clone: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  discardDraft: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
  publish: 'plugin::content-manager.explorer.publish',
  unpublish: 'plugin::content-manager.explorer.publish',
};

type Row = { id: number; locale?: string | null; unit?: { id: number } | null };

/**
 * Keeps every entry of a unit-owned type in a unit, and every admin user to the units their
 * permissions allow, on every Document Service write (ADR 7):
 * - a create that names no unit gets one: the province's, or the editor's only unit;
 * - a new locale gets the unit of the locales it joins, and a changed unit moves every locale;
 * - the entries an action touches must be the user's before it, and still after it, inside
 *   one transaction: the admin checks an entry as stored, not the unit a write moves it to
 *   (nor a created one at all), so without this an editor could write into another unit;
 * - what the write newly links the entry to, entries and files, must be the user's to read
 *   (a clone may keep what the entry it copies had).
 * Scripts and the site's token are not admin users: only the first two apply to them.
 */
export function unitGuardMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { uid, action } = context;
    const permission = permissionFor[action];
    if (!isUnitOwned(uid) || !permission) return next();
    const params = context.params as any;
    const ability = adminRequest(strapi)?.ability ?? null;
    const check = (rows: Row[]) => ability && assertOwn(strapi, uid, ability, permission, rows);

    if (action === 'create' || action === 'update') await fillUnit(strapi, uid, action, params, ability);
    if (ability && params.documentId && action !== 'create') check(await rowsOf(strapi, uid, params.documentId));
    // For a clone, what the copied document holds: the copy may hold it too.
    const before = ability && params.documentId;
    const linkedBefore = before ? await linkedEntries(strapi, uid, params.documentId) : new Map();
    const filesBefore = before ? await linkedFiles(strapi, uid, params.documentId) : new Map();

    return strapi.db.transaction(async () => {
      const result: any = await next();
      const written = action === 'delete' ? undefined : (result?.documentId ?? params.documentId);
      // A script's write that names no unit has nothing left to do here (the importer's many).
      if (written && (ability || relationTarget(params.data?.unit))) {
        const rows = await rowsOf(strapi, uid, written);
        const moved = await keepLocalesTogether(strapi, uid, rows, params);
        if (ability) {
          check(moved ? await rowsOf(strapi, uid, written) : rows);
          assertLinksReadable(strapi, ability, linkedBefore, await linkedEntries(strapi, uid, written));
          assertFilesTheirs(strapi, ability, filesBefore, await linkedFiles(strapi, uid, written));
        }
      }
      return result;
    });
  };
}

// The db layer: the Document Service would run its middlewares, this one included, again.
function rowsOf(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<Row[]> {
  return strapi.db.query(uid).findMany({ where: { documentId }, select: ['id', 'locale'], populate: { unit: { select: ['id'] } } });
}

function assertOwn(strapi: Core.Strapi, uid: UID.ContentType, ability: Ability, permission: string, rows: Row[]): void {
  if (rows.every((row) => mayActOn(strapi, ability, permission, uid, { ...row, unit: row.unit ?? null }))) return;
  // A PolicyError: Strapi answers a plain ForbiddenError with "Forbidden", not its message.
  throw new errors.PolicyError(
    'Mục này thuộc một đơn vị mà bạn không biên tập. Bạn chỉ tạo, sửa, xuất bản và xóa được nội dung của đơn vị mình.',
  );
}

type Linked = Map<string, { model: string; entry: Row }>;

/**
 * The unit-owned entries a document's drafts link to (a document's "replaces", say), by type
 * and id. A link shows on both entries' pages: an editor may add one only to what they read.
 */
async function linkedEntries(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<Linked> {
  // Not `localizations`: the i18n plugin's own link between a document's locales.
  const relations = Object.entries(strapi.contentType(uid).attributes as Record<string, any>).filter(
    ([name, attribute]) => name !== 'localizations' && attribute.type === 'relation' && isUnitOwned(attribute.target),
  );
  const linked: Linked = new Map();
  if (relations.length === 0) return linked;
  const populate = Object.fromEntries(relations.map(([name]) => [name, { select: ['id'], populate: { unit: { select: ['id'] } } }]));
  // Drafts only: publishing links the published copy to the targets' published copies, new
  // ids for the same links.
  const drafts = strapi.contentType(uid).options?.draftAndPublish ? { publishedAt: null } : {};
  const rows = await strapi.db.query(uid).findMany({ where: { documentId, ...drafts }, select: ['id'], populate });
  for (const row of rows as any[]) {
    for (const [name, attribute] of relations) {
      for (const entry of [row[name]].flat().filter(Boolean)) linked.set(`${attribute.target}:${entry.id}`, { model: attribute.target, entry });
    }
  }
  return linked;
}

function assertLinksReadable(strapi: Core.Strapi, ability: Ability, before: Linked, after: Linked): void {
  for (const [key, { model, entry }] of after) {
    if (before.has(key)) continue;
    if (!mayActOn(strapi, ability, 'plugin::content-manager.explorer.read', model, { ...entry, unit: entry.unit ?? null })) {
      throw new errors.PolicyError('Không liên kết được tới một mục của đơn vị khác: bạn chỉ liên kết được tới nội dung bạn xem được.');
    }
  }
}

/**
 * A file the write adds to the entry must be one the editor's library shows them (their units'
 * files): else any file is reachable by its sequential id, another unit's or an unpublished one,
 * and goes out on the entry's public page. Files the entry already showed stay.
 */
function assertFilesTheirs(strapi: Core.Strapi, ability: Ability, before: Map<number, LinkedFile>, after: Map<number, LinkedFile>): void {
  for (const [id, file] of after) {
    if (before.has(id)) continue;
    if (!mayActOn(strapi, ability, 'plugin::upload.read', 'plugin::upload.file', file)) {
      throw new errors.PolicyError('Không dùng được tệp này: tệp thuộc thư viện của đơn vị khác. Hãy tải tệp lên từ máy của bạn.');
    }
  }
}

/** Fills in the unit of a write that names none, where the entry has none yet. */
async function fillUnit(strapi: Core.Strapi, uid: UID.ContentType, action: 'create' | 'update', params: any, ability: Ability | null): Promise<void> {
  const data = (params.data ??= {});
  if (relationTarget(data.unit)) return;
  if (action === 'update') {
    // An update of an existing locale keeps its unit; a new locale takes its siblings'.
    const rows = await rowsOf(strapi, uid, params.documentId);
    const unitId = rows.find((row) => row.unit)?.unit?.id;
    const thisLocale = rows.find((row) => !params.locale || row.locale === params.locale);
    if (thisLocale?.unit || !unitId) return;
    data.unit = await documentIdOfUnit(strapi, unitId);
    return;
  }
  data.unit = await defaultUnit(strapi, uid, params.locale, ability);
}

async function defaultUnit(strapi: Core.Strapi, uid: UID.ContentType, locale: string | undefined, ability: Ability | null): Promise<string> {
  const province = await provinceUnit(strapi);
  const request = adminRequest(strapi);
  // The locale too: a role's locales are a condition of its permissions (i18n).
  const localized = Boolean((strapi.contentType(uid).pluginOptions as any)?.i18n?.localized);
  const inLocale = localized ? { locale: locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale()) } : {};
  if (province && (!ability || mayActOn(strapi, ability, permissionFor.create, uid, { unit: { id: province.id }, ...inLocale }))) return province.documentId;
  const mine = request ? await memberUnitIds(strapi, request.user) : [];
  if (mine.length === 1) return documentIdOfUnit(strapi, mine[0]);
  throw fieldError('unit', 'Hãy chọn đơn vị của mục này (bạn biên tập cho nhiều đơn vị).');
}

async function documentIdOfUnit(strapi: Core.Strapi, id: number): Promise<string> {
  const unit = await strapi.db.query('api::unit.unit').findOne({ where: { id }, select: ['documentId'] });
  return unit.documentId;
}

/**
 * Strapi keeps relations per locale: after a write that set the unit, the document's other
 * locales (drafts; a published version follows its draft when published) get it too. Says
 * whether it moved any.
 */
async function keepLocalesTogether(strapi: Core.Strapi, uid: UID.ContentType, rows: Row[], params: any): Promise<boolean> {
  if (!relationTarget(params.data?.unit) || rows.length < 2) return false;
  const hasDrafts = Boolean(strapi.contentType(uid).options?.draftAndPublish);
  const written = rows.find((row) => !params.locale || row.locale === params.locale) ?? rows[0];
  const unitId = written.unit?.id;
  if (!unitId) return false;
  const drafts = await strapi.db.query(uid).findMany({
    where: { id: { $in: rows.map((row) => row.id) }, ...(hasDrafts ? { publishedAt: null } : {}) },
    select: ['id'],
    populate: { unit: { select: ['id'] } },
  });
  let moved = false;
  for (const row of drafts as Row[]) {
    if (row.unit?.id === unitId) continue;
    await strapi.db.query(uid).update({ where: { id: row.id }, data: { unit: unitId } as any });
    moved = true;
  }
  return moved;
}
