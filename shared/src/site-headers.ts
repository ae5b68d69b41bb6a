import { uploadHeaders } from './uploads.js';

/**
 * The headers every response of the public site carries, built here only. The site build
 * writes them into the release it makes (SITE_HEADERS_FILES); the publisher's static server
 * reads the JSON and the shipped nginx configuration (deploy/nginx/) includes the nginx files,
 * so both send what the build of the pages they serve decided. Why each header:
 * docs/security.md, "Web server headers".
 */
export interface SiteHeaders {
  /** Every response but an upload's: the pages, their scripts and styles, feeds, the search index. */
  site: Record<string, string>;
  /** Every upload's (under /uploads/), but its type and whether it is a download: `uploadHeaders` says that per name. */
  uploads: Record<string, string>;
}

/** Where, inside a built site, its build writes the headers; the servers read them there and never serve the folder. */
export const SITE_HEADERS_DIR = '_server';

/** The files in SITE_HEADERS_DIR: the JSON `SiteHeaders`, and one nginx include of `add_header` lines each. */
export const SITE_HEADERS_FILES = {
  json: `${SITE_HEADERS_DIR}/headers.json`,
  nginxSite: `${SITE_HEADERS_DIR}/nginx-site.conf`,
  nginxUploads: `${SITE_HEADERS_DIR}/nginx-uploads.conf`,
} as const;

const everyResponse = {
  'X-Content-Type-Options': 'nosniff',
  // Frame-ancestors says the same to browsers that read CSP; this, to those that don't.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The site's headers. `cmsUrl` is the CMS as browsers reach it (the comment form posts there);
 * when it is another origin than `siteUrl`, the policy lets the page send the form to it.
 */
export function siteHeaders({ siteUrl, cmsUrl }: { siteUrl?: string; cmsUrl?: string } = {}): SiteHeaders {
  const cms = cmsUrl ? new URL(cmsUrl).origin : null;
  const elsewhere = cms && cms !== (siteUrl ? new URL(siteUrl).origin : null) ? ` ${cms}` : '';
  const policy = [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly, compiled in the page or its worker: nothing else is
    // evaluated. No inline script anywhere (astro.config.mjs), so no 'unsafe-inline' nor hash.
    "script-src 'self' 'wasm-unsafe-eval'",
    // One stylesheet file, and no style attribute in the markup.
    "style-src 'self'",
    `connect-src 'self'${elsewhere}`,
    `form-action 'self'${elsewhere}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  const { 'Content-Type': _type, 'Content-Disposition': _download, ...upload } = uploadHeaders('');
  return {
    site: { ...everyResponse, 'Content-Security-Policy': policy },
    // An upload's own policy instead of the site's: the browser's viewer for an image or a video
    // needs inline styles the site's would refuse, and no script at all.
    uploads: { ...everyResponse, ...upload },
  };
}

/** The headers of one response: `pathname` is the file served (the 404 page for a missing one). */
export function responseHeaders(headers: SiteHeaders, pathname: string): Record<string, string> {
  return pathname.startsWith('/uploads/') ? { ...headers.uploads, ...uploadHeaders(pathname) } : { ...headers.site };
}

/**
 * The nginx include for a set of headers: one `add_header … always` a header (always: the 404
 * page needs its policy too). Throws on a value nginx would read otherwise than it is written.
 */
export function nginxAddHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => {
      if (!/^[A-Za-z0-9-]+$/.test(name) || /["\\$\r\n]/.test(value)) throw new Error(`Không ghi được tiêu đề ${name}: ${value} cho nginx.`);
      return `add_header ${name} "${value}" always;\n`;
    })
    .join('');
}
