import type { Core } from '@strapi/strapi';
import { respondReceipt, respondRefusal } from '../respond';

/** The public side of góp ý: submit a comment, read the approved ones. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: any) {
    const raw = ctx.request.body?.data ?? ctx.request.body ?? {};
    const result = await strapi.service('api::comment.submission').submit(raw);
    if (result.ok) return respondReceipt(ctx, result);
    respondRefusal(ctx, result);
  },

  async list(ctx: any) {
    const consultation = String(ctx.query.consultation ?? '');
    if (!consultation) return respondRefusal(ctx, { status: 400, message: 'Thiếu mã dự thảo (consultation).' });
    const filters = { consultation: { documentId: consultation } };
    const comments = strapi.documents('api::comment.comment');
    const [approved, received] = await Promise.all([
      comments.findMany({
        filters: { ...filters, moderationStatus: 'approved' },
        fields: ['fullName', 'organisation', 'section', 'content', 'receivedAt'],
        sort: 'receivedAt:asc',
        limit: 1000,
      }),
      comments.count({ filters }),
    ]);
    ctx.body = { data: approved, meta: { received, published: approved.length } };
  },

  /** Comments received and published per consultation, for the site build: one request for all. */
  async counts(ctx: any) {
    const rows: Array<{ moderationStatus: string; consultation: { documentId: string } | null }> = await strapi.db
      .query('api::comment.comment')
      .findMany({ select: ['moderationStatus'], populate: { consultation: { select: ['documentId'] } } });
    const counts: Record<string, { received: number; published: number }> = {};
    for (const row of rows) {
      if (!row.consultation) continue;
      const count = (counts[row.consultation.documentId] ??= { received: 0, published: 0 });
      count.received++;
      if (row.moderationStatus === 'approved') count.published++;
    }
    ctx.body = { data: counts };
  },
});
