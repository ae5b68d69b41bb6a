import { formatProvinceDateTime, moderationStatusLabels, type ModerationStatus } from '@cong/shared';
import type { Core } from '@strapi/strapi';

/** The columns the drafting agency gets, in order, with their Vietnamese headings. */
export const columns = [
  ['referenceCode', 'Mã tiếp nhận'],
  ['receivedAt', 'Thời gian nhận'],
  ['fullName', 'Họ và tên'],
  ['organisation', 'Cơ quan/tổ chức'],
  ['email', 'Thư điện tử'],
  ['phone', 'Số điện thoại'],
  ['section', 'Điều, khoản góp ý'],
  ['content', 'Nội dung góp ý'],
  ['moderationStatus', 'Trạng thái kiểm duyệt'],
] as const;

export type ExportRow = Record<(typeof columns)[number][0], string>;

/**
 * Every comment of a consultation, in every moderation state and with contact details: read
 * through the database layer, because the API rightly strips the private fields.
 */
export async function exportRows(strapi: Core.Strapi, consultation: string): Promise<ExportRow[]> {
  const comments: Array<Record<string, any>> = await strapi.db.query('api::comment.comment').findMany({
    where: { consultation: { documentId: consultation } },
    orderBy: { receivedAt: 'asc' },
  });
  return comments.map((comment) => ({
    referenceCode: comment.referenceCode ?? '',
    receivedAt: comment.receivedAt ? formatProvinceDateTime(comment.receivedAt) : '',
    fullName: comment.fullName ?? '',
    organisation: comment.organisation ?? '',
    email: comment.email ?? '',
    phone: comment.phone ?? '',
    section: comment.section ?? '',
    content: comment.content ?? '',
    moderationStatus: moderationStatusLabels[comment.moderationStatus as ModerationStatus] ?? comment.moderationStatus,
  }));
}
