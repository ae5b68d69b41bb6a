// Which links an editor may put on the portal (rich text, service and social links, a video's
// address): the CMS refuses the others when they are saved, the site drops any that got in
// before. Decided by parsing the link as a browser does (WHATWG URL), never by its first
// characters: "/\evil.example" and "/<TAB>/evil.example" start like paths inside the site,
// but a browser drops the tab, reads "\" as "/", and leaves for evil.example.

const schemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
// Stands for the page a relative link sits on: only where it resolves matters.
const base = new URL('https://cong.invalid/trang/hien-tai');
// Controls (a browser drops tabs and line breaks, which hides "java\nscript:") and characters
// nobody sees (bidi overrides, zero-width spaces): no real address holds them.
const hidden = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
// "&#x2F;", "&#47;", "&colon;": an HTML character reference means the address was copied out of
// HTML source; anything that decodes it would follow another link than the one checked.
// (A named one needs its ";", so "?a=1&b=2" stays a query string.)
const characterReference = /&#\d+|&#x[\da-f]+|&[a-z][a-z\d]*;/i;

/**
 * What is wrong with a link, in Vietnamese, or null when the portal may show it: web
 * (http, https), e-mail (mailto) and phone (tel) addresses, and links that stay on the site.
 */
export function linkHrefProblem(url: unknown): string | null {
  if (typeof url !== 'string' || url.trim() === '') return 'liên kết trống.';
  const href = url.trim();
  if (hidden.test(href)) return 'có ký tự điều khiển hoặc ký tự ẩn (dấu tab, xuống dòng, ký tự đảo chiều, khoảng trắng không độ rộng).';
  if (characterReference.test(href)) return 'có mã ký tự HTML (dạng &…;): hãy dán địa chỉ như trình duyệt hiển thị.';
  const absolute = parse(href);
  if (absolute) return schemes.has(absolute.protocol) ? null : `dùng giao thức "${absolute.protocol}", không được phép.`;
  const resolved = parse(href, base);
  if (!resolved) return 'không phải một địa chỉ hợp lệ.';
  return resolved.origin === base.origin ? null : `trông như đường dẫn trong Cổng nhưng trình duyệt sẽ mở trang ${resolved.host}.`;
}

/** The URL a browser would make of the link, or null when it would make none. */
function parse(href: string, against?: URL): URL | null {
  try {
    return new URL(href, against);
  } catch {
    return null;
  }
}

/** The link to render, trimmed, or undefined when it may not be shown ({@link linkHrefProblem}). */
export function safeLinkHref(url: unknown): string | undefined {
  return linkHrefProblem(url) === null ? (url as string).trim() : undefined;
}

/** What the portal accepts, said once for every message that refuses a link. */
export const SAFE_LINK_HINT =
  'Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc đường dẫn trong Cổng bắt đầu bằng / (ví dụ /tin-tuc).';

/** A link as a message can quote it: invisible characters spelled out, long ones cut. */
export function quotedLink(url: unknown): string {
  const text = String(url ?? '').replace(
    new RegExp(hidden.source, 'gu'),
    (char) => `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `"${text.length > 120 ? `${text.slice(0, 117)}…` : text}"`;
}
