import { describe, expect, it } from 'vitest';
import { hostLabelFor, hostLabelProblem, starterPages, unitLabel } from './units.js';

describe('a unit’s host label', () => {
  it.each([
    ['Sở Tài chính', 'sotaichinh'],
    ['Ủy ban nhân dân phường Ba Đình', 'uybannhandanphuongbadinh'],
    ['Xã Đắk Glei', 'xadakglei'],
    ['Sở Khoa học và Công nghệ', 'sokhoahocvacongnghe'],
    ['Ban Quản lý các khu công nghiệp (KCN)', 'banquanlycackhucongnghiepkcn'],
  ])('is the full name without diacritics: %s → %s', (name, label) => {
    expect(hostLabelFor(name)).toBe(label);
  });

  it('is never longer than a DNS label', () => {
    expect(hostLabelFor('Trung tâm '.repeat(20)).length).toBe(63);
  });

  it.each([
    ['sotaichinh', null],
    ['xa-an-binh', null],
    ['', 'Hãy nhập'],
    ['-xa', 'chỉ gồm'],
    ['xa-', 'chỉ gồm'],
    ['Xa', 'chỉ gồm'],
    ['xã', 'chỉ gồm'],
    ['so.tai', 'chỉ gồm'],
    ['a'.repeat(64), 'tối đa 63'],
  ])('%j is refused with a reason, or taken', (label, reason) => {
    const problem = hostLabelProblem(label);
    if (reason === null) expect(problem).toBeNull();
    else expect(problem).toContain(reason);
  });
});

describe('how an entry names its unit', () => {
  it('is the full name while the unit is active', () => {
    expect(unitLabel({ fullName: 'UBND xã Hòa Sơn', status: 'active', validTo: null })).toBe('UBND xã Hòa Sơn');
  });
  it('says until when for a unit merged, split or renamed', () => {
    expect(unitLabel({ fullName: 'UBND huyện Sơn Hà', status: 'merged', validTo: '2025-07-01' })).toBe('UBND huyện Sơn Hà (trước 01/7/2025)');
    expect(unitLabel({ fullName: 'Sở Kế hoạch và Đầu tư', status: 'merged', validTo: '2025-03-01' })).toBe('Sở Kế hoạch và Đầu tư (trước 01/3/2025)');
    expect(unitLabel({ fullName: 'UBND xã Cũ', status: 'renamed', validTo: '2026-02-15' })).toBe('UBND xã Cũ (trước 15/02/2026)');
  });
});

describe("a new unit's starter pages", () => {
  it('present every unit, and a xã also its map, history, culture, relics and landscapes', () => {
    expect(starterPages('department')).toEqual(['Giới thiệu', 'Cơ cấu tổ chức', 'Chức năng, nhiệm vụ', 'Lãnh đạo', 'Liên hệ']);
    expect(starterPages('commune')).toEqual([
      'Giới thiệu', 'Cơ cấu tổ chức', 'Chức năng, nhiệm vụ', 'Lãnh đạo',
      'Bản đồ địa giới hành chính', 'Lịch sử', 'Văn hóa', 'Di tích, danh thắng', 'Liên hệ',
    ]);
  });
});
