import type { APIContext } from 'astro';
import { t } from '../../../i18n';
import { articleFeedItems } from '../../../lib/article-feed';
import { articlesNewestFirst } from '../../../lib/content';
import { feedResponse } from '../../../lib/feed';
import { routes } from '../../../lib/routes';
import { eachUnitSite, type SiteShell } from '../../../lib/sites';

export const getStaticPaths = () => eachUnitSite((shell) => [{ params: {}, props: { shell } }]);

/** A unit's news feed, its links on the unit's host. */
export async function GET({ props }: APIContext) {
  const { site } = (props as { shell: SiteShell }).shell;
  return feedResponse(new URL(`${site.origin}/`), {
    title: t('vi', 'feed.news'),
    path: routes.news(),
    items: articleFeedItems(await articlesNewestFirst('vi', site)),
    siteName: site.unit.fullName,
  });
}
