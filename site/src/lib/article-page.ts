import type { Article, Locale, Tag } from '@cong/shared';
import { articleDate, articlesNewestFirst, entries } from './content.ts';

/** Static paths for every article page of a locale, each with its related articles and tags. */
export async function articlePaths(locale: Locale) {
  const articles = await articlesNewestFirst(locale);
  const tags = await entries<Tag>('tags');
  const tagById = new Map(tags.map((tag) => [tag.documentId, tag]));
  return articles.map((article) => {
    const tagIds = new Set((article.tags ?? []).map((tag) => tag.documentId));
    // Related: sharing a tag counts most, then the same category; newest first among equals.
    const related = articles
      .filter((other) => other.documentId !== article.documentId)
      .map((other) => ({
        other,
        score:
          (other.tags ?? []).filter((tag) => tagIds.has(tag.documentId)).length * 2 +
          (other.category && other.category.documentId === article.category?.documentId ? 1 : 0),
      }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || articleDate(b.other).localeCompare(articleDate(a.other)))
      .slice(0, 4)
      .map(({ other }) => other);
    return {
      params: { slug: article.slug },
      props: {
        article,
        related,
        tags: [...tagIds].map((id) => tagById.get(id)).filter((tag): tag is Tag => Boolean(tag)),
      } satisfies { article: Article; related: Article[]; tags: Tag[] },
    };
  });
}
