// Used by the build only: the documents the number lookup lists, read from the synced content.
import { documentTitle } from '@cong/shared';
import { documentsNewestFirst } from '../lib/content.ts';
import { numberKey, type NumberEntry } from './number-lookup.ts';
import { routes } from '../lib/routes.ts';

/** Every published document as the number lookup lists it, newest first. */
export async function numberEntries(): Promise<NumberEntry[]> {
  return (await documentsNewestFirst()).map((document) => ({
    number: document.number,
    key: numberKey(document.number),
    url: routes.document(document.slug),
    title: documentTitle(document),
    excerpt: document.excerpt,
    date: document.issuedDate,
  }));
}
