import { respondRefusal } from '../respond';

const MAX_BYTES = 64 * 1024;

/** A comment comes as JSON or a form, and is small: anything else is refused before any work. */
export default () => async (ctx: any, next: () => Promise<void>) => {
  if (!ctx.is('application/json', 'application/x-www-form-urlencoded')) {
    return respondRefusal(ctx, { status: 415, message: 'Chỉ nhận góp ý gửi từ biểu mẫu (JSON hoặc dữ liệu biểu mẫu).' });
  }
  if (Number(ctx.request.length ?? 0) > MAX_BYTES) {
    return respondRefusal(ctx, { status: 413, message: 'Góp ý quá dài để gửi một lần (tối đa 64 kB). Vui lòng rút gọn hoặc gửi thành nhiều góp ý.' });
  }
  await next();
};
