import { describe, expect, it } from 'vitest';
import {
  documentNumberFormatBreach,
  documentNumberKey,
  documentNumberTakenBreach,
  documentNumberYear,
  normaliseDocumentNumber,
  parseDocumentNumber,
} from './document-number.js';

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

describe('documentNumberFormatBreach', () => {
  it.each(['1730/TB-VP', '43/2011/NĐ-CP'])('finds nothing wrong with %s', (number) => {
    expect(documentNumberFormatBreach(number)).toBeNull();
  });

  it.each(['1730', '1730/tb-vp', 'Số 1730/TB-VP'])('says how to write %j, on the number field', (number) => {
    expect(documentNumberFormatBreach(number)).toEqual({
      field: 'number',
      message:
        `Số ký hiệu "${number}" không đúng định dạng. Viết theo mẫu <số>/<loại văn bản>-<cơ quan>, ` +
        'có thể kèm năm: 1730/TB-VP, 355/QĐ-UBND, 43/2011/NĐ-CP.',
    });
  });
});

describe('documentNumberYear: the year a number must be unique in', () => {
  it.each([
    ['43/2011/NĐ-CP', '2012-05-01', 2011],
    ['1730/TB-VP', '2020-12-21', 2020],
    ['1730/TB-VP', '2020-12-21T08:00:00.000Z', 2020],
    ['1730/TB-VP', null, undefined],
    ['1730/TB-VP', 'hôm qua', undefined],
  ])('%s issued %s → %s', (number, issuedDate, year) => {
    expect(documentNumberYear(number, issuedDate)).toBe(year);
  });
});

describe('documentNumberKey: numbers clash when agency, year and number are all the same', () => {
  const key = documentNumberKey('1730/TB-VP', '2020-03-01', 'agency-a');
  it.each([
    ['the same agency later that year', ['1730/TB-VP', '2020-11-30', 'agency-a'], true],
    ['the same agency the next year', ['1730/TB-VP', '2021-01-02', 'agency-a'], false],
    ['another agency', ['1730/TB-VP', '2020-03-01', 'agency-b'], false],
    ['no agency', ['1730/TB-VP', '2020-03-01', null], false],
    ['another number', ['1731/TB-VP', '2020-03-01', 'agency-a'], false],
  ] as const)('%s: %j → clash %s', (_, [number, issued, agency], clash) => {
    expect(documentNumberKey(number, issued, agency) === key).toBe(clash);
  });

  it('goes by the year written in the number, whatever the date of issue', () => {
    expect(documentNumberKey('43/2011/NĐ-CP', '2011-12-30', 'cp')).toBe(documentNumberKey('43/2011/NĐ-CP', '2012-01-02', 'cp'));
  });
});

describe('documentNumberTakenBreach', () => {
  it.each([
    [2020, 'Số ký hiệu "901/TB-VP" đã được dùng cho một văn bản khác của cùng cơ quan ban hành trong năm 2020.'],
    [undefined, 'Số ký hiệu "901/TB-VP" đã được dùng cho một văn bản khác của cùng cơ quan ban hành.'],
  ])('in year %s says %j', (year, message) => {
    expect(documentNumberTakenBreach('901/TB-VP', year)).toEqual({ field: 'number', message });
  });
});
