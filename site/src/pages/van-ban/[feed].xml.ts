import type { RSSFeedItem } from '@astrojs/rss';
import { documentTitle } from '@cong/shared';
import type { APIContext } from 'astro';
import { t } from '../../i18n';
import { documentsNewestFirst } from '../../lib/content';
import { feedResponse } from '../../lib/feed';
import { onlyChanged } from '../../lib/page-keys';
import { routes } from '../../lib/routes';

// /van-ban/rss.xml as a static path ("rss"), not a static route: keyed by its items like a
// page, it is written only when they change, so a partial build that changed no document
// takes van-ban/ from the release before as one link (build/folder-links.ts).
export async function getStaticPaths() {
  const items: RSSFeedItem[] = (await documentsNewestFirst()).slice(0, 50).map((document) => ({
    title: documentTitle(document),
    description: document.excerpt,
    pubDate: new Date(`${document.issuedDate}T00:00:00+07:00`),
    link: routes.document(document.slug),
  }));
  return onlyChanged([{ params: { feed: 'rss' }, props: { items } }], () => routes.feed.documents());
}

/** The feed of the newest directive documents. */
export function GET({ site, props }: APIContext<{ items: RSSFeedItem[] }>) {
  return feedResponse(site!, { title: t('vi', 'feed.documents'), path: routes.documents(), items: props.items });
}
