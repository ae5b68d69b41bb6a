import type { Core, Modules } from '@strapi/strapi';
import { adminRequest } from './admin-request';
import { filtersWithoutOtherUnits, keptToUnits, populateWithoutOtherUnits } from './relations-into-units';

const reads = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/**
 * A unit's editor reads through no relation into other units' entries: the filters and
 * populate of every read they make lose what would go there (relations-into-units.ts), so a
 * shared list shows no other unit's entries underneath it, and answers no question about them.
 * The admin drops most of it already, by the role's fields; this holds for any read path.
 */
export function scopedReadsMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!reads.has(context.action)) return next();
    const request = adminRequest(strapi);
    if (!request || !keptToUnits(strapi, request.ability)) return next();
    const params = context.params as any;
    if (params.filters) params.filters = filtersWithoutOtherUnits(strapi, context.uid, params.filters);
    if (params.populate) params.populate = populateWithoutOtherUnits(strapi, context.uid, params.populate);
    return next();
  };
}
