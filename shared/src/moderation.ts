/** A comment's moderation status (trạng thái kiểm duyệt). */
export type ModerationStatus = 'pending' | 'approved' | 'rejected';

export const MODERATION_STATUSES: readonly ModerationStatus[] = ['pending', 'approved', 'rejected'];

export const moderationStatusLabels: Record<ModerationStatus, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Từ chối',
};
