import type { APIContext } from 'astro';
import type { Article } from '@cong/shared';
import { t } from '../../../i18n';
import { articleFeedItems, feedSize } from '../../../lib/article-feed';
import { articlesNewestFirst } from '../../../lib/content';
import { feedResponse } from '../../../lib/feed';
import { onlyChanged } from '../../../lib/page-keys';
import { routes } from '../../../lib/routes';
import { eachUnitSite, releasePath, type SiteShell } from '../../../lib/sites';

// Keyed by what it shows, like every page: a partial build writes a unit's feed only when its
// news changed, and leaves the unit's folder one link to the release before (build/folder-links.ts).
export const getStaticPaths = () =>
  eachUnitSite(async (shell) => {
    const articles = (await articlesNewestFirst('vi', shell.site)).slice(0, feedSize);
    return onlyChanged([{ params: {}, props: { shell, articles } }], () => releasePath(shell.site, routes.feed.news()));
  });

/** A unit's news feed, its links on the unit's host. */
export async function GET({ props }: APIContext) {
  const { shell, articles } = props as { shell: SiteShell; articles: Article[] };
  const { site } = shell;
  return feedResponse(new URL(`${site.origin}/`), {
    title: t('vi', 'feed.news'),
    path: routes.news(),
    items: articleFeedItems(articles),
    siteName: site.unit.fullName,
  });
}
