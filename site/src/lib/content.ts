import { deriveLegalStatus, type Article, type Category, type LegalDocument, type LegalStatus, type Locale, type SiteSetting } from '@cong/shared';
import { siteConfig } from '../config.ts';
import type { CollectionName } from './collections.ts';
import { readStored, type CommentCount, type StoredCollection } from './content-store.ts';
import { contentSyncOfThisBuild } from './content-sync-state.ts';
import { entryDigest, rememberEntry } from './entry-digests.ts';
import { withoutMedia } from './media.ts';
import { entriesOnSite, type UnitSite } from './sites.ts';

// Reading the synced content (integrations/content.ts) the way pages need it. Each collection
// is read once per build.

const stored = new Map<string, Promise<StoredCollection>>();
const cache = new Map<string, Promise<unknown[]>>();

async function read<T>(name: string, empty: T): Promise<T> {
  await contentSyncOfThisBuild().synced;
  return (await readStored<T>(siteConfig().contentDir, name)) ?? empty;
}

// The field naming an entry's agency. The entry as synced holds the agency as it was when the
// entry last changed: it is shown with the agency as it is now, and keyed by that too, so a
// renamed agency renders the pages that show it, and a new one (a unit's) renders nothing else.
const agencyField: Partial<Record<CollectionName, string>> = { documents: 'issuingAgency', consultations: 'draftingAgency' };

/** The entries of a collection in one locale. */
export function entries<T>(collection: CollectionName, locale: Locale = 'vi'): Promise<T[]> {
  const key = `${collection}/${locale}`;
  if (!stored.has(collection)) stored.set(collection, read<StoredCollection>(collection, { cmsUrl: '', entries: {} }));
  if (!cache.has(key)) cache.set(key, shownEntries(collection, locale));
  return cache.get(key) as Promise<T[]>;
}

/** A collection's entries in a locale as pages show them, each noted with the digest that keys it. */
async function shownEntries(collection: CollectionName, locale: Locale): Promise<unknown[]> {
  const all = await stored.get(collection)!;
  const field = agencyField[collection];
  const agencies = field ? new Map((await entries<{ documentId: string }>('agencies')).map((agency) => [agency.documentId, agency])) : null;
  return Object.entries(all.entries)
    .filter(([id]) => id.startsWith(`${locale}/`))
    .map(([, entry]) => {
      let shown = entry.data;
      let digest = entry.digest;
      if (entry.broken) {
        // Shown without the files the build could not carry; keyed by them too, so its
        // pages are rendered again when one goes missing or comes back.
        shown = withoutMedia(shown, new Set(entry.broken));
        digest = `${digest}~${entry.broken.join('~')}`;
      }
      const named = field && (shown[field] as { documentId?: string } | null)?.documentId;
      if (named) {
        // An agency no longer published is shown as none.
        const agency = agencies!.get(named) ?? null;
        shown = { ...shown, [field]: agency };
        digest = `${digest}@${agency ? entryDigest(agency)?.digest : 'none'}`;
      }
      rememberEntry(shown, collection, digest);
      return shown;
    });
}

let counts: Promise<Map<string, CommentCount>> | undefined;
/** Comments received and published, by consultation documentId. */
export function commentCounts(): Promise<Map<string, CommentCount>> {
  return (counts ??= read<Record<string, CommentCount>>('commentCounts', {}).then((all) => new Map(Object.entries(all))));
}

/** The date readers see on an article: the editor's, else when it was published. */
export const articleDate = (article: Article) => article.displayDate ?? article.publishedAt ?? article.createdAt;

/** Articles of a locale on a site (the portal's unless told), newest first. */
export async function articlesNewestFirst(locale: Locale = 'vi', site?: UnitSite): Promise<Article[]> {
  const list = await entriesOnSite<Article>('articles', locale, site);
  return [...list].sort((a, b) => articleDate(b).localeCompare(articleDate(a)));
}

/**
 * The category as it is now (its name may have changed after the article was synced), found
 * by the documentId the article carries.
 */
export async function currentCategory(article: Article, locale: Locale = 'vi'): Promise<Category | undefined> {
  if (!article.category) return undefined;
  const categories = await entries<Category>('categories', locale);
  return categories.find((category) => category.documentId === article.category!.documentId);
}

/** The site settings in a locale (Vietnamese where English has none). */
export async function siteSettings(locale: Locale = 'vi'): Promise<SiteSetting> {
  const [settings] = await entries<SiteSetting>('settings', locale);
  const [fallback] = await entries<SiteSetting>('settings', 'vi');
  const found = settings ?? fallback;
  if (!found) throw new Error('CMS chưa có "Thông tin chung của Cổng": hãy nhập và xuất bản trước khi dựng trang.');
  return found;
}

/** A document's legal status on the day the site is built: its dates say it, else the editor. */
export const legalStatusOf = (document: LegalDocument): LegalStatus | null => deriveLegalStatus(document) ?? document.legalStatus;

/** Documents of a site (the portal's unless told), newest issued first. */
export async function documentsNewestFirst(site?: UnitSite): Promise<LegalDocument[]> {
  const list = await entriesOnSite<LegalDocument>('documents', 'vi', site);
  return [...list].sort((a, b) => b.issuedDate.localeCompare(a.issuedDate) || b.number.localeCompare(a.number));
}

/** The articles of a category and of its sub-categories, newest first. */
export async function articlesInCategory(category: Category): Promise<Article[]> {
  const categories = await entries<Category>('categories');
  const within = (id: string): string[] => [
    id,
    ...categories.filter((child) => child.parent?.documentId === id).flatMap((child) => within(child.documentId)),
  ];
  const ids = new Set(within(category.documentId));
  return (await articlesNewestFirst('vi')).filter((article) => article.category && ids.has(article.category.documentId));
}
