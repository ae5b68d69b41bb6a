// How every package words a setting it cannot use, and the checks more than one of them makes:
// the CMS (cms/src/config/checked-env.ts), the site (site/src/config.ts) and the publisher
// (publisher/src/config.ts) stop with the same kind of message, naming the variable.

/** The error for a setting that cannot be used: `KEY="value" không hợp lệ: cần <wanted>.` */
export function invalidSetting(key: string, value: string, wanted: string): Error {
  return new Error(`${key}="${value}" không hợp lệ: cần ${wanted}.`);
}

/** What an address setting must be, as the message says it. */
export const HTTP_URL_WANTED = 'một địa chỉ http:// hoặc https://, ví dụ https://congthongtin.example.gov.vn';

/** Whether a value is an absolute http:// or https:// address with a host. */
export function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}
