import { describe, expect, it } from 'vitest';
import { deriveLegalStatus } from './legal-status.js';

describe('deriveLegalStatus on 2026-11-23', () => {
  const today = '2026-11-23';
  it.each([
    [{ effectiveDate: '2020-12-21' }, 'in_force'],
    [{ effectiveDate: '2026-11-23' }, 'in_force'],
    [{ effectiveDate: '2026-11-24' }, 'not_yet_in_force'],
    [{ effectiveDate: '2014-03-17', expiryDate: '2020-12-31' }, 'expired'],
    [{ effectiveDate: '2014-03-17', expiryDate: '2026-11-23' }, 'in_force'],
    [{ expiryDate: '2026-11-22' }, 'expired'],
    [{}, null],
    [{ effectiveDate: null, expiryDate: null }, null],
  ] as const)('%j → %s', (dates, status) => {
    expect(deriveLegalStatus(dates, today)).toBe(status);
  });
});
