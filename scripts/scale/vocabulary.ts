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
