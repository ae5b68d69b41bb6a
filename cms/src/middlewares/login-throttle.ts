import type { Core } from '@strapi/strapi';
import { portalConfig } from '../config/portal';
import { answerError } from '../errors/answer';
import { routeFor } from '../utils/route-path';
import { slidingWindow } from '../utils/sliding-window';

/** The routes that take a password or a one-time token. */
export interface LoginThrottleConfig {
  routes: Array<{ method: string; path: string }>;
}

/**
 * Strapi allows 5 login attempts per e-mail and address every 5 minutes; guessing across many
 * accounts from one address it doesn't stop. This counts the failed attempts (any answer from
 * 400 up) of each client address across all accounts and all these routes, and past
 * LOGIN_THROTTLE_MAX in LOGIN_THROTTLE_WINDOW seconds answers 429 until the window frees up.
 * The address is the client's behind TRUSTED_PROXY_HOPS proxies (config/server.ts).
 */
export default (config: LoginThrottleConfig, { strapi }: { strapi: Core.Strapi }) => {
  const { loginThrottleMax: max, loginThrottleWindowSeconds } = portalConfig(strapi);
  const failures = slidingWindow({ max, windowMs: loginThrottleWindowSeconds * 1000 });

  return async (ctx: any, next: () => Promise<void>) => {
    if (!routeFor(config.routes, ctx.method, ctx.path)) return next();
    const client: string = ctx.request.ip;
    const wait = failures.wait(client);
    if (wait) {
      strapi.log.warn(`Đăng nhập: quá nhiều lần sai từ ${client}`);
      ctx.set('Retry-After', String(wait));
      return answerError(ctx, 429, 'RateLimitError', `Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau khoảng ${Math.ceil(wait / 60)} phút.`);
    }
    try {
      await next();
    } finally {
      if (ctx.status >= 400) failures.record(client);
    }
  };
};
