import type { Locale } from '@cong/shared';

// Every URL the site links to is made here, so a link and the page it points at agree.

// Page 1 of a listing is its own URL; page n is ".../trang-n/".
const pageSegment = (page: number) => (page > 1 ? `trang-${page}/` : '');

export const routes = {
  home: (locale: Locale = 'vi') => (locale === 'en' ? '/en/' : '/'),
  news: (locale: Locale = 'vi', page = 1) => `${locale === 'en' ? '/en/news' : '/tin-tuc'}/${pageSegment(page)}`,
  article: (slug: string, locale: Locale = 'vi') => `${locale === 'en' ? '/en/news' : '/tin-tuc'}/${slug}/`,
  category: (slug: string, page = 1) => `/chuyen-muc/${slug}/${pageSegment(page)}`,
  categoryFeed: (slug: string) => `/chuyen-muc/${slug}/rss.xml`,
  tag: (slug: string, page = 1) => `/the/${slug}/${pageSegment(page)}`,
  documents: (page = 1) => `/van-ban/${pageSegment(page)}`,
  document: (slug: string) => `/van-ban/${slug}/`,
  gazette: () => '/cong-bao/',
  gazetteChecker: () => '/cong-bao/kiem-tra/',
  gazetteYear: (year: number) => `/cong-bao/${year}/`,
  gazetteIssue: (year: number, number: number) => `/cong-bao/${year}/so-${number}/`,
  consultations: () => '/du-thao/',
  consultation: (slug: string) => `/du-thao/${slug}/`,
  page: (slug: string, locale: Locale = 'vi') => `${locale === 'en' ? '/en/pages' : '/trang'}/${slug}/`,
  /** The portal's directory of its component sites. */
  directory: () => '/trang-thanh-phan/',
  feed: {
    news: (locale: Locale = 'vi') => (locale === 'en' ? '/en/rss.xml' : '/rss.xml'),
    documents: () => '/van-ban/rss.xml',
    gazette: () => '/cong-bao/rss.xml',
    consultations: () => '/du-thao/rss.xml',
  },
};
