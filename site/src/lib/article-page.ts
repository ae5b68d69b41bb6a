import type { Article, Locale, Tag, Unit } from '@cong/shared';
import { t } from '../i18n/index.ts';
import type { PageSearch } from '../search/page-marks.ts';
import { articleDate, articlesNewestFirst, currentCategory, entries } from './content.ts';
import { groupBy, relatedArticles } from './indexes.ts';
import { onlyChanged } from './page-keys.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';
import { formerUnitOf, releasePath, unitFilterOf, type SiteShell } from './sites.ts';

/**
 * Static paths for the article pages of a locale, each with its related articles, tags and
 * other-language edition: the portal's, or with a shell those of a unit's site.
 */
export async function articlePaths(locale: Locale, shell?: SiteShell) {
  const site = shell?.site;
  const articles = await articlesNewestFirst(locale, site);
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const translations = new Map((await entries<Article>('articles', other)).map((article) => [article.documentId, article]));
  const tagById = new Map((await entries<Tag>('tags')).map((tag) => [tag.documentId, tag]));
  const byTag = groupBy(articles, (article) => (article.tags ?? []).map((tag) => tag.documentId));
  const byCategory = groupBy(articles, (article) => [article.category?.documentId]);
  const rank = new Map(articles.map((article, index) => [article, index]));
  const paths = articles.map((article) => {
    const translation = translations.get(article.documentId);
    return {
      params: { slug: article.slug },
      props: {
        article,
        related: relatedArticles(article, byTag, byCategory, rank),
        tags: (article.tags ?? []).map((tag) => tagById.get(tag.documentId)).filter((tag): tag is Tag => Boolean(tag)),
        alternate: translation && !site ? { locale: other, href: routes.article(translation.slug, other) } : undefined,
        shell,
        formerUnit: formerUnitOf(article, site),
      } satisfies ArticlePageProps,
    };
  });
  return onlyChanged(paths, ({ params }) => releasePath(site, routes.article(params.slug, locale)), ({ props }) => `articles:${locale}:${props.article.documentId}`);
}

/** What an article page shows besides the article: everything it shows of other entries. */
export interface ArticlePageProps {
  article: Article;
  related: Article[];
  tags: Tag[];
  alternate: { locale: Locale; href: string } | undefined;
  /** The unit's site it is on, if not the portal. */
  shell?: SiteShell;
  /** The former unit it was published by, for the banner. */
  formerUnit?: Unit;
}

/** What an article page puts around the article: its category, the breadcrumbs, what search knows of it. */
export async function articleDetail(article: Article, locale: Locale) {
  const category = await currentCategory(article, locale);
  const search: PageSearch = {
    kind: 'article',
    date: articleDate(article),
    filters: { category: category?.name, unit: await unitFilterOf(article) },
    text: plainText(article.title, article.summary, article.body),
  };
  const breadcrumbs = [
    locale === 'vi' && category ? { label: category.name, href: routes.category(category.slug) } : { label: t(locale, 'news.title'), href: routes.news(locale) },
    { label: article.title },
  ];
  return { category, breadcrumbs, search };
}
