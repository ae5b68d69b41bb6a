import { formatProvinceDateTime, moderationStatusLabels, type ModerationStatus } from '@cong/shared';
import type { Core } from '@strapi/strapi';
import { contentTypeLabels } from '../../../content/labels';

const keys = ['referenceCode', 'receivedAt', 'fullName', 'organisation', 'email', 'phone', 'section', 'content', 'moderationStatus'] as const;

/** The columns the drafting agency gets, in order, headed as the form and the admin label them. */
export const columns = keys.map((key) => [key, contentTypeLabels['api::comment.comment'][key]] as const);

export type ExportRow = Record<(typeof keys)[number], string>;

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
