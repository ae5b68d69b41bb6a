import type { Locale, Page, Unit } from '@cong/shared';
import type { PageSearch } from '../search/page-marks.ts';
import { entries } from './content.ts';
import { onlyChanged } from './page-keys.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';
import { entriesOnSite, formerUnitOf, pageSlugsOnSite, releasePath, unitFilterOf, type SiteShell } from './sites.ts';

/** What a static page shows: the page, its other-language edition, and a unit site's shell. */
export interface PageProps {
  page: Page;
  alternate?: { locale: Locale; href: string };
  shell?: SiteShell;
  formerUnit?: Unit;
}

/** Static paths for the static pages of a locale, each with its other-language edition if any: the portal's, or a unit's site's. */
export async function pagePaths(locale: Locale, shell?: SiteShell) {
  const site = shell?.site;
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const translations = await entries<Page>('pages', other);
  const [slugs, otherSlugs] = await Promise.all([pageSlugsOnSite(locale, site), pageSlugsOnSite(other, undefined)]);
  const paths = (await entriesOnSite<Page>('pages', locale, site)).map((page) => {
    const translation = site ? undefined : translations.find((candidate) => candidate.documentId === page.documentId);
    return {
      params: { slug: slugs.get(page.documentId)! },
      props: {
        page,
        alternate: translation ? { locale: other, href: routes.page(otherSlugs.get(translation.documentId) ?? translation.slug, other) } : undefined,
        shell,
        formerUnit: formerUnitOf(page, site),
      } satisfies PageProps,
    };
  });
  return onlyChanged(paths, ({ params }) => releasePath(site, routes.page(params.slug, locale)), ({ props }) => `pages:${locale}:${props.page.documentId}`);
}

/** What search knows of a static page: undated, its words, its unit. */
export const pageSearch = async (page: Page): Promise<PageSearch> => ({
  kind: 'page',
  filters: { unit: await unitFilterOf(page) },
  text: plainText(page.title, page.summary, page.body),
});
