import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '@cong/shared';
import { languageTag } from '../i18n/index.ts';
import { siteSettings } from './content.ts';

/** An RSS 2.0 feed of the portal: its name in the title, the locale's language, absolute links. */
export async function feedResponse(
  site: URL,
  feed: { title: string; path: string; items: RSSFeedItem[]; locale?: Locale },
) {
  const { title, path, items, locale = 'vi' } = feed;
  const settings = await siteSettings(locale);
  return rss({
    title: `${title} – ${settings.portalName}`,
    description: `${title}: ${settings.portalName}, ${settings.governingBody}`,
    site: new URL(path, site).href,
    items: items.map((item) => ({ ...item, link: item.link ? new URL(item.link, site).href : undefined })),
    customData: `<language>${languageTag[locale]}</language>`,
    trailingSlash: true,
  });
}
