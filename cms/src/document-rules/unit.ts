import { hostLabelFor, hostLabelProblem } from '@cong/shared';
import type { WriteContext } from './context';
import { fieldError } from './validation-error';

/**
 * A unit's host label is a DNS label, by default its full name without diacritics (NĐ 224/2026
 * Đ11 k4), and no other unit has it; it ceases after it began.
 */
export async function unitRules(ctx: WriteContext): Promise<void> {
  const { data } = ctx;
  if (typeof data.hostLabel === 'string') data.hostLabel = data.hostLabel.trim().toLowerCase();
  if (!ctx.value('hostLabel') && ctx.value('fullName')) data.hostLabel = hostLabelFor(ctx.value('fullName'));
  const label = ctx.value('hostLabel') ?? '';
  const problem = hostLabelProblem(label);
  if (problem) throw fieldError('hostLabel', problem);
  const taken = await ctx.strapi.db.query('api::unit.unit').findOne({
    where: { hostLabel: label, ...(ctx.documentId ? { documentId: { $ne: ctx.documentId } } : {}) },
    select: ['fullName'],
  });
  if (taken) throw fieldError('hostLabel', `Tên miền con “${label}” đã là của ${taken.fullName}. Hãy chọn tên khác.`);
  const from = ctx.value('validFrom');
  const to = ctx.value('validTo');
  if (from && to && to <= from) throw fieldError('validTo', 'Ngày hết hiệu lực phải sau ngày bắt đầu hoạt động.');
}
