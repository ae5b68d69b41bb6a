import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { ReleaseFiles } from './release.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * @astrojs/sitemap over every page of the release: on its own it lists only the pages a build
 * rendered, and a partial build renders few. Pages are given in path order, so a partial and a
 * full build of the same content write the same sitemap.
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
        done({ ...params, pages: [...files.html].sort().map((file) => ({ pathname: file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/') })) }),
    },
  };
}
