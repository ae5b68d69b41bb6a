import type { Locale, Page } from '@cong/shared';
import type { PageSearch } from '../search/page-marks.ts';
import { entries } from './content.ts';
import { onlyChanged } from './page-keys.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';

/** Static paths for the static pages of a locale, each with its other-language edition if any. */
export async function pagePaths(locale: Locale) {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const translations = await entries<Page>('pages', other);
  const paths = (await entries<Page>('pages', locale)).map((page) => {
    const translation = translations.find((candidate) => candidate.documentId === page.documentId);
    return {
      params: { slug: page.slug },
      props: { page, alternate: translation ? { locale: other, href: routes.page(translation.slug, other) } : undefined },
    };
  });
  return onlyChanged(paths, ({ params }) => routes.page(params.slug, locale));
}

/** What search knows of a static page: undated, its words. */
export const pageSearch = (page: Page): PageSearch => ({ kind: 'page', text: plainText(page.title, page.summary, page.body) });
