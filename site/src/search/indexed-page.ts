// Used by the build only: what the index integration reads back from a built page, the marks
// the detail layout (layouts/DetailLayout.astro) wrote on it.
import { createHash } from 'node:crypto';
import { quarterOf } from './shard-plan.ts';

/** The attribute of the one element Pagefind indexes on a page, which only the detail layout writes. */
export const indexedAttribute = 'data-pagefind-body';

/** The language and quarter of a built page, from the detail layout's marks; null for a page not indexed. */
export function pagePeriod(html: string): { language: string; quarter: number | null } | null {
  if (!html.includes(indexedAttribute)) return null;
  const language = pageLanguage(html).slice(0, 2);
  // A calendar day in the province (page-marks.ts): its quarter is the province's.
  const date = /data-pagefind-sort="date:(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
  return { language, quarter: date ? quarterOf(date) : null };
}

/** The language the page's <html> element names, as written ("vi" when it names none). */
const pageLanguage = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'vi';

/**
 * Where the part of a page Pagefind indexes is: the element marked `data-pagefind-body`, to its
 * own closing tag; null for a page without one. What is around it (related articles, menus) may
 * change without the index changing. The marks searched for are ASCII, so the offsets are the
 * same in the page's text and, read as Latin-1 (one character a byte), in its bytes.
 */
function indexedSpan(html: string): [start: number, end: number] | null {
  const start = html.search(/<article\b[^>]*data-pagefind-body/);
  if (start < 0) return null;
  const tags = /<article\b|<\/article>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0] === '</article>' ? -1 : 1;
    if (depth === 0) return [start, tag.index + tag[0].length];
  }
  return [start, html.length];
}

/** The part of a page Pagefind indexes (see indexedSpan); '' for a page without one. */
export function indexedPart(html: string): string {
  const span = indexedSpan(html);
  return span ? html.slice(...span) : '';
}

/** An indexed page as a build remembers it: language, quarter (see planShards), digest of what was indexed. */
export type IndexedPage = [language: string, quarter: number | null, digest: string];

/**
 * What a built page (`file`, relative to the release; `bytes`, as written) gives the index, and
 * what Pagefind is given of it (see indexedDocument), as UTF-8; null for a page not indexed.
 * Cut from the bytes, never decoded and encoded again: on every page of a cold build, the
 * text's round trip cost more than the rest of this.
 */
export function indexedPage(file: string, bytes: Uint8Array): { page: IndexedPage; document: Uint8Array } | null {
  const { page, text } = readAsLatin1(bytes);
  const period = pagePeriod(text);
  const span = period && indexedSpan(text);
  if (!period || !span) return null;
  const part = page.subarray(...span);
  // The part's bytes are its UTF-8: the digest is the one its text has.
  const digest = createHash('sha256').update(file).update('\0').update(part).digest('hex');
  return { page: [period.language, period.quarter, digest], document: documentOf(text, part) };
}

/**
 * What Pagefind is given of a built page: its indexed part alone, in a document of the page's
 * language, as UTF-8. Pagefind reads nothing else of a page (the part holds the marks), but
 * parsing the whole page (menus, related articles) took a third of its time; and the first
 * image of the page, which it took as the result's image, was often a related article's photo.
 */
export function indexedDocument(bytes: Uint8Array): Uint8Array {
  const { page, text } = readAsLatin1(bytes);
  const span = indexedSpan(text);
  return documentOf(text, span ? page.subarray(...span) : page.subarray(0, 0));
}

/** A page's bytes, and their text read one character a byte, in which indexedSpan's offsets are byte offsets. */
function readAsLatin1(bytes: Uint8Array): { page: Buffer; text: string } {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { page, text: page.toString('latin1') };
}

// In memory of its own, never Buffer's shared pool: the build hands it to the thread indexing it (ShardIndexer transfers it).
function documentOf(text: string, part: Uint8Array): Uint8Array {
  const head = encoder.encode(`<html lang="${pageLanguage(text)}"><body>`);
  const document = new Uint8Array(head.byteLength + part.byteLength + tail.byteLength);
  document.set(head);
  document.set(part, head.byteLength);
  document.set(tail, head.byteLength + part.byteLength);
  return document;
}

const encoder = new TextEncoder();
const tail = encoder.encode('</body></html>');
