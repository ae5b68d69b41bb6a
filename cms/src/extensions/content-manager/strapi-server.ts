import type { Core, UID } from '@strapi/strapi';
import { unitOwnedContentTypes } from '../../content/access';
import { answerError } from '../../errors/answer';
import { adminRequest, mayActOn } from '../../units/admin-request';

// Plugin extensions run before Strapi exists; the controllers run once it does.
const strapiNow = () => (globalThis as any).strapi as Core.Strapi;
const owned = new Set<string>(unitOwnedContentTypes);

/** Whether the admin user behind the request may read some version of each of these documents (those that exist). */
async function readable(ctx: any, uid: string, documentIds: unknown[]): Promise<boolean> {
  const strapi = strapiNow();
  const request = adminRequest(strapi);
  if (!request || !owned.has(uid)) return true;
  const ids = documentIds.filter((id): id is string => typeof id === 'string');
  const rows = await strapi.db.query(uid as UID.ContentType).findMany({
    where: { documentId: { $in: ids } },
    select: ['documentId', 'locale'],
    populate: { unit: { select: ['id'] } },
  });
  return ids.every((id) => {
    const versions = rows.filter((row: any) => row.documentId === id);
    return versions.length === 0 || versions.some((row: any) => mayActOn(strapi, request.ability, 'plugin::content-manager.explorer.read', uid, { ...row, unit: row.unit ?? null }));
  });
}

const refusal = 'Bạn không có quyền xem mục này: nó thuộc đơn vị khác.';

/**
 * The content manager, with the routes that answer of an entry without checking it: an entry's
 * page in a locale it lacks (its other locales, with ids and times), the bulk-publish dialog's
 * validation, and the draft-relation counts. For another unit's entry, each refuses, as the
 * entry's own page does.
 */
export default (plugin: any) => {
  const controller = plugin.controllers['collection-types'];
  const guard = (name: string, documentIdsOf: (ctx: any) => unknown[]) => {
    const action = controller[name];
    controller[name] = async (ctx: any) => {
      if (!(await readable(ctx, ctx.params.model, documentIdsOf(ctx)))) return answerError(ctx, 403, 'ForbiddenError', refusal);
      return action(ctx);
    };
  };
  guard('findOne', (ctx) => [ctx.params.id]);
  guard('bulkFindForValidation', (ctx) => [ctx.request.body?.documentIds ?? []].flat());
  guard('countManyEntriesDraftRelations', (ctx) => [ctx.request.query?.documentIds ?? []].flat());
  return plugin;
};
