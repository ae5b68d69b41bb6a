// The path of a request as both servers match it. nginx matches its locations and maps against
// $uri: percent-decoded, "." and ".." resolved, repeated slashes merged, no query string. The
// static server must see the same path, and redirect keys are written in the same form.

/**
 * A request target's path as nginx's `$uri` has it (`/tin-tuc/b%E1%BA%A1n/?trang=2` →
 * `/tin-tuc/bạn/`); null when its percent-encoding is not UTF-8 (answered 400). A ".." above
 * the root stays at the root, as URL resolution does (nginx refuses those with 400), so the
 * path never leaves the release.
 */
export function requestPath(target: string): string | null {
  const raw = target.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const segments: string[] = [];
  const parts = decoded.split('/').slice(1);
  for (const part of parts) {
    if (part === '..') segments.pop();
    else if (part !== '.' && part !== '') segments.push(part);
  }
  // A folder stays a folder: "/a/", "/a/." and "/a/.." end in a slash, as in nginx.
  const last = parts.at(-1);
  const folder = segments.length > 0 && (last === '' || last === '.' || last === '..');
  return `/${segments.join('/')}${folder ? '/' : ''}`;
}

/**
 * The form of a path in `SiteRedirects`: `requestPath` without its trailing slash ("/" stays),
 * so `/tin-tuc/bai-cu/`, `/tin-tuc/bai-cu` and `/tin-tuc/b%61i-cu/?trang=2` are one address.
 */
export function redirectPath(path: string): string | null {
  const normal = requestPath(path);
  return normal === null ? null : withoutFolderSlash(normal);
}

/** A `requestPath` without its trailing slash ("/" stays): decoded once already, so never decoded again. */
export const withoutFolderSlash = (path: string): string => (path === '/' ? path : path.replace(/\/+$/, ''));
