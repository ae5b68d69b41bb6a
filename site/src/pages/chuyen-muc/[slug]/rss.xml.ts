import type { APIContext } from 'astro';
import type { Category } from '@cong/shared';
import { articleFeedItems } from '../../../lib/article-feed';
import { articlesInCategory, entries } from '../../../lib/content';
import { feedResponse } from '../../../lib/feed';
import { routes } from '../../../lib/routes';

export async function getStaticPaths() {
  return (await entries<Category>('categories')).map((category) => ({ params: { slug: category.slug }, props: { category } }));
}

export async function GET({ site, props }: APIContext<{ category: Category }>) {
  const { category } = props;
  const articles = await articlesInCategory(category);
  return feedResponse(site!, { title: category.name, path: routes.category(category.slug), items: articleFeedItems(articles) });
}
