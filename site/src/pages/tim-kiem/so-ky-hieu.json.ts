import { foldVietnamese } from '@cong/shared';
import { documentsNewestFirst } from '../../lib/content';
import { routes } from '../../lib/routes';

// Document numbers for the search page: Pagefind splits "1730/TB-VP" into words and does not
// rank "TB-VP" alone well, so numbers are looked up here, whole or by part.
export async function GET() {
  const documents = await documentsNewestFirst();
  return Response.json(
    documents.map((document) => ({
      number: document.number,
      key: foldVietnamese(document.number).toUpperCase(),
      url: routes.document(document.slug),
      title: `${document.documentType?.name ?? 'Văn bản'} số ${document.number}`,
      excerpt: document.excerpt,
      date: document.issuedDate,
    })),
  );
}
