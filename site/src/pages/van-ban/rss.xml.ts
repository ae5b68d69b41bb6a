import { documentTitle } from '@cong/shared';
import type { APIContext } from 'astro';
import { t } from '../../i18n';
import { documentsNewestFirst } from '../../lib/content';
import { feedResponse } from '../../lib/feed';
import { routes } from '../../lib/routes';

/** The feed of the newest directive documents. */
export async function GET({ site }: APIContext) {
  const documents = (await documentsNewestFirst()).slice(0, 50);
  return feedResponse(site!, {
    title: t('vi', 'feed.documents'),
    path: routes.documents(),
    items: documents.map((document) => ({
      title: documentTitle(document),
      description: document.excerpt,
      pubDate: new Date(`${document.issuedDate}T00:00:00+07:00`),
      link: routes.document(document.slug),
    })),
  });
}
