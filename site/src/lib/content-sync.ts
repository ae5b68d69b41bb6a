import { createHash } from 'node:crypto';
import type { BrokenReference, Entry, Locale } from '@cong/shared';
import { cmsConfig, cmsCount, cmsGet, cmsGetAll, type CmsConfig } from './cms.ts';
import { collections, type CollectionName, type CollectionSource } from './collections.ts';
import { readStored, writeStored, type CommentCount, type StoredCollection } from './content-store.ts';
import { mediaUrls } from './media.ts';
import { libraryVersions } from './media-cache.ts';
import { syncMedia } from './media-sync.ts';

type Log = (message: string) => void;

/**
 * Brings the synced content up to date with the CMS: every collection at once (a publish asks
 * each a count and what changed, two round trips each: one after another they left the build
 * waiting on the CMS for half a second; the JSON of one is parsed while the CMS answers
 * others), the comment counts and the media library's listing meanwhile, then the media the
 * entries show. Any CMS failure throws: a site is never built with content missing.
 * A file an entry shows that the CMS no longer has is not a failure: the entry goes out
 * without it, and it is among the broken references this resolves with.
 */
export async function syncContent(dir: string, log: Log): Promise<BrokenReference[]> {
  const config = cmsConfig();
  // The media library's listing (~3,400 files at one year) asked for meanwhile, not after.
  const versions = libraryVersions(config);
  versions.catch(() => {}); // awaited by syncMedia; until then a failure must not count as unhandled
  const synced = new Map<CollectionName, StoredCollection>();
  const [{ data: counts }] = await Promise.all([
    cmsGet<{ data: Record<string, CommentCount> }>(config, '/api/public-comments/counts'),
    ...(Object.keys(collections) as CollectionName[]).map(async (name) => {
      synced.set(name, await syncCollection(config, dir, name, collections[name], log));
    }),
  ]);
  await writeStored(dir, 'commentCounts', counts);
  return syncMedia(config, dir, synced, log, versions);
}

/**
 * One collection: on the first sync every published entry; afterwards only the entries
 * updated or published since the newest time seen, and how many are published now: when not
 * as many as those known, the ids of all published now, so that what was unpublished or
 * deleted is dropped.
 * A publish costs one count per collection, not every id (27,000 at one year of a province
 * with its units, read at every publish). Written back only when something changed.
 */
async function syncCollection(config: CmsConfig, dir: string, name: string, source: CollectionSource, log: Log): Promise<StoredCollection> {
  const { endpoint, locales, filters = '', single = false, noDrafts = false } = source;
  const scopeOf = (locale: Locale) => `locale=${locale}${filters ? `&${filters}` : ''}`;
  // Counted before the stored entries are parsed (~0.2 s for the documents), so the CMS answers
  // meanwhile; a count taken a moment earlier only widens the race the comparison below
  // already has, and any change that races it asks for another build, whose sync sees it.
  const counted = new Map<Locale, Promise<number>>();
  if (!single) {
    for (const locale of locales) {
      const count = cmsCount(config, endpoint, scopeOf(locale));
      // Awaited below (not on a first sync); until then a failure must not count as unhandled.
      count.catch(() => {});
      counted.set(locale, count);
    }
  }
  let stored = await readStored(dir, name);
  // Entries synced from another CMS say nothing about this one: start over.
  if (stored?.cmsUrl !== config.url) stored = { cmsUrl: config.url, entries: {} };
  const since = stored.lastUpdatedAt;
  let latest = since ?? '';
  let changed = 0;
  // Whether the ids published now had to be read (something may have been removed).
  let listed = false;
  const current = new Set<string>();

  for (const locale of locales) {
    const scope = scopeOf(locale);
    let entries: Entry[];
    if (single) {
      // A single type is one small entry: read it whole every time.
      const reply = await cmsGet<{ data: Entry | null }>(config, `/api/${endpoint}?${scope}`).catch((error: Error) => {
        if (error.message.includes(' 404 ')) return { data: null };
        throw error;
      });
      entries = reply.data ? [reply.data] : [];
      for (const entry of entries) current.add(`${locale}/${entry.documentId}`);
    } else if (since) {
      // Counted first: what is published meanwhile is read below, and makes the two disagree.
      const published = await counted.get(locale)!;
      // Updated or published since: publishing an entry unchanged keeps its draft's updatedAt.
      const at = encodeURIComponent(since);
      const changedSince = noDrafts ? `filters[updatedAt][$gte]=${at}` : `filters[$or][0][updatedAt][$gte]=${at}&filters[$or][1][publishedAt][$gte]=${at}`;
      entries = await cmsGetAll<Entry>(config, endpoint, `${scope}&${changedSince}`);
      // What is published now is among those stored and those just read. When the CMS counts as
      // many, nothing of them was unpublished, deleted or left the filter; only when it counts
      // another number are all its ids read to find which.
      const known = new Set(Object.keys(stored.entries).filter((id) => id.startsWith(`${locale}/`)));
      for (const entry of entries) known.add(`${locale}/${entry.documentId}`);
      if (published === known.size) {
        for (const id of known) current.add(id);
      } else {
        listed = true;
        // An empty populate: by default the CMS adds each entry's relations (~1 kB an entry).
        const ids = await cmsGetAll<Pick<Entry, 'documentId'>>(config, endpoint, `${scope}&fields[0]=documentId&populate=`);
        for (const { documentId } of ids) current.add(`${locale}/${documentId}`);
        // Published, and neither known nor read above (published meanwhile, or by a path that
        // kept both times): read now, a hundred at a time.
        const unread = ids.map(({ documentId }) => documentId).filter((documentId) => !known.has(`${locale}/${documentId}`));
        for (let start = 0; start < unread.length; start += 100) {
          const these = unread.slice(start, start + 100).map((documentId, index) => `filters[documentId][$in][${index}]=${encodeURIComponent(documentId)}`);
          for (const entry of await cmsGetAll<Entry>(config, endpoint, `${scope}&${these.join('&')}`)) entries.push(entry);
        }
      }
    } else {
      // The first sync reads every published entry: they are the ids published now.
      entries = await cmsGetAll<Entry>(config, endpoint, scope);
      for (const entry of entries) current.add(`${locale}/${entry.documentId}`);
    }
    for (const entry of entries) {
      const id = `${locale}/${entry.documentId}`;
      const data = { ...entry, locale } as Record<string, unknown>;
      const digest = createHash('sha1').update(canonicalJson(data)).digest('base64url');
      if (stored.entries[id]?.digest !== digest) {
        stored.entries[id] = { data, digest, media: mediaUrls(data) };
        changed++;
      }
      for (const time of [entry.updatedAt, entry.publishedAt]) if (time && time > latest) latest = time;
    }
  }
  let dropped = 0;
  for (const id of Object.keys(stored.entries)) {
    if (!current.has(id)) {
      delete stored.entries[id];
      dropped++;
    }
  }
  if (changed || dropped || latest !== (since ?? '') || !since) {
    if (latest) stored.lastUpdatedAt = latest;
    await writeStored(dir, name, stored);
  }
  const how = !since ? 'đồng bộ toàn bộ' : listed ? 'đồng bộ phần thay đổi, đối chiếu danh sách mã' : 'đồng bộ phần thay đổi';
  log(`${endpoint}: ${how}, ${changed} cập nhật, ${dropped} gỡ, tổng ${Object.keys(stored.entries).length}`);
  return stored;
}

// Strapi does not always list an entry's fields in the same order: sort them, so the same
// content always has the same digest.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
