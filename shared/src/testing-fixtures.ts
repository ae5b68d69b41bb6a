import type { BrokenReference } from './broken-reference.js';

/** A broken reference as a build reports one: an article's rich-text image gone from the CMS. */
export const lostArticleImage: BrokenReference = {
  uid: 'api::article.article',
  documentId: 'bai1',
  locale: 'vi',
  title: 'Khai trương Trung tâm phục vụ hành chính công',
  field: 'body',
  url: '/uploads/quay_tiep_nhan.jpg',
  kind: 'image',
  reason: 'missing',
};
