import { createHash } from 'node:crypto';
import { link, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { UNIT_SITES_DIR } from '@cong/shared';
import { siteConfig } from '../config.ts';
import type { ReleaseFiles } from './release.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/** The portal's sitemap files, at the top of a release (sitemap-index.xml, sitemap-0.xml, …). */
export const isPortalSitemapFile = (file: string) => /^sitemap-[\w-]+\.xml$/.test(file);

// In the build info (SITE_BUILD_INFO): what the sitemap listed, for the next build to compare.
const digestFile = 'sitemap.digest';

/**
 * @astrojs/sitemap over every page of the portal in the release: on its own it lists only the
 * pages a build rendered, and a partial build renders few. Pages are given in path order, so a
 * partial and a full build of the same content write the same sitemap. A unit's pages are in
 * its own sitemap, at its own host (build/unit-sitemaps.ts): at the portal's they only redirect.
 * The sitemap lists addresses only: a partial build that leaves the portal's addresses as the
 * base release has them (a xã's article, an edit) links the base's files instead of writing
 * 15,000 addresses again (0.5 s of a publish).
 */
export function releaseSitemap(files: ReleaseFiles): AstroIntegration {
  const inner = sitemap({ filter: (page) => !page.endsWith('/404/') });
  const done = inner.hooks['astro:build:done'] as BuildDone;
  return {
    ...inner,
    name: 'cong:sitemap',
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        const { base, buildInfoDir, siteUrl } = siteConfig();
        const out = fileURLToPath(params.dir);
        const pages = [...files.html]
          .filter((file) => !file.startsWith(`${UNIT_SITES_DIR}/`))
          .sort()
          .map((file) => ({ pathname: file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/') }));
        const digest = createHash('sha256').update(`${siteUrl}\n`).update(pages.map((page) => page.pathname).join('\n')).digest('hex');
        const previous = files.partial && base ? await readFile(path.join(base.infoDir, digestFile), 'utf8').catch(() => null) : null;
        if (previous === digest) {
          const kept = (await readdir(base!.dir)).filter(isPortalSitemapFile);
          for (const file of kept) await link(path.join(base!.dir, file), path.join(out, file));
          params.logger.info(`Địa chỉ của cổng như bản trước: giữ ${kept.length} tệp sơ đồ trang.`);
        } else {
          await done({ ...params, pages });
        }
        if (buildInfoDir) await writeFile(path.join(buildInfoDir, digestFile), digest);
      },
    },
  };
}
