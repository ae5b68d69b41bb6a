import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { Locale } from '@cong/shared';
import { languageTag } from '../i18n/index.ts';
import { siteSettings } from './content.ts';

/**
 * An RSS 2.0 feed of the portal, or of a unit's site (`siteName` its unit): the site's name in
 * the title, the locale's language, absolute links.
 */
export async function feedResponse(
  site: URL,
  feed: { title: string; path: string; items: RSSFeedItem[]; locale?: Locale; siteName?: string },
) {
  const { title, path, items, locale = 'vi' } = feed;
  const settings = await siteSettings(locale);
  const name = feed.siteName ?? settings.portalName;
  return rss({
    title: `${title} – ${name}`,
    description: `${title}: ${name}${feed.siteName ? `, ${settings.portalName}` : `, ${settings.governingBody}`}`,
    site: new URL(path, site).href,
    items: items.map((item) => ({ ...item, link: item.link ? new URL(item.link, site).href : undefined })),
    customData: `<language>${languageTag[locale]}</language>`,
    trailingSlash: true,
  });
}
