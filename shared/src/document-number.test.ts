import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber, parseDocumentNumber } from './document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['1730/TB-VP', { sequence: '1730', typeAbbreviation: 'TB', agencyAbbreviation: 'VP' }],
    ['355/QĐ-UBND', { sequence: '355', typeAbbreviation: 'QĐ', agencyAbbreviation: 'UBND' }],
    ['43/2011/NĐ-CP', { sequence: '43', year: 2011, typeAbbreviation: 'NĐ', agencyAbbreviation: 'CP' }],
    ['88/KH-SNN&PTNT', { sequence: '88', typeAbbreviation: 'KH', agencyAbbreviation: 'SNN&PTNT' }],
    ['12/BC-UBND-KT', { sequence: '12', typeAbbreviation: 'BC', agencyAbbreviation: 'UBND-KT' }],
  ])('reads %s', (number, parts) => {
    expect(parseDocumentNumber(number)).toEqual(parts);
  });

  it.each(['1730', 'TB-VP', '1730/tb-vp', '1730-TB-VP', 'Số 1730/TB-VP', '1730/TB', '/TB-VP', '1730/20/TB-VP', ''])(
    'refuses %j',
    (number) => {
      expect(parseDocumentNumber(number)).toBeNull();
    },
  );

  it('reads a number typed in decomposed Unicode', () => {
    expect(parseDocumentNumber('355/QĐ-UBND'.normalize('NFD'))?.typeAbbreviation).toBe('QĐ');
  });
});

describe('normaliseDocumentNumber', () => {
  it.each([
    [' 1730 / TB - VP ', '1730/TB-VP'],
    ['43/2011/NĐ-CP', '43/2011/NĐ-CP'],
  ])('%j → %j', (input, output) => {
    expect(normaliseDocumentNumber(input)).toBe(output);
  });
});
