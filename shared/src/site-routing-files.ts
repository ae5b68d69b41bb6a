import { requestPath, withoutFolderSlash } from './request-path.js';
import { isHostLabel, SHARED_ROOT_PATHS, SITE_ROUTING_FILES, type RedirectTarget, type SiteRedirects, type SitesManifest } from './sites.js';

/** The sites.json of a release holding these units' sites: sorted, checked, the shared root paths by default. */
export function sitesManifest(units: string[], shared: readonly string[] = SHARED_ROOT_PATHS): SitesManifest {
  for (const label of units) if (!isHostLabel(label)) throw new Error(`Nhãn tên miền "${label}" không hợp lệ: chỉ chữ thường không dấu, số và dấu gạch ngang, tối đa 63 ký tự.`);
  // Plain paths only: nginx matches a prefix as a regular expression, which these need no escape in but ".".
  for (const path of shared) if (!/^\/[\w.\/-]*$/.test(path) || requestPath(path) !== path) throw new Error(`Đường dẫn dùng chung "${path}" không hợp lệ.`);
  return { units: [...new Set(units)].sort(), shared: [...new Set(shared)] };
}

/** A label as a key of the nginx maps keyed by host; throws on one nginx's server_name would never capture. */
function labelKey(label: string): string {
  if (!/^[a-z0-9-]+$/.test(label)) throw new Error(`Nhãn tên miền "${label}" không hợp lệ.`);
  // A key spelt like one of map's own words is written with a "\" before it (nginx's map docs).
  return ['default', 'hostnames', 'include', 'volatile'].includes(label) ? `\\${label}` : label;
}

// What nginx's config parser would read otherwise than written inside a quoted string: the quote
// and the backslash (escapes), control characters; in a value, "$" (a variable).
const unquotable = /["\\\x00-\x1f\x7f]/;

/** A quoted nginx string of `text`; throws on one it would not read back as written. */
function quoted(text: string, what: string, { value = false } = {}): string {
  if (unquotable.test(text) || (value && text.includes('$'))) throw new Error(`Không ghi được ${what} "${text}" cho nginx.`);
  return `"${text}"`;
}

/** The value the nginx maps carry for a target: "301 <url>" or "410 /<page>" (deploy/nginx/cong.conf splits it). */
function nginxTarget(target: RedirectTarget): string {
  if (target.status === 301) {
    if (!/^https?:\/\//.test(target.to)) throw new Error(`Đích chuyển hướng "${target.to}" không phải địa chỉ http:// hoặc https://.`);
    return quoted(`301 ${target.to}`, 'đích chuyển hướng', { value: true });
  }
  if (requestPath(`/${target.page}`) !== `/${target.page}` || !target.page.endsWith('.html')) throw new Error(`Trang "${target.page}" không phải một tệp trong bản dựng.`);
  return quoted(`410 /${target.page}`, 'trang đã gỡ', { value: true });
}

const written = '# Ghi bởi bản dựng trang (siteRoutingFiles trong @cong/shared): không sửa tay.\n';
const lines = (entries: string[]) => written + entries.map((entry) => `${entry};\n`).join('');
// The one character of a shared path (sitesManifest) that means something else in a regular expression.
const prefixRegex = (path: string) => `~^${path.replaceAll('.', '[.]')}`;

/**
 * Every routing file the build writes into a release (SITE_ROUTING_FILES → its text): the JSON
 * the static server reads and the entries of deploy/nginx/cong.conf's maps, so both route the
 * same. Throws on a label, path or target a server could not be given as it is.
 */
export function siteRoutingFiles(sites: SitesManifest, redirects: SiteRedirects): Record<string, string> {
  const manifest = sitesManifest(sites.units, sites.shared);
  const live = new Set(manifest.units);
  const exact: string[] = [];
  for (const [label, paths] of Object.entries(redirects.redirects)) {
    if (label !== '') labelKey(label);
    for (const [path, target] of Object.entries(paths)) {
      const normal = requestPath(path);
      if (normal === null || withoutFolderSlash(normal) !== path) throw new Error(`Đường dẫn chuyển hướng "${path}" chưa ở dạng redirectPath.`);
      // The key nginx looks up: the label, then the path (no label has a "/", so the two never blur).
      exact.push(`${quoted(`${label}${path}`, 'đường dẫn chuyển hướng')} ${nginxTarget(target)}`);
    }
  }
  // A live unit's host is served, whatever it was before (as resolveRequest does).
  const former = Object.entries(redirects.formerHosts).filter(([label]) => !live.has(label));
  return {
    [SITE_ROUTING_FILES.sites]: `${JSON.stringify(manifest, null, 2)}\n`,
    [SITE_ROUTING_FILES.redirects]: `${JSON.stringify(redirects, null, 2)}\n`,
    [SITE_ROUTING_FILES.nginxUnits]: lines([...live].map((label) => `${labelKey(label)} 1`)),
    [SITE_ROUTING_FILES.nginxShared]: lines(manifest.shared.map((path) => `${quoted(path.endsWith('/') ? prefixRegex(path) : path, 'đường dẫn dùng chung')} 1`)),
    [SITE_ROUTING_FILES.nginxRedirects]: lines(exact),
    [SITE_ROUTING_FILES.nginxFormerHosts]: lines(former.map(([label, target]) => `${labelKey(label)} ${nginxTarget(target)}`)),
  };
}
