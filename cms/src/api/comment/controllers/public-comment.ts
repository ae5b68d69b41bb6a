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
    // A draft never published, or one withdrawn, keeps its comments to itself.
    const published = await strapi.documents('api::consultation.consultation').findOne({ documentId: consultation, status: 'published', fields: ['id'] });
    if (!published) return respondRefusal(ctx, { status: 404, message: 'Không có dự thảo đang công bố với mã này.' });
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
    // One grouped query: loading 50,000 comments with their consultation would pass SQLite's
    // limit on bound values, and a comment links to both the draft and the published consultation.
    const comments = strapi.db.metadata.get('api::comment.comment');
    const link = (comments.attributes as Record<string, any>).consultation.joinTable;
    const consultations = strapi.db.metadata.get('api::consultation.consultation').tableName;
    const rows = (await strapi.db
      .connection(`${comments.tableName} as c`)
      .join(`${link.name} as l`, `l.${link.joinColumn.name}`, 'c.id')
      .join(`${consultations} as k`, 'k.id', `l.${link.inverseJoinColumn.name}`)
      // Only consultations the public can see: a draft or withdrawn one has no published row.
      .whereNotNull('k.published_at')
      .select('k.document_id as documentId', 'c.moderation_status as status')
      .countDistinct({ n: 'c.id' })
      .groupBy('k.document_id', 'c.moderation_status')) as Array<{ documentId: string; status: string; n: number | string }>;
    const counts: Record<string, { received: number; published: number }> = {};
    for (const row of rows) {
      const count = (counts[row.documentId] ??= { received: 0, published: 0 });
      count.received += Number(row.n);
      if (row.status === 'approved') count.published += Number(row.n);
    }
    ctx.body = { data: counts };
  },
});
