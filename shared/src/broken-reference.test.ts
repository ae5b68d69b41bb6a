import { describe, expect, it } from 'vitest';
import { brokenReferenceMessage, type BrokenReference } from './broken-reference.js';

const article: BrokenReference = {
  uid: 'api::article.article',
  documentId: 'abc123',
  locale: 'vi',
  title: 'Khai trương Trung tâm phục vụ hành chính công',
  field: 'body',
  url: '/uploads/anh_khai_truong_1a2b.jpg',
  kind: 'image',
  reason: 'missing',
};

describe('brokenReferenceMessage', () => {
  it.each<[Partial<BrokenReference>, string | undefined, string]>([
    [
      {},
      undefined,
      'Bài “Khai trương Trung tâm phục vụ hành chính công”: ảnh /uploads/anh_khai_truong_1a2b.jpg không còn trên CMS; trang đã đăng không có ảnh này. Sửa bài để thay ảnh.',
    ],
    [
      {},
      'Nội dung',
      'Bài “Khai trương Trung tâm phục vụ hành chính công”: ảnh /uploads/anh_khai_truong_1a2b.jpg (trong “Nội dung”) không còn trên CMS; trang đã đăng không có ảnh này. Sửa bài để thay ảnh.',
    ],
    [
      { uid: 'api::document.document', title: 'Quyết định số 12/QĐ-UBND', field: 'files', url: '/uploads/qd_12.pdf', kind: 'file' },
      undefined,
      'Văn bản “Quyết định số 12/QĐ-UBND”: tệp /uploads/qd_12.pdf không còn trên CMS; trang đã đăng không có tệp này. Sửa văn bản để thay tệp.',
    ],
    [
      { uid: 'api::gazette-issue.gazette-issue', title: 'Công báo số 22 năm 2026', field: 'pdf', url: '/uploads/cong_bao_22.pdf', kind: 'file' },
      undefined,
      'Số Công báo “Công báo số 22 năm 2026”: tệp /uploads/cong_bao_22.pdf không còn trên CMS; trang đã đăng không có tệp này. Sửa số Công báo để thay tệp.',
    ],
    [
      { locale: 'en', title: 'Public service centre opens', url: 'https://anh.example.vn/a.jpg', reason: 'outside' },
      undefined,
      'Bài “Public service centre opens” (bản tiếng Anh): ảnh https://anh.example.vn/a.jpg không nằm trong thư viện tệp của CMS; trang đã đăng không có ảnh này. Sửa bài để chọn ảnh từ thư viện tệp.',
    ],
    [
      { uid: 'api::comment.comment' },
      undefined,
      'Nội dung “Khai trương Trung tâm phục vụ hành chính công”: ảnh /uploads/anh_khai_truong_1a2b.jpg không còn trên CMS; trang đã đăng không có ảnh này. Sửa nội dung để thay ảnh.',
    ],
  ])('%j (field label %s)', (change, label, expected) => {
    expect(brokenReferenceMessage({ ...article, ...change }, label)).toBe(expected);
  });
});
