import { describe, expect, it } from 'vitest';
import { deriveLegalStatus, documentDatesBreach } from './legal-status.js';

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

describe('documentDatesBreach', () => {
  it.each([
    [{ issuedDate: '2020-01-01', effectiveDate: '2020-01-15', expiryDate: '2025-12-31' }, null],
    [{ issuedDate: '2020-01-01', effectiveDate: '2020-01-15' }, null],
    [{ issuedDate: '2020-01-01', expiryDate: '2020-01-02' }, null],
    [{}, null],
    [{ issuedDate: '2020-01-01', effectiveDate: '2020-02-01', expiryDate: '2020-01-15' }, 'Ngày hết hiệu lực phải sau ngày có hiệu lực.'],
    [{ effectiveDate: '2020-02-01', expiryDate: '2020-02-01' }, 'Ngày hết hiệu lực phải sau ngày có hiệu lực.'],
    [{ issuedDate: '2020-03-01', expiryDate: '2020-02-01' }, 'Ngày hết hiệu lực phải sau ngày ban hành.'],
    [{ issuedDate: '2020-03-01', effectiveDate: null, expiryDate: '2020-03-01' }, 'Ngày hết hiệu lực phải sau ngày ban hành.'],
  ])('%j → %j', (dates, message) => {
    expect(documentDatesBreach(dates)).toEqual(message && { field: 'expiryDate', message });
  });
});
