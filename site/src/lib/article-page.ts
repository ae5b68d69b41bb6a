import type { Article, Locale, Tag } from '@cong/shared';
import { articlesNewestFirst, entries } from './content.ts';
import { groupBy, relatedArticles } from './indexes.ts';

/** Static paths for every article page of a locale, each with its related articles and tags. */
export async function articlePaths(locale: Locale) {
  const articles = await articlesNewestFirst(locale);
  const tagById = new Map((await entries<Tag>('tags')).map((tag) => [tag.documentId, tag]));
  const byTag = groupBy(articles, (article) => (article.tags ?? []).map((tag) => tag.documentId));
  const byCategory = groupBy(articles, (article) => [article.category?.documentId]);
  return articles.map((article) => ({
    params: { slug: article.slug },
    props: {
      article,
      related: relatedArticles(article, byTag, byCategory),
      tags: (article.tags ?? []).map((tag) => tagById.get(tag.documentId)).filter((tag): tag is Tag => Boolean(tag)),
    } satisfies { article: Article; related: Article[]; tags: Tag[] },
  }));
}
