import type { APIContext } from 'astro';
import type { Article, Category } from '@cong/shared';
import { articleFeedItems, feedSize } from '../../../lib/article-feed';
import { articlesInCategory, entries } from '../../../lib/content';
import { feedResponse } from '../../../lib/feed';
import { onlyChanged } from '../../../lib/page-keys';
import { routes } from '../../../lib/routes';

export async function getStaticPaths() {
  const paths = [];
  for (const category of await entries<Category>('categories')) {
    paths.push({ params: { slug: category.slug }, props: { category, articles: (await articlesInCategory(category)).slice(0, feedSize) } });
  }
  return onlyChanged(paths, ({ props }) => routes.categoryFeed(props.category.slug));
}

export async function GET({ site, props }: APIContext<{ category: Category; articles: Article[] }>) {
  const { category, articles } = props;
  return feedResponse(site!, { title: category.name, path: routes.category(category.slug), items: articleFeedItems(articles) });
}
