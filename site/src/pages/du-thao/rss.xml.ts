import type { APIContext } from 'astro';
import type { Consultation } from '@cong/shared';
import { t } from '../../i18n';
import { entries } from '../../lib/content';
import { feedResponse } from '../../lib/feed';
import { routes } from '../../lib/routes';

export async function GET({ site }: APIContext) {
  const consultations = [...(await entries<Consultation>('consultations'))].sort((a, b) => b.openingAt.localeCompare(a.openingAt));
  return feedResponse(site!, {
    title: t('vi', 'feed.consultations'),
    path: routes.consultations(),
    items: consultations.slice(0, 50).map((consultation) => ({
      title: consultation.title,
      description: consultation.summary ?? undefined,
      pubDate: new Date(consultation.openingAt),
      link: routes.consultation(consultation.slug),
    })),
  });
}
