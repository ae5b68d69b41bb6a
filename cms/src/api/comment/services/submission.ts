import { COMMENT_HONEYPOT_FIELD, COMMENT_STARTED_AT_FIELD, validateCommentInput, type CommentField, type CommentInput } from '@cong/shared';
import type { Core } from '@strapi/strapi';

export type SubmissionResult =
  | { ok: true; referenceCode: string; receivedAt: string }
  | { ok: false; status: 400 | 404 | 409; message: string; errors: Partial<Record<CommentField, string>>; input: CommentInput };

// Nobody reads a draft and fills the form in less: a bot does (the traps' fields are in @cong/shared).
export const MIN_FILL_MS = 3_000;

/**
 * Takes a citizen's comment on a consultation: every check on the server, then one insert,
 * so a comment is either stored whole (pending moderation) or not at all.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(raw: Record<string, unknown>, now = new Date()): Promise<SubmissionResult> {
    const { input, errors } = validateCommentInput(raw);
    const refuse = (status: 400 | 404 | 409, message: string, extra: Partial<Record<CommentField, string>> = {}) =>
      ({ ok: false, status, message, errors: { ...errors, ...extra }, input }) as const;

    // A bot looks like a person who got everything right but was not stored: it learns nothing.
    const startedAt = Number(raw[COMMENT_STARTED_AT_FIELD]);
    const tooFast = Number.isFinite(startedAt) && startedAt > 0 && now.getTime() - startedAt < MIN_FILL_MS;
    if (String(raw[COMMENT_HONEYPOT_FIELD] ?? '').trim() !== '' || tooFast) {
      return refuse(400, 'Góp ý chưa được gửi. Vui lòng đọc lại nội dung và gửi lại sau vài giây.');
    }

    const consultation = input.consultation
      ? await strapi.documents('api::consultation.consultation').findOne({ documentId: input.consultation, status: 'published', locale: 'vi' })
      : null;
    if (input.consultation && !consultation) {
      return refuse(404, 'Không tìm thấy dự thảo này, hoặc dự thảo đã được gỡ xuống.', { consultation: 'Dự thảo không tồn tại hoặc chưa được công bố.' });
    }
    if (Object.keys(errors).length > 0) {
      const count = Object.keys(errors).length;
      return refuse(400, count === 1 ? Object.values(errors)[0]! : `Có ${count} mục cần sửa trước khi gửi.`);
    }
    const time = now.getTime();
    if (time < Date.parse(consultation!.openingAt as string)) {
      return refuse(409, 'Dự thảo này chưa đến thời gian lấy ý kiến.');
    }
    if (time > Date.parse(consultation!.closingAt as string)) {
      return refuse(409, 'Dự thảo này đã hết thời gian lấy ý kiến, nên không nhận thêm góp ý.');
    }

    const created = await strapi.documents('api::comment.comment').create({
      data: {
        consultation: consultation!.documentId,
        fullName: input.fullName,
        organisation: input.organisation ?? null,
        email: input.email,
        phone: input.phone ?? null,
        section: input.section ?? null,
        content: input.content,
        moderationStatus: 'pending',
        receivedAt: now.toISOString(),
      },
    });
    return { ok: true, referenceCode: created.referenceCode as string, receivedAt: created.receivedAt as string };
  },
});
