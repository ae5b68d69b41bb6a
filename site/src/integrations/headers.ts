import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nginxAddHeaders, SITE_HEADERS_DIR, SITE_HEADERS_FILES, siteHeaders } from '@cong/shared';
import { siteConfig } from '../config.ts';

/**
 * Writes the headers the release is to be served with into it (`SiteHeaders` of @cong/shared,
 * as JSON for the publisher's static server and as nginx includes for deploy/nginx/). Before
 * the release integration: in a partial build these are files of this build, never links.
 */
export function headers(): AstroIntegration {
  return {
    name: 'cong:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const { siteUrl, publicCmsUrl } = siteConfig();
        const set = siteHeaders({ siteUrl, cmsUrl: publicCmsUrl });
        await mkdir(path.join(out, SITE_HEADERS_DIR), { recursive: true });
        await writeFile(path.join(out, SITE_HEADERS_FILES.json), `${JSON.stringify(set, null, 2)}\n`);
        const written = '# Ghi bởi bản dựng trang (site/src/integrations/headers.ts): không sửa tay.\n';
        await writeFile(path.join(out, SITE_HEADERS_FILES.nginxSite), written + nginxAddHeaders(set.site));
        await writeFile(path.join(out, SITE_HEADERS_FILES.nginxUploads), written + nginxAddHeaders(set.uploads));
      },
    },
  };
}
