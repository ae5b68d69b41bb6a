import { describe, expect, it } from 'vitest';
import { consultationPhase, daysLeft } from './consultation-phase.js';

const consultation = { openingAt: '2026-11-01T00:00:00+07:00', closingAt: '2026-11-30T17:00:00+07:00' };

describe('consultationPhase', () => {
  it.each([
    ['2026-10-31T16:59:59Z', {}, 'upcoming'],
    ['2026-10-31T17:00:00Z', {}, 'open'],
    ['2026-11-30T10:00:00Z', {}, 'open'],
    ['2026-11-30T10:00:01Z', {}, 'closed'],
    ['2026-12-05T00:00:00Z', { hasOutcome: true }, 'outcome_published'],
  ] as const)('at %s %j is %s', (now, extra, phase) => {
    expect(consultationPhase({ ...consultation, ...extra }, new Date(now))).toBe(phase);
  });
});

describe('daysLeft', () => {
  it.each([
    ['2026-11-23T10:00:00Z', 7],
    ['2026-11-30T09:00:00Z', 0],
    ['2026-12-01T00:00:00Z', 0],
  ])('at %s → %i', (now, days) => {
    expect(daysLeft(consultation.closingAt, new Date(now))).toBe(days);
  });
});
