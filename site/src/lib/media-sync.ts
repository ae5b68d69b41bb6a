import { documentTitle, gazetteIssueTitle, type BrokenReference } from '@cong/shared';
import { siteConfig } from '../config.ts';
import type { CmsConfig } from './cms.ts';
import { collections, type CollectionName } from './collections.ts';
import { writeStored, type StoredCollection, type StoredEntry } from './content-store.ts';
import { syncMediaCache } from './media-cache.ts';
import { fetchingMedia, mediaOfThisBuild } from './media-state.ts';
import { brokenMediaIn, isUploadPath, mediaUrls } from './media.ts';

/**
 * After the collections are synced: brings the media cache to exactly the files the published
 * entries show (lib/media-cache.ts), and notes on each entry the files it shows that the site
 * cannot carry, gone from the CMS or never in its media library. Such an entry still goes out,
 * without them (lib/content.ts shows it so); its editor is told through the references this
 * returns. One bad entry never stops the others' publishing. The files themselves are still
 * coming when this resolves (lib/media-cache.ts): the build waits for them before it puts
 * /uploads/ in the release (lib/media-state.ts).
 */
export async function syncMedia(
  config: CmsConfig,
  contentDir: string,
  synced: Map<CollectionName, StoredCollection>,
  log: (line: string) => void,
  /** The media library's listing, when already asked for (libraryVersions). */
  versions?: Promise<Map<string, string>>,
): Promise<BrokenReference[]> {
  const changed = new Set<CollectionName>();
  const wanted = new Set<string>();
  for (const [name, stored] of synced) {
    for (const entry of Object.values(stored.entries)) {
      if (!entry.media) {
        entry.media = mediaUrls(entry.data);
        changed.add(name);
      }
      for (const url of entry.media) if (isUploadPath(url)) wanted.add(url);
    }
  }

  // A sync still fetching in this process (`astro dev` syncs again on a restart) finishes first:
  // two on one cache would remove and record each other's files.
  await mediaOfThisBuild().complete.catch(() => {});
  const cache = await syncMediaCache(config, siteConfig().mediaCacheDir, wanted, { versions });
  fetchingMedia(cache.complete);
  const fetching = performance.now();
  const fetched = cache.downloaded + cache.refreshed;
  if (fetched) cache.complete.then(() => log(`tệp đa phương tiện: đã tải xong ${fetched} tệp sau ${((performance.now() - fetching) / 1000).toFixed(1)} giây`), () => {});

  const references: BrokenReference[] = [];
  for (const [name, stored] of synced) {
    for (const [id, entry] of Object.entries(stored.entries)) {
      const broken = entry.media!.filter((url) => !isUploadPath(url) || cache.missing.has(url));
      if ((entry.broken ?? []).join('\n') !== broken.join('\n')) {
        if (broken.length) entry.broken = broken;
        else delete entry.broken;
        changed.add(name);
      }
      if (broken.length) references.push(...referencesOf(name, id, entry, broken));
    }
  }
  for (const name of changed) await writeStored(contentDir, name, synced.get(name));

  log(
    `tệp đa phương tiện: ${wanted.size} tệp, ${cache.downloaded} tải mới, ${cache.refreshed} tải lại (đã thay trên CMS), ` +
      `${cache.removed} bỏ khỏi bộ đệm, ${references.length} tham chiếu hỏng`,
  );
  return references;
}

/** What the editors are told about one entry's broken files. */
function referencesOf(name: CollectionName, id: string, entry: StoredEntry, broken: string[]): BrokenReference[] {
  const [locale] = id.split('/');
  return brokenMediaIn(entry.data, new Set(broken)).map(({ url, field, kind }) => ({
    uid: collections[name].uid,
    documentId: String(entry.data.documentId),
    locale: locale!,
    title: entryTitle(name, entry.data),
    field,
    url,
    kind,
    reason: isUploadPath(url) ? 'missing' : 'outside',
  }));
}

/** An entry's title as its editors find it in the admin. */
function entryTitle(name: CollectionName, data: Record<string, unknown>): string {
  if (name === 'documents') return documentTitle(data as Parameters<typeof documentTitle>[0]);
  if (name === 'gazetteIssues') return (data.title as string) || gazetteIssueTitle(data as Parameters<typeof gazetteIssueTitle>[0]);
  for (const key of ['title', 'name', 'portalName', 'fullName']) {
    if (typeof data[key] === 'string' && data[key]) return data[key] as string;
  }
  return String(data.documentId);
}
