/**
 * A file an entry shows that the site build could not carry into the release: the page went
 * out without it, and the entry's editor is told (the site build reports it, the publisher
 * keeps it with the release, the admin shows it on the entry).
 */
export interface BrokenReference {
  /** The entry's content type, as Strapi names it: "api::article.article". */
  uid: string;
  documentId: string;
  locale: string;
  /** The entry's title, as editors find it in the admin. */
  title: string;
  /** The entry's field the file is in: "body", "cover", "files"… */
  field: string;
  url: string;
  /** Shown in the page (an image) or offered for download (a file). */
  kind: 'image' | 'file';
  /** Gone from the CMS (it answered 404 for it), or never in its media library (not under /uploads/). */
  reason: 'missing' | 'outside';
}

// How an editor calls an entry of each type, lower case, as in "Sửa bài để thay ảnh".
const entryNouns: Readonly<Record<string, string>> = {
  'api::article.article': 'bài',
  'api::document.document': 'văn bản',
  'api::gazette-issue.gazette-issue': 'số Công báo',
  'api::consultation.consultation': 'dự thảo',
  'api::page.page': 'trang',
  'api::site-setting.site-setting': 'thông tin chung',
  'api::category.category': 'chuyên mục',
  'api::tag.tag': 'thẻ',
  'api::agency.agency': 'cơ quan',
  'api::field.field': 'lĩnh vực',
  'api::document-type.document-type': 'loại văn bản',
};

const kindNouns = { image: 'ảnh', file: 'tệp' } as const;

/**
 * What an editor is told about a broken reference, in Vietnamese: which entry, which file,
 * what the public page lacks and what to do. `fieldLabel` names the field as the admin does.
 */
export function brokenReferenceMessage(reference: BrokenReference, fieldLabel?: string): string {
  const entry = entryNouns[reference.uid] ?? 'nội dung';
  const kind = kindNouns[reference.kind];
  const edition = reference.locale === 'en' ? ' (bản tiếng Anh)' : '';
  const where = fieldLabel ? ` (trong “${fieldLabel}”)` : '';
  const subject = `${entry[0]!.toUpperCase()}${entry.slice(1)} “${reference.title}”${edition}: ${kind} ${reference.url}${where}`;
  return reference.reason === 'missing'
    ? `${subject} không còn trên CMS; trang đã đăng không có ${kind} này. Sửa ${entry} để thay ${kind}.`
    : `${subject} không nằm trong thư viện tệp của CMS; trang đã đăng không có ${kind} này. Sửa ${entry} để chọn ${kind} từ thư viện tệp.`;
}
