import type { Core } from '@strapi/strapi';
import { publicContentTypes } from '../content/access';
import { queryError } from '../errors/query-errors';
import { translateErrorBody, type ErrorBody } from '../errors/translate';

// The admin's content and media routes: an editor refused there (another unit's entry, a
// role's limit) reads why in Vietnamese too, whatever client made the call.
const adminContentPaths = /^\/(content-manager|upload|i18n)\//;

/**
 * Puts every REST error a citizen or editor may read into Vietnamese, after Strapi's own
 * errors middleware has shaped it; the status code and structure stay as Strapi made them.
 * A bad query parameter is said with the parameter and what it takes (errors/query-errors.ts).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    await next();
    let body = ctx.body as ErrorBody | undefined;
    if (ctx.status < 400 || !body || typeof body !== 'object' || !body.error) return;
    if (adminContentPaths.test(ctx.path)) {
      ctx.body = translateErrorBody(body, ctx.path.match(/(api::[a-z0-9-]+\.[a-z0-9-]+)/)?.[1]);
      return;
    }
    if (!ctx.path.startsWith('/api/')) return;
    const uid = contentTypeOf(strapi, ctx.path);
    // Strapi names the query in an error's details; a message alone counts only on a read,
    // whose one input is its query.
    if (uid && ctx.status === 400 && (ctx.method === 'GET' || body.error.details?.source === 'query')) {
      const described = queryError({ strapi, uid, query: ctx.query ?? {}, readable: readableBy(ctx) }, body.error);
      if (described) body = { ...body, error: { ...body.error, ...described } };
    }
    ctx.body = translateErrorBody(body, uid);
  };
};

// A token reads every type (a read-only one, the site's, reads comments too); the public reads
// only the public types, and the media their fields hold.
function readableBy(ctx: any): (uid: string) => boolean {
  if (ctx.state?.auth?.strategy?.name === 'content-api-token') return () => true;
  return (uid) => uid === 'plugin::upload.file' || (publicContentTypes as string[]).includes(uid);
}

// /api/articles/abc → api::article.article, to name fields by their labels.
function contentTypeOf(strapi: Core.Strapi, path: string): string | undefined {
  const segment = path.split('/')[2];
  return Object.values(strapi.contentTypes).find(
    (contentType: any) =>
      contentType.uid.startsWith('api::') &&
      (contentType.info.pluralName === segment || contentType.info.singularName === segment),
  )?.uid;
}
