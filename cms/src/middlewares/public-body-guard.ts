import { Readable } from 'node:stream';
import { readBodyUpTo } from '@cong/shared';
import { respondRefusal } from '../api/comment/respond';
import { routeFor } from '../utils/route-path';

/** The routes the public may send a body to, and how much each may send. */
export interface PublicBodyGuardConfig {
  routes: Array<{ method: string; path: string; maxBytes: number }>;
}

// What a public route accepts: the comment form's JSON, or the same form posted without
// JavaScript. Anything else (multipart above all) is refused before Strapi's body parser,
// which would otherwise write its files to the temp folder first and answer a malformed one
// with 500.
const accepted = ['application/json', 'application/x-www-form-urlencoded'];

/**
 * Runs before strapi::body. On a public route that takes a body, refuses any other type (415)
 * and any body over the route's cap however it arrives (413): a Content-Length that says more,
 * or a chunked body that turns out longer while it is read. A body within the cap is read
 * here and handed to the parser as it came.
 */
export default (config: PublicBodyGuardConfig) => async (ctx: any, next: () => Promise<void>) => {
  const route = routeFor(config.routes, ctx.method, ctx.path);
  if (!route) return next();
  if (!ctx.is(accepted)) {
    ctx.req.resume();
    return respondRefusal(ctx, { status: 415, message: 'Chỉ nhận góp ý gửi từ biểu mẫu (JSON hoặc dữ liệu biểu mẫu).' });
  }
  const tooLarge = () => {
    // The rest of the body is read and dropped, so the refusal can be answered on the connection.
    ctx.req.resume();
    respondRefusal(ctx, { status: 413, message: `Góp ý quá dài để gửi một lần (tối đa ${Math.round(route.maxBytes / 1024)} kB). Vui lòng rút gọn hoặc gửi thành nhiều góp ý.` });
  };
  const read = await readBodyUpTo(ctx.req, route.maxBytes);
  if (!read) return tooLarge();
  const body = Buffer.from(read.buffer, read.byteOffset, read.length);
  // The parser reads the request stream: give it the same bytes, with their true length.
  const replay = Object.assign(Readable.from([body]), {
    headers: { ...ctx.req.headers, 'content-length': String(body.length) },
    method: ctx.req.method,
    url: ctx.req.url,
    socket: ctx.req.socket,
  });
  delete replay.headers['transfer-encoding'];
  ctx.req = replay;
  ctx.request.req = replay;
  await next();
};
