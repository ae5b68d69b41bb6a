import {
  deriveLegalStatus,
  documentDatesBreach,
  documentNumberFormatBreach,
  documentNumberKey,
  documentNumberTakenBreach,
  documentNumberYear,
  normaliseDocumentNumber,
  type DocumentRuleBreach,
} from '@cong/shared';
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
    refuse(documentNumberFormatBreach(number));
    await assertNumberUnique(ctx, number);
  }
  refuse(
    documentDatesBreach({
      issuedDate: ctx.value('issuedDate'),
      effectiveDate: ctx.value('effectiveDate'),
      expiryDate: ctx.value('expiryDate'),
    }),
  );
  const derived = deriveLegalStatus({
    effectiveDate: ctx.value('effectiveDate'),
    expiryDate: ctx.value('expiryDate'),
  });
  if (derived) ctx.data.legalStatus = derived;
}

/** Throws the broken rule (from @cong/shared, which the bulk importer applies too) as a field error. */
function refuse(breach: DocumentRuleBreach | null): void {
  if (breach) throw fieldError(breach.field, breach.message);
}

async function assertNumberUnique(ctx: WriteContext, number: string) {
  const issuedDate: string | undefined = ctx.value('issuedDate');
  const agency =
    relationTarget(ctx.data.issuingAgency) ??
    (ctx.data.issuingAgency === undefined ? (ctx.existing?.issuingAgency?.documentId ?? null) : null);
  const key = documentNumberKey(number, issuedDate, agency);
  const where: Record<string, unknown> = { number };
  if (ctx.documentId) where.documentId = { $ne: ctx.documentId };
  const others = await ctx.strapi.db.query(uid).findMany({ where, populate: ['issuingAgency'] });
  if (others.some((other: any) => documentNumberKey(number, other.issuedDate, other.issuingAgency?.documentId ?? null) === key)) {
    refuse(documentNumberTakenBreach(number, documentNumberYear(number, issuedDate)));
  }
}
