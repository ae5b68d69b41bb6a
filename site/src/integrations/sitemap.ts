import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { UNIT_SITES_DIR } from '@cong/shared';
import type { ReleaseFiles } from './release.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * @astrojs/sitemap over every page of the portal in the release: on its own it lists only the
 * pages a build rendered, and a partial build renders few. Pages are given in path order, so a
 * partial and a full build of the same content write the same sitemap. A unit's pages are in
 * its own sitemap, at its own host (build/unit-sitemaps.ts): at the portal's they only redirect.
 */
export function releaseSitemap(files: ReleaseFiles): AstroIntegration {
  const inner = sitemap({ filter: (page) => !page.endsWith('/404/') });
  const done = inner.hooks['astro:build:done'] as BuildDone;
  return {
    ...inner,
    name: 'cong:sitemap',
    hooks: {
      ...inner.hooks,
      'astro:build:done': (params) =>
        done({
          ...params,
          pages: [...files.html]
            .filter((file) => !file.startsWith(`${UNIT_SITES_DIR}/`))
            .sort()
            .map((file) => ({ pathname: file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/') })),
        }),
    },
  };
}
