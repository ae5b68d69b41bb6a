import type { Core } from '@strapi/strapi';
import { portalConfig } from '../../../config/portal';
import { respondRefusal } from '../respond';

/**
 * At most COMMENT_RATE_LIMIT_MAX submissions per client address in COMMENT_RATE_LIMIT_WINDOW
 * seconds; beyond that 429 with Retry-After. Counts live in memory: one CMS process serves the
 * portal (see docs/comments.md).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { commentRateLimitMax: max, commentRateLimitWindowSeconds } = portalConfig(strapi);
  const windowMs = commentRateLimitWindowSeconds * 1000;
  const hits = new Map<string, number[]>();

  return async (ctx: any, next: () => Promise<void>) => {
    const now = Date.now();
    const client: string = ctx.request.ip;
    const recent = (hits.get(client) ?? []).filter((time) => now - time < windowMs);
    if (recent.length >= max) {
      const retryAfter = Math.ceil((recent[0]! + windowMs - now) / 1000);
      ctx.set('Retry-After', String(retryAfter));
      strapi.log.warn(`Góp ý: quá giới hạn từ ${client}`);
      return respondRefusal(ctx, {
        status: 429,
        message: `Bạn đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau khoảng ${Math.ceil(retryAfter / 60)} phút.`,
      });
    }
    recent.push(now);
    hits.set(client, recent);
    // Forget quiet clients now and then, so the map does not grow without end.
    if (hits.size > 10_000) for (const [key, times] of hits) if (now - times.at(-1)! >= windowMs) hits.delete(key);
    await next();
  };
};
