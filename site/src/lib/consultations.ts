import { consultationPhase, type Consultation, type ConsultationPhase } from '@cong/shared';
import { entries } from './content.ts';

/** The phase a consultation is in when the site is built. */
export const phaseOf = (consultation: Consultation, now = new Date()): ConsultationPhase =>
  consultationPhase({ ...consultation, hasOutcome: Boolean(consultation.outcome?.length) }, now);

/** Consultations by phase: open ones closing soonest first, the rest newest first. */
export async function consultationsByPhase(now = new Date()) {
  const all = await entries<Consultation>('consultations');
  const open = all.filter((c) => phaseOf(c, now) === 'open').sort((a, b) => a.closingAt.localeCompare(b.closingAt));
  const upcoming = all.filter((c) => phaseOf(c, now) === 'upcoming').sort((a, b) => a.openingAt.localeCompare(b.openingAt));
  const closed = all
    .filter((c) => ['closed', 'outcome_published'].includes(phaseOf(c, now)))
    .sort((a, b) => b.closingAt.localeCompare(a.closingAt));
  return { open, upcoming, closed };
}
