import { describe, expect, it } from 'vitest';
import { brokenMediaIn, isUploadPath, mediaUrls, withoutMedia } from './media.ts';

// Entries as the CMS's REST API answers them, cut to what these specs look at.
const photo = (name: string, sizes: string[] = []) => ({
  url: `/uploads/${name}.jpg`,
  mime: 'image/jpeg',
  formats: Object.fromEntries(sizes.map((size) => [size, { url: `/uploads/${size}_${name}.jpg`, mime: 'image/jpeg', width: 245 }])),
});
const pdf = (name: string) => ({ url: `/uploads/${name}.pdf`, mime: 'application/pdf', name: `${name}.pdf` });

const article = {
  documentId: 'bai1',
  title: 'Khai trương Trung tâm phục vụ hành chính công',
  cover: { id: 1, image: photo('khai_truong', ['thumbnail', 'small']), alt: 'Lễ khai trương', caption: null },
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Người dân nộp hồ sơ tại một nơi.' }] },
    { type: 'image', image: photo('quay_tiep_nhan'), children: [{ type: 'text', text: '' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'link', url: '/uploads/huong_dan.pdf', children: [{ type: 'text', text: 'Hướng dẫn nộp hồ sơ' }] },
        { type: 'link', url: 'https://dichvucong.gov.vn/', children: [{ type: 'text', text: 'Cổng Dịch vụ công' }] },
      ],
    },
  ],
  category: { documentId: 'cm1', name: 'Tin trong tỉnh', slug: 'tin-trong-tinh' },
};
const document = { documentId: 'vb1', number: '12/QĐ-UBND', files: [pdf('qd_12'), pdf('qd_12_phu_luc')] };
const issue = { documentId: 'cb1', title: 'Công báo số 22 năm 2026', pdf: pdf('cong_bao_22'), attachments: [] };

describe('isUploadPath', () => {
  it.each([
    ['/uploads/khai_truong_1a2b.jpg', true],
    ['/uploads/thumbnail_khai_truong_1a2b.jpg', true],
    ['/uploads/%E1%BA%A3nh.jpg', true],
    ['/uploads/thang-11/anh.jpg', true],
    ['https://cdn.example.vn/uploads/anh.jpg', false],
    ['/api/upload/files/1', false],
    ['/uploads/', false],
    ['/uploads/../.env', false],
    ['/uploads/%2e%2e/.env', false],
    ['/uploads/a//b.jpg', false],
    ['/uploads/anh.jpg?v=2', false],
    ['/uploads/%E0%A4%A.jpg', false],
    ['/uploads/..%5c.env', false],
  ])('%s → %s', (url, expected) => {
    expect(isUploadPath(url)).toBe(expected);
  });
});

describe('mediaUrls', () => {
  it.each<[string, unknown, string[]]>([
    [
      'an article: its cover and sizes, a rich-text image, a link to an uploaded file, not a link elsewhere',
      article,
      [
        '/uploads/khai_truong.jpg',
        '/uploads/thumbnail_khai_truong.jpg',
        '/uploads/small_khai_truong.jpg',
        '/uploads/quay_tiep_nhan.jpg',
        '/uploads/huong_dan.pdf',
      ],
    ],
    ['a document: its files', document, ['/uploads/qd_12.pdf', '/uploads/qd_12_phu_luc.pdf']],
    ['a gazette issue: its PDF', issue, ['/uploads/cong_bao_22.pdf']],
    ['an image from elsewhere, which the site cannot carry', { cover: { image: { url: 'https://anh.example.vn/a.jpg', mime: 'image/jpeg' } } }, ['https://anh.example.vn/a.jpg']],
    ['site settings: links are not files', { socialLinks: [{ label: 'Facebook', url: 'https://facebook.com/ubnd' }] }, []],
  ])('%s', (_what, entry, expected) => {
    expect(mediaUrls(entry).sort()).toEqual(expected.sort());
  });
});

describe('brokenMediaIn', () => {
  it.each<[string, Record<string, unknown>, string[], Array<{ url: string; field: string; kind: string }>]>([
    ['a rich-text image', article, ['/uploads/quay_tiep_nhan.jpg'], [{ url: '/uploads/quay_tiep_nhan.jpg', field: 'body', kind: 'image' }]],
    [
      'a cover gone with its sizes: the image is named, not its sizes',
      article,
      ['/uploads/khai_truong.jpg', '/uploads/thumbnail_khai_truong.jpg', '/uploads/small_khai_truong.jpg'],
      [{ url: '/uploads/khai_truong.jpg', field: 'cover', kind: 'image' }],
    ],
    ['a linked file', article, ['/uploads/huong_dan.pdf'], [{ url: '/uploads/huong_dan.pdf', field: 'body', kind: 'file' }]],
    ['one of two files', document, ['/uploads/qd_12_phu_luc.pdf'], [{ url: '/uploads/qd_12_phu_luc.pdf', field: 'files', kind: 'file' }]],
    ['the PDF', issue, ['/uploads/cong_bao_22.pdf'], [{ url: '/uploads/cong_bao_22.pdf', field: 'pdf', kind: 'file' }]],
  ])('%s', (_what, entry, broken, expected) => {
    expect(brokenMediaIn(entry, new Set(broken))).toEqual(expected);
  });
});

describe('withoutMedia', () => {
  it('drops a broken rich-text image, keeping the text around it', () => {
    const shown = withoutMedia(article, new Set(['/uploads/quay_tiep_nhan.jpg']));
    expect(shown.body[1]).toEqual({ type: 'image', image: null, children: [{ type: 'text', text: '' }] });
    expect(shown.body[0]).toEqual(article.body[0]);
    expect(shown.cover).toEqual(article.cover);
  });

  it('empties a broken cover, which the components then leave out', () => {
    const shown = withoutMedia(article, new Set(['/uploads/khai_truong.jpg']));
    expect(shown.cover).toEqual({ id: 1, image: null, alt: 'Lễ khai trương', caption: null });
  });

  it('drops one broken size of an image and keeps the image', () => {
    const shown = withoutMedia(article, new Set(['/uploads/small_khai_truong.jpg']));
    expect(Object.keys(shown.cover.image!.formats)).toEqual(['thumbnail']);
    expect(shown.cover.image!.url).toBe('/uploads/khai_truong.jpg');
  });

  it('keeps the text of a link to a broken file, without its address', () => {
    const shown = withoutMedia(article, new Set(['/uploads/huong_dan.pdf']));
    expect(shown.body[2]!.children![0]).toEqual({ type: 'link', url: null, children: [{ type: 'text', text: 'Hướng dẫn nộp hồ sơ' }] });
    expect(shown.body[2]!.children![1]).toEqual(article.body[2]!.children![1]);
  });

  it('drops a broken file from a list, and a broken PDF from its field', () => {
    expect(withoutMedia(document, new Set(['/uploads/qd_12.pdf'])).files).toEqual([pdf('qd_12_phu_luc')]);
    expect(withoutMedia(issue, new Set(['/uploads/cong_bao_22.pdf'])).pdf).toBeNull();
  });

  it('changes nothing of the entry it was given', () => {
    const before = JSON.stringify(article);
    withoutMedia(article, new Set(mediaUrls(article)));
    expect(JSON.stringify(article)).toBe(before);
  });
});
