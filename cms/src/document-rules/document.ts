import { deriveLegalStatus, normaliseDocumentNumber, parseDocumentNumber } from '@cong/shared';
import type { WriteContext } from './context';
import { relationTarget } from './relation-input';
import { fieldError } from './validation-error';

const uid = 'api::document.document';

/**
 * A document's number must be in the Vietnamese format and unique for its issuing agency
 * and year; its dates must be in order; its legal status follows from its dates.
 */
export async function documentRules(ctx: WriteContext): Promise<void> {
  if ('number' in ctx.data && typeof ctx.data.number === 'string') {
    ctx.data.number = normaliseDocumentNumber(ctx.data.number);
  }
  const number: string | undefined = ctx.value('number');
  if (number) {
    const parsed = parseDocumentNumber(number);
    if (!parsed) {
      throw fieldError(
        'number',
        `Số ký hiệu "${number}" không đúng định dạng. Viết theo mẫu <số>/<loại văn bản>-<cơ quan>, ` +
          'có thể kèm năm: 1730/TB-VP, 355/QĐ-UBND, 43/2011/NĐ-CP.',
      );
    }
    await assertNumberUnique(ctx, number, parsed.year);
  }
  assertDatesInOrder(ctx);
  const derived = deriveLegalStatus({
    effectiveDate: ctx.value('effectiveDate'),
    expiryDate: ctx.value('expiryDate'),
  });
  if (derived) ctx.data.legalStatus = derived;
}

async function assertNumberUnique(ctx: WriteContext, number: string, yearInNumber?: number) {
  const year = yearInNumber ?? yearOf(ctx.value('issuedDate'));
  const agency =
    relationTarget(ctx.data.issuingAgency) ??
    (ctx.data.issuingAgency === undefined ? (ctx.existing?.issuingAgency?.documentId ?? null) : null);
  const where: Record<string, unknown> = { number };
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  const others = await ctx.strapi.db.query(uid).findMany({ where, populate: ['issuingAgency'] });
  const clash = others.find(
    (other: any) =>
      (yearInNumber ?? yearOf(other.issuedDate)) === year &&
      (other.issuingAgency?.documentId ?? null) === agency,
  );
  if (clash) {
    throw fieldError(
      'number',
      `Số ký hiệu "${number}" đã được dùng cho một văn bản khác của cùng cơ quan ban hành trong năm ${year}.`,
    );
  }
}

function assertDatesInOrder(ctx: WriteContext) {
  const issued: string | null = ctx.value('issuedDate') ?? null;
  const effective: string | null = ctx.value('effectiveDate') ?? null;
  const expiry: string | null = ctx.value('expiryDate') ?? null;
  if (expiry && effective && expiry <= effective) {
    throw fieldError('expiryDate', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.');
  }
  if (expiry && issued && expiry <= issued) {
    throw fieldError('expiryDate', 'Ngày hết hiệu lực phải sau ngày ban hành.');
  }
}

function yearOf(date: unknown): number | undefined {
  return typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined;
}
