import { uploadHeaders } from '@cong/shared';

/**
 * Sets the headers every file under /uploads/ is served with (@cong/shared uploadHeaders): its
 * listed type, never sniffed, and a download unless it is an image, audio or video. Outside
 * strapi::public, so they replace what that guessed from the name.
 */
export default () => async (ctx: any, next: () => Promise<void>) => {
  await next();
  if (!/^\/uploads\//i.test(ctx.path) || ctx.status >= 300) return;
  ctx.set(uploadHeaders(ctx.path));
};
