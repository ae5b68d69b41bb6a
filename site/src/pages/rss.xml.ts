import type { APIContext } from 'astro';
import { t } from '../i18n';
import { articleFeedItems } from '../lib/article-feed';
import { articlesNewestFirst } from '../lib/content';
import { feedResponse } from '../lib/feed';
import { routes } from '../lib/routes';

export async function GET({ site }: APIContext) {
  return feedResponse(site!, { title: t('vi', 'feed.news'), path: routes.news(), items: articleFeedItems(await articlesNewestFirst('vi')) });
}
