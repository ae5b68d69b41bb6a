// Vietnamese labels of every field an editor sees. The admin's edit and list views take
// them at bootstrap (bootstrap/admin-labels.ts) and validation errors name fields with them
// (errors/translate.ts). docs/glossary.md is the same map, for people.
import { commentFieldLabels, gazetteIssueTitle } from '@cong/shared';

// The signature check's fields, on both gazette issues and documents.
const signatureFieldLabels = {
    signatureVerdict: 'Kết quả kiểm tra chữ ký số',
    signatureReason: 'Lý do',
    signatures: 'Chi tiết chữ ký',
    signatureCheckedAt: 'Thời điểm kiểm tra chữ ký',
    signatureOverride: 'Cho phép xuất bản dù chữ ký không hợp lệ',
    signatureOverrideBy: 'Người cho phép',
    signatureOverrideAt: 'Thời điểm cho phép',
};

export const contentTypeLabels = {
  'api::article.article': {
    unit: 'Đơn vị',
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
    proposedForPortal: 'Đề xuất đăng trên Cổng tỉnh',
    onPortal: 'Cổng tỉnh đã nhận đăng',
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
    unit: 'Đơn vị',
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
    ...signatureFieldLabels,
  },
  'api::gazette-issue.gazette-issue': {
    unit: 'Đơn vị',
    number: 'Số Công báo',
    year: 'Năm',
    title: 'Tên số',
    publicationDate: 'Ngày xuất bản',
    pdf: 'Tệp PDF đã ký số',
    attachments: 'Tệp đính kèm (DOC/DOCX)',
    entries: 'Mục lục',
    numberingWarning: 'Cảnh báo đánh số',
    ...signatureFieldLabels,
  },
  'api::consultation.consultation': {
    unit: 'Đơn vị',
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
    // The public form's labels, so the moderator reads what the citizen filled in.
    ...commentFieldLabels,
    referenceCode: 'Mã tiếp nhận',
    moderationStatus: 'Trạng thái kiểm duyệt',
    receivedAt: 'Thời gian nhận',
  },
  'api::page.page': {
    unit: 'Đơn vị',
    title: 'Tiêu đề',
    slug: 'Đường dẫn (slug)',
    summary: 'Tóm tắt',
    body: 'Nội dung',
    leaders: 'Lãnh đạo',
    order: 'Thứ tự',
  },
  'api::unit.unit': {
    kind: 'Loại đơn vị',
    fullName: 'Tên đầy đủ',
    shortName: 'Tên ngắn',
    hostLabel: 'Tên miền con',
    parent: 'Đơn vị cấp trên',
    children: 'Đơn vị trực thuộc',
    governingBody: 'Cơ quan chủ quản',
    responsiblePerson: 'Người chịu trách nhiệm',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    status: 'Tình trạng',
    validFrom: 'Hoạt động từ ngày',
    validTo: 'Ngừng hoạt động từ ngày',
    successors: 'Đơn vị kế thừa',
    predecessors: 'Đơn vị tiền thân',
    order: 'Thứ tự',
    editors: 'Biên tập viên của đơn vị',
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
  'unit.leader': {
    name: 'Họ tên',
    position: 'Chức vụ',
    photo: 'Ảnh',
    biography: 'Tiểu sử tóm tắt',
    duties: 'Nhiệm vụ được phân công',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
  },
} as const;

/** Help shown under a field in the admin's edit view. */
export const fieldHints: Record<string, Record<string, string>> = {
  'api::article.article': {
    proposedForPortal: 'Đơn vị đề xuất; Trung tâm Thông tin quyết định đăng tin lên trang chủ Cổng tỉnh.',
    slug: 'Để trống để tạo tự động từ tiêu đề.',
    summary: 'Đoạn mở đầu in đậm dưới tiêu đề.',
    displayDate: 'Ngày giờ hiện cho bạn đọc; để trống thì dùng thời điểm xuất bản.',
  },
  'api::page.page': {
    slug: 'Địa chỉ của trang trên trang thông tin của đơn vị (/trang/<đường dẫn>/): Cổng chuyển thành chữ thường không dấu nối bằng gạch ngang; không trùng với trang khác của cùng đơn vị. Để trống để tạo tự động từ tiêu đề.',
  },
  'api::document.document': {
    number: 'Ví dụ: 1730/TB-VP, 355/QĐ-UBND, 43/2011/NĐ-CP.',
    slug: 'Để trống để tạo tự động từ số ký hiệu và năm.',
    legalStatus: 'Tự tính từ ngày có hiệu lực và ngày hết hiệu lực khi có.',
  },
  'api::gazette-issue.gazette-issue': {
    signatureVerdict: 'Máy chủ tự kiểm tra khi tệp PDF được gắn; không sửa tay.',
    signatureOverride: 'Chỉ Quản trị cao nhất được bật; việc cho phép được ghi lại.',
    number: 'Số thứ tự trong năm, không trùng, không bỏ số.',
    title: `Để trống để đặt là “${gazetteIssueTitle({ number: 'N', year: 'Y' })}”.`,
  },
  'api::consultation.consultation': {
    outcome: 'Công bố sau khi hết hạn lấy ý kiến: tổng hợp, tiếp thu, giải trình.',
  },
  'api::unit.unit': {
    hostLabel: 'Trang của đơn vị ở <tên miền con>.<tên miền của tỉnh>: tên đầy đủ không dấu (NĐ 224/2026 Đ11 k4). Để trống để tạo tự động.',
    validTo: 'Ngày đơn vị kế thừa bắt đầu hoạt động, khi đơn vị sáp nhập, chia tách hoặc đổi tên.',
    successors: 'Khi sáp nhập, chia tách, đổi tên: trang cũ của đơn vị chuyển về trang của đơn vị kế thừa đầu tiên.',
    editors: 'Những người biên tập nội dung của đơn vị; họ không thấy nội dung của đơn vị khác.',
  },
  'api::comment.comment': {
    email: 'Thông tin riêng: không bao giờ hiện trên Cổng.',
    phone: 'Thông tin riêng: không bao giờ hiện trên Cổng.',
  },
};

/** How each content type's list view reads: its title field, order and columns. */
export const listViews: Record<string, { mainField?: string; sortBy?: string; order?: 'ASC' | 'DESC'; columns?: string[] }> = {
  'api::article.article': { sortBy: 'displayDate', order: 'DESC', columns: ['title', 'category', 'displayDate', 'featured'] },
  'api::document.document': { mainField: 'number', sortBy: 'issuedDate', order: 'DESC', columns: ['number', 'excerpt', 'issuedDate', 'legalStatus'] },
  'api::gazette-issue.gazette-issue': { mainField: 'title', sortBy: 'publicationDate', order: 'DESC', columns: ['title', 'publicationDate'] },
  'api::consultation.consultation': { sortBy: 'openingAt', order: 'DESC', columns: ['title', 'openingAt', 'closingAt'] },
  'api::comment.comment': { mainField: 'fullName', sortBy: 'receivedAt', order: 'DESC', columns: ['fullName', 'consultation', 'moderationStatus', 'receivedAt'] },
  'api::unit.unit': { mainField: 'fullName', sortBy: 'order', order: 'ASC', columns: ['fullName', 'kind', 'hostLabel', 'status'] },
};

/** The Vietnamese label of a field, or the field's own name where none is set. */
export function fieldLabel(uid: string, field: string): string {
  const labels = { ...contentTypeLabels, ...componentLabels } as Record<string, Record<string, string>>;
  return labels[uid]?.[field] ?? field;
}
