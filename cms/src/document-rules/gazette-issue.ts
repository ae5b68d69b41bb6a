import type { WriteContext } from './context';
import { fieldError } from './validation-error';

const uid = 'api::gazette-issue.gazette-issue';

/** Issue numbers run per year: one issue per number and year, in its publication year. */
export async function gazetteIssueRules(ctx: WriteContext): Promise<void> {
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
    if (!ctx.value('title')) ctx.data.title = `Công báo số ${number} năm ${year}`;
  }
}
