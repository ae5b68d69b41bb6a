import type { Article, GazetteIssue, LegalDocument, PublicComment } from '@cong/shared';
import { articlesNewestFirst, entries } from './content.ts';

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
 * Up to `limit` articles related to one, all published before it: sharing tags counts most,
 * then the category; the nearest in time first among equals. Only earlier articles, so that
 * publishing an article changes no other article's page: at ten years a new article otherwise
 * changed the "Tin liên quan" of ~4,100 pages of its category (docs/scale.md).
 * `byTag` and `byCategory` hold the articles newest first, `rank` each one's place in that order.
 */
export function relatedArticles(
  article: Article,
  byTag: Map<string, Article[]>,
  byCategory: Map<string, Article[]>,
  rank: Map<Article, number>,
  limit = 4,
): Article[] {
  const own = rank.get(article)!;
  // The 200 nearest earlier articles of each group are plenty to find four.
  const earlier = (group: Article[] = []) => {
    const from = firstAfter(group, own, rank);
    return group.slice(from, from + 200);
  };
  const score = new Map<Article, number>();
  for (const tag of article.tags ?? []) for (const other of earlier(byTag.get(tag.documentId))) score.set(other, (score.get(other) ?? 0) + 2);
  if (article.category) for (const other of earlier(byCategory.get(article.category.documentId))) score.set(other, (score.get(other) ?? 0) + 1);
  return [...score]
    .sort(([a, x], [b, y]) => y - x || rank.get(a)! - rank.get(b)!)
    .slice(0, limit)
    .map(([other]) => other);
}

/** The index of the first item of a group (in rank order) ranked after `own`. */
function firstAfter(group: Article[], own: number, rank: Map<Article, number>): number {
  let [low, high] = [0, group.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rank.get(group[middle]!)! <= own) low = middle + 1;
    else high = middle;
  }
  return low;
}
