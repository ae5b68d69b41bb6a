import { documentsNewestFirst } from './content';
import { numberKey, type NumberEntry } from './number-lookup';
import { routes } from './routes';

/** Every published document as the number lookup lists it, newest first. */
export async function numberEntries(): Promise<NumberEntry[]> {
  return (await documentsNewestFirst()).map((document) => ({
    number: document.number,
    key: numberKey(document.number),
    url: routes.document(document.slug),
    title: `${document.documentType?.name ?? 'Văn bản'} số ${document.number}`,
    excerpt: document.excerpt,
    date: document.issuedDate,
  }));
}
