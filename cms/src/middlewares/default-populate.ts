import type { Core } from '@strapi/strapi';

/**
 * Populates what a route's readers need (set per route in its routes file) when the request
 * names no populate of its own, so the site never has to send `populate=*`.
 */
export default (config: { populate: unknown }, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.query.populate === undefined) ctx.query.populate = config.populate;
    await next();
  };
};
