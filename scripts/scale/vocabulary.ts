import { readFileSync } from 'node:fs';
import path from 'node:path';

// The words of generated content: sentences written for it in the register of provincial
// news and directive documents, real kinds of agencies and subjects of a provincial
// People's Committee.

/** The sentences of vocabulary/sentences.txt, one a line. */
export function sentences(): string[] {
  return readFileSync(path.join(import.meta.dirname, 'vocabulary/sentences.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export const agencies = [
  ['Ủy ban nhân dân tỉnh', 'UBND'], ['Văn phòng UBND tỉnh', 'VP'], ['Sở Tài chính', 'STC'], ['Sở Nội vụ', 'SNV'],
  ['Sở Thông tin và Truyền thông', 'STTTT'], ['Sở Kế hoạch và Đầu tư', 'SKHĐT'], ['Sở Y tế', 'SYT'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT'], ['Sở Nông nghiệp và Phát triển nông thôn', 'SNN'], ['Sở Xây dựng', 'SXD'],
  ['Sở Tư pháp', 'STP'], ['Sở Tài nguyên và Môi trường', 'STNMT'], ['Sở Giao thông vận tải', 'SGTVT'],
  ['Sở Công Thương', 'SCT'], ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'], ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
] as const;

export const documentTypes = [
  ['Quyết định', 'QĐ', 0.45], ['Công văn', 'CV', 0.2], ['Thông báo', 'TB', 0.1], ['Kế hoạch', 'KH', 0.12],
  ['Chỉ thị', 'CT', 0.03], ['Báo cáo', 'BC', 0.07], ['Nghị quyết', 'NQ', 0.03],
] as const;

export const fields = [
  'Công nghệ thông tin', 'Tài chính - Ngân sách', 'Tổ chức bộ máy', 'Cải cách hành chính', 'Thông tin - Truyền thông',
  'Đất đai', 'Xây dựng', 'Giáo dục', 'Y tế', 'Nông nghiệp', 'Giao thông', 'Đầu tư', 'Môi trường', 'Lao động',
] as const;

export const subjects = [
  'triển khai chuyển đổi số', 'phòng, chống thiên tai', 'cải cách thủ tục hành chính', 'phát triển kinh tế - xã hội',
  'quản lý đất đai', 'xây dựng nông thôn mới', 'an toàn giao thông', 'phòng, chống dịch bệnh', 'thu hút đầu tư',
  'bảo vệ môi trường', 'giải quyết việc làm', 'quản lý ngân sách nhà nước', 'công tác cán bộ', 'phát triển du lịch',
  'cung cấp dịch vụ công trực tuyến', 'thực hiện Công báo điện tử', 'xây dựng chính quyền số', 'quy hoạch đô thị',
] as const;

export const places = ['huyện Vũ Quang', 'thành phố tỉnh lỵ', 'thị xã Hồng Lĩnh', 'huyện Đức Thọ', 'huyện Can Lộc', 'huyện Hương Sơn', 'xã Sơn Kim', 'phường Nam Hà'] as const;

export const people = ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Minh Tuấn', 'Phạm Thu Hà', 'Đỗ Văn Nam', 'Hoàng Thị Lan', 'Vũ Đức Thắng', 'Bùi Thị Hạnh', 'Đặng Quốc Bảo', 'Ngô Thị Thu'] as const;

export const signers = [['Lê Văn Bình', 'Chủ tịch UBND tỉnh'], ['Phạm Thị Hoa', 'KT. Chủ tịch, Phó Chủ tịch UBND tỉnh'], ['Trần Quốc Khánh', 'KT. Chủ tịch, Phó Chủ tịch UBND tỉnh'], ['Nguyễn Xuân Lộc', 'TL. Chánh Văn phòng']] as const;

// The component sites of a province after the 2025 reform: its sở, ban, ngành (NĐ 224/2026
// Đ11), with their abbreviations as they sign documents. Those also in `agencies` are the same
// agency: they number their documents in one sequence with the province's.
export const departments = [
  ['Sở Tài chính', 'STC'], ['Sở Nội vụ', 'SNV'], ['Sở Tư pháp', 'STP'], ['Sở Công Thương', 'SCT'], ['Sở Xây dựng', 'SXD'],
  ['Sở Y tế', 'SYT'], ['Sở Giáo dục và Đào tạo', 'SGDĐT'], ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['Sở Nông nghiệp và Môi trường', 'SNNMT'], ['Sở Khoa học và Công nghệ', 'SKHCN'], ['Sở Dân tộc và Tôn giáo', 'SDTTG'],
  ['Sở Ngoại vụ', 'SNGV'], ['Thanh tra tỉnh', 'TTR'], ['Ban Quản lý Khu kinh tế tỉnh', 'BQLKKT'],
  ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'BQLDA'], ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'VPĐĐBQH'],
  ['Đài Phát thanh và Truyền hình tỉnh', 'ĐPTTH'], ['Bảo hiểm xã hội tỉnh', 'BHXH'], ['Liên minh Hợp tác xã tỉnh', 'LMHTX'],
  ['Trường Chính trị tỉnh', 'TCT'],
] as const;

// Xã and phường names are two of these words ("Xã Tân Phú", "Phường Hưng Lộc"), as most are.
export const placeWords = [
  'An', 'Bình', 'Cẩm', 'Đức', 'Hưng', 'Hòa', 'Kỳ', 'Lộc', 'Minh', 'Nam', 'Phú', 'Quang', 'Sơn', 'Tân', 'Thạch', 'Thanh',
  'Thiên', 'Trung', 'Vĩnh', 'Xuân', 'Hải', 'Long', 'Mỹ', 'Phong', 'Thịnh', 'Tiến', 'Lâm', 'Hồng', 'Yên', 'Châu',
] as const;

// What a unit's news is about, after the unit's name ("Sở Y tế tổ chức hội nghị về …").
export const unitActions = ['tổ chức hội nghị về', 'triển khai kế hoạch', 'ra quân', 'sơ kết công tác', 'tập huấn về', 'kiểm tra công tác'] as const;
