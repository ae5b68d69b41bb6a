import type { Article } from '@cong/shared';
import { describe, expect, it } from 'vitest';
import { groupBy, relatedArticles } from './indexes.ts';

const article = (slug: string, date: string, category: string, tags: string[] = []) =>
  ({ slug, documentId: slug, displayDate: date, category: { documentId: category }, tags: tags.map((documentId) => ({ documentId })) }) as unknown as Article;

/** "Tin liên quan" of each article, by slug, for articles given newest first. */
function relatedOf(newestFirst: Article[]) {
  const byTag = groupBy(newestFirst, (a) => (a.tags ?? []).map((t) => t.documentId));
  const byCategory = groupBy(newestFirst, (a) => [a.category?.documentId]);
  const rank = new Map(newestFirst.map((a, i) => [a, i]));
  return Object.fromEntries(newestFirst.map((a) => [a.slug, relatedArticles(a, byTag, byCategory, rank).map((r) => r.slug)]));
}

describe('related articles', () => {
  const site = [
    article('e', '2026-05-01', 'kinh-te'),
    article('d', '2026-04-01', 'kinh-te', ['dau-tu']),
    article('c', '2026-03-01', 'van-hoa'),
    article('b', '2026-02-01', 'van-hoa', ['dau-tu']),
    article('a', '2026-01-01', 'kinh-te'),
  ];

  it('lists only earlier articles that share a tag or the category, a shared tag first, then the nearest in time', () => {
    expect(relatedOf(site)).toEqual({ e: ['d', 'a'], d: ['b', 'a'], c: ['b'], b: [], a: [] });
  });

  it('are not changed by publishing a newer article', () => {
    const before = relatedOf(site);
    const after = relatedOf([article('f', '2026-06-01', 'kinh-te', ['dau-tu']), ...site]);
    expect(after.f).toEqual(['d', 'b', 'e', 'a']);
    for (const slug of Object.keys(before)) expect(after[slug]).toEqual(before[slug]);
  });

  it('look at no more than the 200 nearest earlier articles of a group', () => {
    const many = Array.from({ length: 400 }, (_, i) => article(`n${i}`, `2026-01-01T00:${String(i).padStart(4, '0')}`, 'kinh-te'));
    expect(relatedOf(many).n0).toEqual(['n1', 'n2', 'n3', 'n4']);
  });
});
