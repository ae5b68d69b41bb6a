import type { Article, GazetteIssue, LegalDocument, PublicComment } from '@cong/shared';
import { articleDate, articlesNewestFirst, entries } from './content.ts';

// Lookups built once per build and shared by every page, so no page scans the whole site:
// at ten years (~150,000 pages) a scan per page would be billions of steps.

const once = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};

/** Items grouped by a key (an item may be under several keys), in their original order. */
export function groupBy<T>(items: T[], keys: (item: T) => Array<string | undefined>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (!key) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The documentIds of the documents published now. */
export const publishedDocumentIds = once(async () => new Set((await entries<LegalDocument>('documents')).map((d) => d.documentId)));

/** For each document, the gazette issues it was published in. */
export const gazetteIssuesByDocument = once(async () =>
  groupBy(await entries<GazetteIssue>('gazetteIssues'), (issue) => (issue.entries ?? []).map((entry) => entry.document?.documentId)),
);

/** Vietnamese articles, newest first, by tag. */
export const articlesByTag = once(async () => groupBy(await articlesNewestFirst('vi'), (a) => (a.tags ?? []).map((t) => t.documentId)));

/** Approved comments by consultation, oldest first. */
export const commentsByConsultation = once(async () => {
  const comments = [...(await entries<PublicComment & { consultation?: { documentId: string } }>('comments'))];
  comments.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return groupBy(comments, (comment) => [comment.consultation?.documentId]);
});

/**
 * Up to `limit` articles related to one: sharing tags counts most, then the category; newest
 * first among equals. Only articles that share something are looked at.
 */
export function relatedArticles(article: Article, byTag: Map<string, Article[]>, byCategory: Map<string, Article[]>, limit = 4): Article[] {
  const score = new Map<Article, number>();
  // The newest 200 of each group are plenty to find four.
  for (const tag of article.tags ?? []) for (const other of (byTag.get(tag.documentId) ?? []).slice(0, 200)) score.set(other, (score.get(other) ?? 0) + 2);
  if (article.category) for (const other of (byCategory.get(article.category.documentId) ?? []).slice(0, 200)) score.set(other, (score.get(other) ?? 0) + 1);
  score.delete(article);
  return [...score]
    .sort(([a, x], [b, y]) => y - x || articleDate(b).localeCompare(articleDate(a)))
    .slice(0, limit)
    .map(([other]) => other);
}
