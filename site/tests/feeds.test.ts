import { describe, expect, inject, it } from 'vitest';
import { builtFiles, builtText, resolvesToBuiltFile } from './built-site';

/** The parts of an RSS 2.0 document a reader relies on. */
function parseFeed(xml: string) {
  const tag = (source: string, name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(source)?.[1];
  const channel = xml.split('<item>')[0]!;
  return {
    version: /<rss[^>]*version="2.0"/.test(xml),
    title: tag(channel, 'title'),
    link: tag(channel, 'link'),
    language: tag(channel, 'language'),
    items: [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
      title: tag(item!, 'title'),
      link: tag(item!, 'link'),
      pubDate: tag(item!, 'pubDate'),
    })),
  };
}

const vi = { language: 'vi-VN', portal: 'Cổng Thông tin điện tử tỉnh' };
const feeds = {
  'rss.xml': { ...vi, minItems: 5 },
  'en/rss.xml': { language: 'en', portal: 'Provincial e-Portal', minItems: 1 },
  'van-ban/rss.xml': { ...vi, minItems: 10 },
  'cong-bao/rss.xml': { ...vi, minItems: 2 },
  'du-thao/rss.xml': { ...vi, minItems: 2 },
  'chuyen-muc/chuyen-doi-so/rss.xml': { ...vi, minItems: 1 },
};

describe('RSS feeds', () => {
  it.each(Object.entries(feeds))('%s is RSS 2.0 with its language, dates and absolute links that resolve', async (file, expected) => {
    const feed = parseFeed(await builtText(file));
    const site = inject('siteUrl');
    const files = new Set(await builtFiles());
    expect(feed.version).toBe(true);
    expect(feed.language).toBe(expected.language);
    expect(feed.title).toContain(expected.portal);
    expect(feed.link?.startsWith(site)).toBe(true);
    expect(feed.items.length).toBeGreaterThanOrEqual(expected.minItems);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(new Date(item.pubDate!).toUTCString()).toBe(item.pubDate);
      expect(item.link?.startsWith(`${site}/`), item.link).toBe(true);
      expect(await resolvesToBuiltFile(new URL(item.link!).pathname, files), item.link).toBe(true);
    }
  });

  it('there is one for every category', async () => {
    const files = await builtFiles();
    const categories = files.filter((file) => /^chuyen-muc\/[^/]+\/index\.html$/.test(file));
    for (const category of categories) expect(files).toContain(category.replace('index.html', 'rss.xml'));
  });

  it('pages announce their feeds for autodiscovery', async () => {
    const site = inject('siteUrl');
    const home = await builtText('index.html');
    expect(home).toContain(`<link rel="alternate" type="application/rss+xml" title="Tin tức" href="${site}/rss.xml">`);
    const document = await builtText('van-ban/1730-tb-vp-2026/index.html');
    expect(document).toContain(`href="${site}/van-ban/rss.xml"`);
  });
});
