import type { APIContext } from 'astro';
import { t } from '../../i18n';
import { articleFeedItems } from '../../lib/article-feed';
import { articlesNewestFirst } from '../../lib/content';
import { feedResponse } from '../../lib/feed';
import { routes } from '../../lib/routes';

export async function GET({ site }: APIContext) {
  return feedResponse(site!, {
    title: t('en', 'feed.news'),
    path: routes.news('en'),
    items: articleFeedItems(await articlesNewestFirst('en'), 'en'),
    locale: 'en',
  });
}
