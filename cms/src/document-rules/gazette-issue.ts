import { gazetteIssueTitle } from '@cong/shared';
import type { WriteContext } from './context';
import { fieldError } from './validation-error';

const uid = 'api::gazette-issue.gazette-issue';

/** Issue numbers run per year: one issue per number and year, in its publication year. */
export async function gazetteIssueRules(ctx: WriteContext): Promise<void> {
  delete ctx.data.numberingWarning;
  const number = ctx.value('number');
  const year = ctx.value('year');
  const publicationDate: string | undefined = ctx.value('publicationDate');
  if (year && publicationDate && Number(publicationDate.slice(0, 4)) !== Number(year)) {
    throw fieldError('year', `Năm của số Công báo (${year}) phải trùng với năm xuất bản (${publicationDate.slice(0, 4)}).`);
  }
  if (number && year) {
    const where: Record<string, unknown> = { number, year };
    if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
    if ((await ctx.strapi.db.query(uid).count({ where })) > 0) {
      throw fieldError('number', `Số Công báo ${number} năm ${year} đã có. Mỗi số chỉ được dùng một lần trong năm.`);
    }
    if (!ctx.value('title')) ctx.data.title = gazetteIssueTitle({ number, year });
    ctx.data.numberingWarning = await gapWarning(ctx, Number(number), Number(year));
  }
}

/** A note when numbers before this one are missing in its year (a gap is allowed, but suspicious). */
async function gapWarning(ctx: WriteContext, number: number, year: number): Promise<string | null> {
  const where: Record<string, unknown> = { year, number: { $lt: number } };
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  const rows: Array<{ number: number }> = await ctx.strapi.db.query(uid).findMany({ where, select: ['number'] });
  const present = new Set(rows.map((row) => row.number));
  const missing = Array.from({ length: number - 1 }, (_, i) => i + 1).filter((n) => !present.has(n));
  if (!missing.length) return null;
  const list = missing.length > 10 ? `${missing.slice(0, 10).join(', ')}, …` : missing.join(', ');
  return `Năm ${year} chưa có số ${list}: kiểm tra lại thứ tự đánh số trước khi xuất bản.`;
}
