import type { UID } from '@strapi/strapi';
import { isUnitOwned } from '../../content/access';
import { answerError } from '../../errors/answer';
import { adminRequest, liveStrapi, mayRead, versionsForCheck } from '../../units/admin-request';
import { keptToUnits, unitScopedCounts } from '../../units/homepage-counts';
import { memberUnitIds } from '../../units/membership';

/** Whether the admin user behind the request may read some version of each of these documents (those that exist). */
async function readable(uid: string, documentIds: unknown[]): Promise<boolean> {
  const strapi = liveStrapi();
  const request = adminRequest(strapi);
  if (!request || !isUnitOwned(uid)) return true;
  const ids = documentIds.filter((id): id is string => typeof id === 'string');
  const versions = await versionsForCheck(strapi, uid as UID.ContentType, { documentId: { $in: ids } });
  return ids.every((id) => {
    const ofDocument = versions.filter((version) => version.documentId === id);
    return ofDocument.length === 0 || ofDocument.some((version) => mayRead(strapi, request.ability, uid, version));
  });
}

const refusal = 'Bạn không có quyền xem mục này: nó thuộc đơn vị khác.';

/**
 * The content manager, with the routes that answer of an entry without checking it: an entry's
 * page in a locale it lacks (its other locales, with ids and times), the bulk-publish dialog's
 * validation, and the draft-relation counts. For another unit's entry, each refuses, as the
 * entry's own page does. And the home page's counts, of the editor's units' entries only.
 */
export default (plugin: any) => {
  const controller = plugin.controllers['collection-types'];
  const guard = (name: string, documentIdsOf: (ctx: any) => unknown[]) => {
    const action = controller[name];
    controller[name] = async (ctx: any) => {
      if (!(await readable(ctx.params.model, documentIdsOf(ctx)))) return answerError(ctx, 403, 'ForbiddenError', refusal);
      return action(ctx);
    };
  };
  guard('findOne', (ctx) => [ctx.params.id]);
  guard('bulkFindForValidation', (ctx) => [ctx.request.body?.documentIds ?? []].flat());
  guard('countManyEntriesDraftRelations', (ctx) => [ctx.request.query?.documentIds ?? []].flat());
  // The home page's entry counts: a unit's editor sees their units' entries counted, not every unit's.
  const homepage = plugin.services.homepage;
  plugin.services.homepage = (deps: any) => {
    const service = homepage(deps);
    const countAll = service.getCountDocuments.bind(service);
    service.getCountDocuments = async () => {
      const strapi = liveStrapi();
      const request = adminRequest(strapi);
      const kept = request && Object.keys(strapi.contentTypes).some((uid) => keptToUnits(strapi, request.ability, uid));
      return kept ? unitScopedCounts(strapi, request.ability, await memberUnitIds(strapi, request.user)) : countAll();
    };
    return service;
  };
  return plugin;
};
