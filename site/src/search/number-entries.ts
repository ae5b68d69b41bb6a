// Used by the build only: the documents the number lookup lists, read from the synced content.
import { documentTitle, type LegalDocument } from '@cong/shared';
import { entries } from '../lib/content.ts';
import { entryHref } from '../lib/sites.ts';
import { numberKey, type NumberEntry } from './number-lookup.ts';
import { routes } from '../lib/routes.ts';

/**
 * Every published document as the number lookup lists it, newest first: the portal's and every
 * unit's, a unit's at its site's address.
 */
export async function numberEntries(): Promise<NumberEntry[]> {
  const documents = [...(await entries<LegalDocument>('documents'))].sort(
    (a, b) => b.issuedDate.localeCompare(a.issuedDate) || b.number.localeCompare(a.number),
  );
  const listed: NumberEntry[] = [];
  for (const document of documents) listed.push({
    number: document.number,
    key: numberKey(document.number),
    url: await entryHref(document, routes.document(document.slug)),
    title: documentTitle(document),
    excerpt: document.excerpt,
    date: document.issuedDate,
  });
  return listed;
}
