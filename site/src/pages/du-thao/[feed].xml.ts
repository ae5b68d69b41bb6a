import type { RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Consultation } from '@cong/shared';
import { t } from '../../i18n';
import { entries } from '../../lib/content';
import { feedResponse } from '../../lib/feed';
import { onlyChanged } from '../../lib/page-keys';
import { routes } from '../../lib/routes';

// /du-thao/rss.xml as a static path ("rss"), keyed by its items: see van-ban/[feed].xml.ts.
export async function getStaticPaths() {
  const consultations = [...(await entries<Consultation>('consultations'))].sort((a, b) => b.openingAt.localeCompare(a.openingAt));
  const items: RSSFeedItem[] = consultations.slice(0, 50).map((consultation) => ({
    title: consultation.title,
    description: consultation.summary ?? undefined,
    pubDate: new Date(consultation.openingAt),
    link: routes.consultation(consultation.slug),
  }));
  return onlyChanged([{ params: { feed: 'rss' }, props: { items } }], () => routes.feed.consultations());
}

/** The feed of the drafts put out for comment, newest first. */
export function GET({ site, props }: APIContext<{ items: RSSFeedItem[] }>) {
  return feedResponse(site!, { title: t('vi', 'feed.consultations'), path: routes.consultations(), items: props.items });
}
