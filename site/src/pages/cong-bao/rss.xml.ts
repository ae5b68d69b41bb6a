import type { APIContext } from 'astro';
import { t } from '../../i18n';
import { feedResponse } from '../../lib/feed';
import { gazetteIssuesNewestFirst } from '../../lib/gazette';
import { routes } from '../../lib/routes';

export async function GET({ site }: APIContext) {
  const issues = (await gazetteIssuesNewestFirst()).slice(0, 50);
  return feedResponse(site!, {
    title: t('vi', 'feed.gazette'),
    path: routes.gazette(),
    items: issues.map((issue) => ({
      title: issue.title,
      description: (issue.entries ?? []).map((entry) => entry.document?.number).filter(Boolean).join(', ') || undefined,
      pubDate: new Date(`${issue.publicationDate}T00:00:00+07:00`),
      link: routes.gazetteIssue(issue.year, issue.number),
    })),
  });
}
