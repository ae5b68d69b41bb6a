import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SITE_HEADERS_FILES, siteHeaders, type SiteHeaders } from '@cong/shared';

// What each release's build said it is to be served with, by the release's real folder (the
// root served may be a link the publisher swaps) and the file's time (a folder built again in
// place, as site/dist is by hand, says it anew).
const known = new Map<string, { mtimeMs: number; headers: Promise<SiteHeaders> }>();
const warned = new Set<string>();

/**
 * The headers of the release `root` is (or links to now). A release without the file (one
 * built before the site wrote it) gets the site's policy without the CMS's address: strict,
 * but its comment form cannot send to the CMS; that is said once.
 */
export async function releaseHeaders(root: string): Promise<SiteHeaders> {
  const file = path.join(await realpath(root).catch(() => root), SITE_HEADERS_FILES.json);
  const mtimeMs = (await stat(file).catch(() => null))?.mtimeMs ?? -1;
  const cached = known.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.headers;
  const headers = readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as SiteHeaders)
    .catch((error: Error) => {
      if (!warned.has(file)) console.warn(`Không đọc được ${file} (${error.message}): gửi chính sách mặc định, biểu mẫu góp ý không gửi được tới CMS.`);
      warned.add(file);
      return siteHeaders();
    });
  known.set(file, { mtimeMs, headers });
  return headers;
}
