// Vietnamese labels of every field an editor sees. The admin's edit and list views take
// them at bootstrap (bootstrap/admin-labels.ts) and validation errors name fields with them
// (errors/translate.ts). docs/glossary.md is the same map, for people.

export const contentTypeLabels = {
  'api::article.article': {
    title: 'Tiêu đề',
    slug: 'Đường dẫn (slug)',
    summary: 'Sapo (tóm tắt)',
    body: 'Nội dung',
    cover: 'Ảnh đại diện',
    gallery: 'Bộ ảnh',
    video: 'Video',
    category: 'Chuyên mục',
    tags: 'Thẻ',
    byline: 'Tác giả',
    source: 'Nguồn',
    featured: 'Tin nổi bật',
    displayDate: 'Ngày đăng hiển thị',
  },
  'api::category.category': {
    name: 'Tên chuyên mục',
    slug: 'Đường dẫn (slug)',
    description: 'Mô tả',
    order: 'Thứ tự',
    parent: 'Chuyên mục cha',
    children: 'Chuyên mục con',
    articles: 'Tin bài',
  },
  'api::tag.tag': {
    name: 'Tên thẻ',
    slug: 'Đường dẫn (slug)',
    articles: 'Tin bài',
  },
  'api::agency.agency': {
    name: 'Tên cơ quan',
    abbreviation: 'Viết tắt',
    slug: 'Đường dẫn (slug)',
    order: 'Thứ tự',
    documents: 'Văn bản ban hành',
    consultations: 'Dự thảo chủ trì soạn thảo',
  },
  'api::field.field': {
    name: 'Tên lĩnh vực',
    slug: 'Đường dẫn (slug)',
    documents: 'Văn bản',
  },
  'api::document-type.document-type': {
    name: 'Tên loại văn bản',
    abbreviation: 'Viết tắt',
    slug: 'Đường dẫn (slug)',
    order: 'Thứ tự',
    documents: 'Văn bản',
  },
  'api::document.document': {
    number: 'Số ký hiệu',
    slug: 'Đường dẫn (slug)',
    excerpt: 'Trích yếu',
    documentType: 'Loại văn bản',
    issuingAgency: 'Cơ quan ban hành',
    signer: 'Người ký',
    signerTitle: 'Chức vụ người ký',
    field: 'Lĩnh vực',
    issuedDate: 'Ngày ban hành',
    effectiveDate: 'Ngày có hiệu lực',
    expiryDate: 'Ngày hết hiệu lực',
    legalStatus: 'Tình trạng hiệu lực',
    fullText: 'Toàn văn',
    files: 'Tệp đính kèm',
    replaces: 'Thay thế văn bản',
    replacedBy: 'Bị thay thế bởi',
    amends: 'Sửa đổi, bổ sung văn bản',
    amendedBy: 'Được sửa đổi, bổ sung bởi',
    guides: 'Hướng dẫn văn bản',
    guidedBy: 'Được hướng dẫn bởi',
  },
  'api::gazette-issue.gazette-issue': {
    number: 'Số Công báo',
    year: 'Năm',
    title: 'Tên số',
    publicationDate: 'Ngày xuất bản',
    pdf: 'Tệp PDF đã ký số',
    attachments: 'Tệp đính kèm (DOC/DOCX)',
    entries: 'Mục lục',
  },
  'api::consultation.consultation': {
    title: 'Tên dự thảo',
    slug: 'Đường dẫn (slug)',
    summary: 'Tóm tắt',
    body: 'Nội dung',
    draftingAgency: 'Cơ quan chủ trì soạn thảo',
    draftFiles: 'Tệp dự thảo',
    openingAt: 'Thời gian bắt đầu lấy ý kiến',
    closingAt: 'Thời gian kết thúc lấy ý kiến',
    contact: 'Đầu mối tiếp nhận',
    outcome: 'Kết quả tiếp thu, giải trình',
    comments: 'Góp ý',
  },
  'api::comment.comment': {
    consultation: 'Dự thảo',
    referenceCode: 'Mã tiếp nhận',
    fullName: 'Họ và tên',
    organisation: 'Cơ quan/tổ chức',
    email: 'Thư điện tử',
    phone: 'Số điện thoại',
    section: 'Điều, khoản góp ý',
    content: 'Nội dung góp ý',
    moderationStatus: 'Trạng thái kiểm duyệt',
    receivedAt: 'Thời gian nhận',
  },
  'api::page.page': {
    title: 'Tiêu đề',
    slug: 'Đường dẫn (slug)',
    summary: 'Tóm tắt',
    body: 'Nội dung',
    order: 'Thứ tự',
  },
  'api::site-setting.site-setting': {
    portalName: 'Tên Cổng',
    governingBody: 'Cơ quan chủ quản',
    address: 'Địa chỉ',
    hotline: 'Đường dây nóng',
    email: 'Thư điện tử',
    footerText: 'Nội dung chân trang',
    licence: 'Giấy phép',
    editorInChief: 'Chịu trách nhiệm chính',
    socialLinks: 'Mạng xã hội',
    serviceLinks: 'Liên kết dịch vụ',
  },
} as const;

export const componentLabels = {
  'media.figure': { image: 'Ảnh', caption: 'Chú thích', alt: 'Mô tả thay thế (cho người khiếm thị)' },
  'media.video': { file: 'Tệp video', url: 'Đường dẫn video', caption: 'Chú thích' },
  'shared.link': { label: 'Nhãn', url: 'Đường dẫn' },
  'shared.contact': {
    name: 'Họ tên',
    unit: 'Đơn vị',
    email: 'Thư điện tử',
    phone: 'Số điện thoại',
    address: 'Địa chỉ',
  },
  'gazette.entry': { document: 'Văn bản', title: 'Tên hiển thị', pageFrom: 'Từ trang', pageTo: 'Đến trang' },
} as const;

/** The field each content type's list view shows as its title. */
export const mainFields: Record<string, string> = {
  'api::document.document': 'number',
  'api::gazette-issue.gazette-issue': 'title',
  'api::comment.comment': 'fullName',
};

/** The Vietnamese label of a field, or the field's own name where none is set. */
export function fieldLabel(uid: string, field: string): string {
  const labels = { ...contentTypeLabels, ...componentLabels } as Record<string, Record<string, string>>;
  return labels[uid]?.[field] ?? field;
}
