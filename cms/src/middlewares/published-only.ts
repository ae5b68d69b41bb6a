import type { Core } from '@strapi/strapi';

/**
 * Only a full-access API token (the import scripts, the tests) may ask for drafts: for the
 * Public role and the site's read-only token, `?status=draft` becomes `published`.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const auth = ctx.state.auth;
    // Strapi 5.54 names the strategy 'content-api-token'; earlier 5.x 'api-token'.
    const tokenStrategy = ['api-token', 'content-api-token'].includes(auth?.strategy?.name);
    const fullAccess = tokenStrategy && auth?.credentials?.type === 'full-access';
    if (!fullAccess) {
      ctx.query.status = 'published';
      delete ctx.query.hasPublishedVersion;
    }
    await next();
  };
};
