import { slugify } from '@cong/shared';
import type { Core } from '@strapi/strapi';
import { answerError } from '../../../errors/answer';
import { toCsv } from './csv';
import { exportRows } from './rows';
import { toXlsx } from './xlsx';

/**
 * GET /cong-export/comments?consultation=<documentId>&format=csv|xlsx: every comment of a
 * consultation for the drafting agency. Admin users only, and only those who may read
 * comments in the admin (Super Admin, Kiểm duyệt viên).
 */
export function registerCommentExport(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/cong-export',
    routes: [
      {
        method: 'GET',
        path: '/comments',
        handler: async (ctx: any) => {
          if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', 'api::comment.comment')) {
            return answerError(ctx, 403, 'ForbiddenError', 'Bạn không có quyền tải góp ý.');
          }
          const consultation = await strapi.documents('api::consultation.consultation').findOne({
            documentId: String(ctx.query.consultation ?? ''),
            locale: 'vi',
          });
          if (!consultation) {
            return answerError(ctx, 404, 'NotFoundError', 'Không tìm thấy dự thảo.');
          }
          const rows = await exportRows(strapi, consultation.documentId);
          const name = `gop-y-${slugify(consultation.title as string, 60)}`;
          if (ctx.query.format === 'xlsx') {
            ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
            ctx.attachment(`${name}.xlsx`);
            ctx.body = await toXlsx(rows, `Góp ý: ${consultation.title}`);
          } else {
            ctx.type = 'text/csv; charset=utf-8';
            ctx.attachment(`${name}.csv`);
            ctx.body = toCsv(rows);
          }
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { apiName: 'comment' },
      },
    ],
  });
}
