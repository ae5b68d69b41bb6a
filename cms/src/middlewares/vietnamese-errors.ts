import type { Core } from '@strapi/strapi';
import { translateErrorBody, type ErrorBody } from '../errors/translate';

/**
 * Puts every REST error a citizen or editor may read into Vietnamese, after Strapi's own
 * errors middleware has shaped it; the status code and structure stay as Strapi made them.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as ErrorBody | undefined;
    if (ctx.status < 400 || !body || typeof body !== 'object' || !body.error || !ctx.path.startsWith('/api/')) return;
    ctx.body = translateErrorBody(body, contentTypeOf(strapi, ctx.path));
  };
};

// /api/articles/abc → api::article.article, to name fields by their labels.
function contentTypeOf(strapi: Core.Strapi, path: string): string | undefined {
  const segment = path.split('/')[2];
  return Object.values(strapi.contentTypes).find(
    (contentType: any) =>
      contentType.uid.startsWith('api::') &&
      (contentType.info.pluralName === segment || contentType.info.singularName === segment),
  )?.uid;
}
