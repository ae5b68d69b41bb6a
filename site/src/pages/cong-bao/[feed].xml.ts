import type { RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../../i18n';
import { feedResponse } from '../../lib/feed';
import { gazetteIssuesNewestFirst } from '../../lib/gazette';
import { onlyChanged } from '../../lib/page-keys';
import { routes } from '../../lib/routes';

// /cong-bao/rss.xml as a static path ("rss"), keyed by its items: see van-ban/[feed].xml.ts.
export async function getStaticPaths() {
  const items: RSSFeedItem[] = (await gazetteIssuesNewestFirst()).slice(0, 50).map((issue) => ({
    title: issue.title,
    description: (issue.entries ?? []).map((entry) => entry.document?.number).filter(Boolean).join(', ') || undefined,
    pubDate: new Date(`${issue.publicationDate}T00:00:00+07:00`),
    link: routes.gazetteIssue(issue.year, issue.number),
  }));
  return onlyChanged([{ params: { feed: 'rss' }, props: { items } }], () => routes.feed.gazette());
}

/** The feed of the newest gazette issues. */
export function GET({ site, props }: APIContext<{ items: RSSFeedItem[] }>) {
  return feedResponse(site!, { title: t('vi', 'feed.gazette'), path: routes.gazette(), items: props.items });
}
