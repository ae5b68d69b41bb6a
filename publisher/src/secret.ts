/** The fewest characters a PUBLISHER_SECRET may have (the quick start's and cms/.env's have 32). */
export const MIN_SECRET_LENGTH = 24;

const howToSet =
  `Đặt PUBLISHER_SECRET là một chuỗi ngẫu nhiên từ ${MIN_SECRET_LENGTH} ký tự (ví dụ tạo bằng "openssl rand -base64 32"), ` +
  'giống hệt nhau ở cms/.env và trong môi trường của dịch vụ xuất bản; "./scripts/pnpm start" tự làm việc này.';

/**
 * Why a PUBLISHER_SECRET must not guard the publisher's API, in Vietnamese, or null when it may:
 * empty (anyone who reaches the port could ask for builds and read the status), too short, or a
 * run of a few characters ("aaaa…", "123123…").
 */
export function secretProblem(secret: string): string | null {
  if (secret.trim() === '') {
    return `PUBLISHER_SECRET chưa được đặt: dịch vụ xuất bản không khởi động khi không có khóa, vì khi đó ai gọi tới cũng ra lệnh được. ${howToSet}`;
  }
  if (secret.length < MIN_SECRET_LENGTH || new Set(secret).size < 6) {
    return `PUBLISHER_SECRET quá yếu (${secret.length} ký tự${new Set(secret).size < 6 ? ', lặp lại vài ký tự' : ''}): dịch vụ xuất bản không khởi động. ${howToSet}`;
  }
  return null;
}
