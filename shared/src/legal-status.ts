import { provinceDate } from './dates.js';
import type { DocumentRuleBreach } from './document-number.js';

/** Whether a document is in force (tình trạng hiệu lực). */
export type LegalStatus = 'in_force' | 'expired' | 'not_yet_in_force';

export const LEGAL_STATUSES: readonly LegalStatus[] = ['in_force', 'expired', 'not_yet_in_force'];

export const legalStatusLabels: Record<LegalStatus, string> = {
  in_force: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  not_yet_in_force: 'Chưa có hiệu lực',
};

/**
 * The legal status the dates imply on a given day, or null when no date says anything
 * (a document with neither effective nor expiry date keeps the status an editor chose).
 */
export function deriveLegalStatus(
  dates: { effectiveDate?: string | null; expiryDate?: string | null },
  today: string = provinceDate(),
): LegalStatus | null {
  const { effectiveDate, expiryDate } = dates;
  if (expiryDate && expiryDate.slice(0, 10) < today) return 'expired';
  if (effectiveDate && effectiveDate.slice(0, 10) > today) return 'not_yet_in_force';
  if (effectiveDate) return 'in_force';
  return null;
}

/**
 * Why a document's dates are out of order (it cannot expire before it takes effect, nor
 * before it is issued), or null when they are in order. Dates are ISO strings.
 */
export function documentDatesBreach(dates: {
  issuedDate?: string | null;
  effectiveDate?: string | null;
  expiryDate?: string | null;
}): DocumentRuleBreach | null {
  const { issuedDate, effectiveDate, expiryDate } = dates;
  if (expiryDate && effectiveDate && expiryDate <= effectiveDate) {
    return { field: 'expiryDate', message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' };
  }
  if (expiryDate && issuedDate && expiryDate <= issuedDate) {
    return { field: 'expiryDate', message: 'Ngày hết hiệu lực phải sau ngày ban hành.' };
  }
  return null;
}
