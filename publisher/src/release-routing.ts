import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { NO_REDIRECTS, PORTAL_ONLY, SITE_ROUTING_FILES, type SiteRedirects, type SitesManifest } from '@cong/shared';

/** A release's routing files, as its build wrote them. */
export interface ReleaseRouting {
  sites: SitesManifest;
  redirects: SiteRedirects;
}

// As release-headers.ts: by the release's real folder and each file's time.
const known = new Map<string, { stamp: string; routing: Promise<ReleaseRouting> }>();
const warned = new Set<string>();

/** One routing file of a release, or `fallback` when it has none; rejects on one that is not of its shape. */
async function readRouting<T>(file: string, fallback: T, shaped: (value: any) => boolean): Promise<T> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (text === null) return fallback;
  const value = JSON.parse(text);
  if (!shaped(value)) throw new Error(`${path.basename(file)} không đúng dạng`);
  return value as T;
}

const isRecord = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSites = (value: any) => isRecord(value) && Array.isArray(value.units) && Array.isArray(value.shared);
const isRedirects = (value: any) => isRecord(value) && isRecord(value.redirects) && Object.values(value.redirects).every(isRecord) && isRecord(value.formerHosts);

/**
 * The component sites and old addresses of the release `root` is (or links to now). A release
 * without the files (built before the site wrote them) is the portal alone, redirecting nothing;
 * so is one whose files cannot be read, which is said once.
 */
export async function releaseRouting(root: string): Promise<ReleaseRouting> {
  const dir = await realpath(root).catch(() => root);
  const files = [SITE_ROUTING_FILES.sites, SITE_ROUTING_FILES.redirects].map((file) => path.join(dir, file));
  const stamp = (await Promise.all(files.map((file) => stat(file).then((info) => info.mtimeMs, () => -1)))).join(' ');
  const cached = known.get(dir);
  if (cached?.stamp === stamp) return cached.routing;
  const routing = Promise.all([readRouting(files[0]!, PORTAL_ONLY, isSites), readRouting(files[1]!, NO_REDIRECTS, isRedirects)])
    .then(([sites, redirects]) => ({ sites, redirects }))
    .catch((error: Error) => {
      if (!warned.has(dir)) console.warn(`Không đọc được tệp định tuyến của ${dir} (${error.message}): chỉ phục vụ cổng tỉnh, không chuyển hướng.`);
      warned.add(dir);
      return { sites: PORTAL_ONLY, redirects: NO_REDIRECTS };
    });
  known.set(dir, { stamp, routing });
  return routing;
}
