import type { Core } from '@strapi/strapi';
import { portalConfig } from '../../../config/portal';
import { slidingWindow } from '../../../utils/sliding-window';
import { respondRefusal } from '../respond';

/**
 * At most COMMENT_RATE_LIMIT_MAX submissions per client address in COMMENT_RATE_LIMIT_WINDOW
 * seconds; beyond that 429 with Retry-After. The address is the client's behind
 * TRUSTED_PROXY_HOPS proxies (config/server.ts), never one the client wrote itself.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { commentRateLimitMax: max, commentRateLimitWindowSeconds } = portalConfig(strapi);
  const window = slidingWindow({ max, windowMs: commentRateLimitWindowSeconds * 1000 });

  return async (ctx: any, next: () => Promise<void>) => {
    const client: string = ctx.request.ip;
    const wait = window.wait(client);
    if (wait) {
      ctx.set('Retry-After', String(wait));
      strapi.log.warn(`Góp ý: quá giới hạn từ ${client}`);
      return respondRefusal(ctx, {
        status: 429,
        message: `Bạn đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau khoảng ${Math.ceil(wait / 60)} phút.`,
      });
    }
    window.record(client);
    await next();
  };
};
