import type { APIContext } from 'astro';
import { UNIT_SITEMAP_PATH } from '../../../build/unit-sitemaps';
import { onlyChanged } from '../../../lib/page-keys';
import { eachUnitSite, releasePath } from '../../../lib/sites';

// A unit's host answers for its own robots.txt, naming its own sitemap (written with the
// release: build/unit-sitemaps.ts); the portal's names the portal's pages only.
export const getStaticPaths = () =>
  eachUnitSite((shell) => onlyChanged([{ params: {}, props: { origin: shell.site.origin } }], () => releasePath(shell.site, '/robots.txt')));

export function GET({ props }: APIContext) {
  const { origin } = props as { origin: string };
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${origin}${UNIT_SITEMAP_PATH}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
