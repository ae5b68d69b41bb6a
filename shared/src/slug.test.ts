import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['Chuyển đổi số', 'chuyen-doi-so'],
    ['ĐỔI MỚI Sáng tạo', 'doi-moi-sang-tao'],
    ['Văn hóa - Xã hội', 'van-hoa-xa-hoi'],
    ['Thông tin & Truyền thông', 'thong-tin-va-truyen-thong'],
    ['Số: 1730/TB-VP', 'so-1730-tb-vp'],
    ['  Tin trong tỉnh  ', 'tin-trong-tinh'],
    ['Quyết định 355/QĐ-UBND ngày 17/3/2014', 'quyet-dinh-355-qd-ubnd-ngay-17-3-2014'],
    ['Nghị định số 43/2011/NĐ-CP', 'nghi-dinh-so-43-2011-nd-cp'],
    ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'uy-ban-nhan-dan-tinh-quang-ngai'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('handles text typed in decomposed Unicode the same as composed', () => {
    expect(slugify('Chuyển đổi số'.normalize('NFD'))).toBe('chuyen-doi-so');
  });

  it('cuts a long title on a word boundary', () => {
    const slug = slugify('Kết luận của đồng chí Lê Quốc Đạt tại Hội nghị tổng kết công tác năm 2020', 40);
    expect(slug).toBe('ket-luan-cua-dong-chi-le-quoc-dat-tai');
    expect(slug.length).toBeLessThanOrEqual(40);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Quyết định', 'Quyet dinh'],
    ['Đà Nẵng', 'Da Nang'],
    ['Công báo', 'Cong bao'],
    ['ưu tiên ơn', 'uu tien on'],
  ])('%s → %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });
});
