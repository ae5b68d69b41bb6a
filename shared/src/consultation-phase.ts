/** Where a consultation (dự thảo lấy ý kiến) stands, derived from its dates and outcome. */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed' | 'outcome_published';

export const consultationPhaseLabels: Record<ConsultationPhase, string> = {
  upcoming: 'Sắp lấy ý kiến',
  open: 'Đang lấy ý kiến',
  closed: 'Đã hết hạn góp ý',
  outcome_published: 'Đã công bố kết quả',
};

/** The phase of a consultation at an instant: open from its opening to its closing time. */
export function consultationPhase(
  consultation: { openingAt: string; closingAt: string; hasOutcome?: boolean },
  now: Date = new Date(),
): ConsultationPhase {
  const time = now.getTime();
  if (time < Date.parse(consultation.openingAt)) return 'upcoming';
  if (time <= Date.parse(consultation.closingAt)) return 'open';
  return consultation.hasOutcome ? 'outcome_published' : 'closed';
}

/** Whole days left to comment, counted up to the closing time (0 on the last day). */
export function daysLeft(closingAt: string, now: Date = new Date()): number {
  const ms = Date.parse(closingAt) - now.getTime();
  return ms <= 0 ? 0 : Math.floor(ms / 86_400_000);
}
