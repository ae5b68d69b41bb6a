import type { Article, Locale } from '@cong/shared';
import { articleDate } from './content.ts';
import { routes } from './routes.ts';

/** How many of the newest articles a feed carries. */
export const feedSize = 50;

/** The RSS items of the newest articles. */
export const articleFeedItems = (articles: Article[], locale: Locale = 'vi') =>
  articles.slice(0, feedSize).map((article) => ({
    title: article.title,
    description: article.summary ?? undefined,
    pubDate: new Date(articleDate(article)),
    link: routes.article(article.slug, locale),
    categories: article.category ? [article.category.name] : undefined,
    author: article.byline ?? undefined,
  }));
