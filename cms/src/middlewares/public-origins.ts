import { respondRefusal } from '../api/comment/respond';
import { routeFor } from '../utils/route-path';

/** The public site's origins, and the routes a browser on them may call. */
export interface PublicOriginsConfig {
  origins: string[];
  routes: Array<{ method: string; path: string }>;
}

/**
 * Who may reach the CMS from a web page, in place of strapi::cors (which allowed the site's
 * origin everywhere, with credentials: a script on the site could read an admin's token).
 *
 * - CORS: only the listed public routes answer a browser on the site's origins, and never with
 *   credentials. Every other route (the admin, the content manager, the REST API) sends no CORS
 *   header at all, so no other page can read what it answers.
 * - Forms: CORS doesn't stop a plain form post from another site, so a listed route refuses any
 *   request whose Origin is not the site's, or that the browser marks as cross-site. A post
 *   with no Origin at all (an old browser, the site's form without JavaScript in one) is taken.
 */
export default (config: PublicOriginsConfig) => async (ctx: any, next: () => Promise<void>) => {
  const origin: string = ctx.get('Origin');
  const preflight = ctx.method === 'OPTIONS' && Boolean(ctx.get('Access-Control-Request-Method'));
  const route = routeFor(config.routes, preflight ? ctx.get('Access-Control-Request-Method') : ctx.method, ctx.path);
  if (!route) return next();

  const fromSite = config.origins.includes(origin);
  if (preflight) {
    ctx.vary('Origin');
    ctx.status = 204;
    if (!fromSite) return;
    ctx.set({
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': route.method,
      'Access-Control-Allow-Headers': 'Content-Type, Accept',
      'Access-Control-Max-Age': '600',
    });
    return;
  }
  const crossSite = origin ? !fromSite : ctx.get('Sec-Fetch-Site') === 'cross-site';
  if (crossSite) {
    ctx.req.resume();
    return respondRefusal(ctx, { status: 403, message: 'Góp ý chỉ gửi được từ biểu mẫu trên Cổng Thông tin điện tử.' });
  }
  ctx.vary('Origin');
  if (fromSite) ctx.set('Access-Control-Allow-Origin', origin);
  await next();
};
