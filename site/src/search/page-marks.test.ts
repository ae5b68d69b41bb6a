import { describe, expect, it } from 'vitest';
import { foldedDWords, searchMarks, type PageSearch } from './page-marks';

describe('searchMarks', () => {
  const cases: Array<[string, PageSearch, 'vi' | 'en', string[]]> = [
    [
      'a document, by its calendar date, with its filters and meta',
      { kind: 'document', date: '2026-11-21', filters: { type: 'Thông báo', agency: 'Văn phòng UBND tỉnh', field: null }, meta: { number: '1730/TB-VP' }, text: '' },
      'vi',
      [
        'filter kind:Văn bản', 'meta kind:Văn bản', 'sort date:2026-11-21', 'meta date:2026-11-21', 'filter year:2026',
        'filter type:Thông báo', 'filter agency:Văn phòng UBND tỉnh', 'meta number:1730/TB-VP',
      ],
    ],
    [
      'an article published at 02:00 on 1 January in the province: the new year, not UTC’s 31 December',
      { kind: 'article', date: '2025-12-31T19:00:00.000Z', filters: { category: 'Tin trong tỉnh' }, text: '' },
      'vi',
      ['filter kind:Tin bài', 'meta kind:Tin bài', 'sort date:2026-01-01', 'meta date:2026-01-01', 'filter year:2026', 'filter category:Tin trong tỉnh'],
    ],
    [
      'a consultation opening at 06:59 in the province',
      { kind: 'consultation', date: '2026-06-30T23:59:00.000Z', text: '' },
      'vi',
      ['filter kind:Dự thảo', 'meta kind:Dự thảo', 'sort date:2026-07-01', 'meta date:2026-07-01', 'filter year:2026'],
    ],
    ['an English page, undated', { kind: 'page', text: '' }, 'en', ['filter kind:Page', 'meta kind:Page']],
    ['an English article', { kind: 'article', date: '2026-03-18T01:00:00.000Z', text: '' }, 'en', ['filter kind:News', 'meta kind:News', 'sort date:2026-03-18', 'meta date:2026-03-18', 'filter year:2026']],
  ];

  it.each(cases)('marks %s', (_what, search, locale, expected) => {
    const written = searchMarks(search, locale).map(([attribute, value]) => `${attribute.replace('data-pagefind-', '')} ${value}`);
    expect(written).toEqual(expected);
  });
});

describe('foldedDWords', () => {
  it.each([
    ['Quyết định số 15/2026/QĐ-UBND về định mức', ['dinh', 'qd']],
    ['Đà Nẵng, đô thị Đà Nẵng', ['da', 'do']],
    ['Không có chữ nào như thế', []],
  ])('lists the đ-words of “%s” folded to d, once each', (text, words) => {
    expect(foldedDWords(text)).toEqual(words);
  });
});
