import type { Core, Modules } from '@strapi/strapi';
import { STARTER_PAGE_TEXT, starterPages, type UnitKind } from '@cong/shared';

/**
 * Creating a unit is one admin action that gives it its site: with the unit, in one
 * transaction, come its starter pages (shared/src/units.ts), as drafts in that unit for its
 * editors to fill and publish. Its menu is its pages; its site is built once one is published.
 * A unit created as already reorganised (an old district, kept for its entries) gets none.
 */
export function starterPagesMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== 'api::unit.unit' || context.action !== 'create') return next();
    return strapi.db.transaction(async () => {
      const unit: any = await next();
      if (unit?.kind === 'province' || (unit?.status && unit.status !== 'active')) return unit;
      for (const [index, title] of starterPages(unit.kind as UnitKind).entries()) {
        await strapi.documents('api::page.page').create({
          locale: 'vi',
          data: {
            title,
            order: index + 1,
            body: [{ type: 'paragraph', children: [{ type: 'text', text: STARTER_PAGE_TEXT }] }],
            unit: unit.documentId,
          } as any,
        });
      }
      return unit;
    });
  };
}
