// Used by the build only: what the index integration reads back from a built page, the marks
// the detail layout (layouts/DetailLayout.astro) wrote on it.
import { createHash } from 'node:crypto';
import { quarterOf } from './shard-plan.ts';

/** The attribute of the one element Pagefind indexes on a page, which only the detail layout writes. */
export const indexedAttribute = 'data-pagefind-body';

/** The language and quarter of a built page, from the detail layout's marks; null for a page not indexed. */
export function pagePeriod(html: string): { language: string; quarter: number | null } | null {
  if (!html.includes(indexedAttribute)) return null;
  const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.slice(0, 2) ?? 'vi';
  // A calendar day in the province (page-marks.ts): its quarter is the province's.
  const date = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
  return { language, quarter: date ? quarterOf(date) : null };
}

/**
 * The part of a page Pagefind indexes: the element marked `data-pagefind-body`, to its own
 * closing tag. What is around it (related articles, menus) may change without the index changing.
 */
export function indexedPart(html: string): string {
  const start = html.search(/<article\b[^>]*data-pagefind-body/);
  if (start < 0) return '';
  const tags = /<article\b|<\/article>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0] === '</article>' ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index + tag[0].length);
  }
  return html.slice(start);
}

/** An indexed page as a build remembers it: language, quarter (see planShards), digest of what was indexed. */
export type IndexedPage = [language: string, quarter: number | null, digest: string];

/**
 * What a built page (`file`, relative to the release) gives the index, and what Pagefind is
 * given of it (indexedDocument), its indexed part cut once; null for a page not indexed.
 */
export function indexedPage(file: string, html: string): { page: IndexedPage; document: string } | null {
  const period = pagePeriod(html);
  if (!period) return null;
  const part = indexedPart(html);
  const digest = createHash('sha256').update(file).update('\0').update(part).digest('hex');
  return { page: [period.language, period.quarter, digest], document: documentOf(html, part) };
}

/**
 * What Pagefind is given of a page: its indexed part alone, in a document of the page's
 * language. Pagefind reads nothing else of a page (the part holds the marks), but parsing the
 * whole page (menus, related articles) took a third of its time; and the first image of the
 * page, which it took as the result's image, was often a related article's photo.
 */
export const indexedDocument = (html: string): string => documentOf(html, indexedPart(html));

const documentOf = (html: string, part: string) => `<html lang="${/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'vi'}"><body>${part}</body></html>`;
