import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { filesUnder } from '@cong/shared/files-under';
import { CmsError, cmsGetAll, fetchWithRetry, type CmsConfig } from './cms.ts';
import { eachAtOnce } from './each-at-once.ts';

/**
 * The cache's media folder (siteConfig().mediaCacheDir) holds exactly the files the published
 * entries show, as the CMS has them now, so a release can carry its own media: `uploads/…` as
 * the CMS serves them, and `files.json` saying which version of each file it holds. A file is
 * never written in place: releases hard-link these files, and must keep the bytes they went
 * live with.
 */
interface MediaCacheState {
  /** The CMS the files came from: files of another CMS are never mixed in. */
  cmsUrl: string;
  /** Each file held, by URL, and its media library entry's `updatedAt` when it was fetched. */
  files: Record<string, string>;
}

/** What one sync of the media cache did, or will have done once `complete`. */
export interface MediaCacheSync {
  /** Wanted files the CMS answered 404 (or 410) for, or its media library does not list: gone. */
  missing: Set<string>;
  /** Files fetched that the cache did not hold. */
  downloaded: number;
  /** Files fetched again: the media library has another version of them (Strapi's "replace" keeps the URL). */
  refreshed: number;
  /** Files dropped: no published entry shows them any more, or the CMS no longer has them. */
  removed: number;
  /**
   * Settles once every file is in the cache: the files the media library lists are fetched
   * meanwhile (see syncMediaCache). Rejects when one could not be: the build must then stop.
   */
  complete: Promise<void>;
}

const stateFile = (dir: string) => path.join(dir, 'files.json');

/** Where the cache keeps the file of a URL ("/uploads/a.jpg"); the URL must be an upload path (lib/media.ts). */
export const mediaFile = (dir: string, url: string) => path.join(dir, decodeURIComponent(url));

/**
 * What the cache holds, as one digest: each file's URL and version. Two releases whose media
 * have the same digest carry the same files, the same bytes (a file fetched again is a new file).
 */
export async function cachedMediaDigest(dir: string): Promise<string> {
  const text = await readFile(stateFile(dir), 'utf8').catch(() => null);
  const state = text ? (JSON.parse(text) as MediaCacheState) : { cmsUrl: '', files: {} };
  const files = Object.entries(state.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([state.cmsUrl, files])).digest('hex');
}

/** The URLs of the files the cache holds after its last sync: what a release carries. */
export async function cachedMedia(dir: string): Promise<string[]> {
  const text = await readFile(stateFile(dir), 'utf8').catch(() => null);
  return text ? Object.keys((JSON.parse(text) as MediaCacheState).files) : [];
}

/**
 * Brings the media cache to exactly the files `wanted` names (upload paths), as the CMS has
 * them now: fetches what it lacks, fetches again what the media library changed since (a
 * replaced file keeps its URL, so its `updatedAt` says), drops everything else. A file the
 * media library does not list, or the CMS answers 404 for, is reported missing, for the entry
 * to go out without it; any other failure (the CMS down, a 5xx after retries) rejects: a site
 * is never built with files missing because the CMS blinked.
 *
 * Which files are missing is known when this resolves; the files the library lists are fetched
 * meanwhile, `complete` says when (at one year of a province with its units, 1.7 GB: half a
 * cold build when the pages waited for it). Pages need only to know which files there are, so
 * they are rendered while the files come. A listed file the CMS then answers 404 for was
 * deleted during the build: `complete` rejects, and the deletion's webhook asks for the next
 * build, which goes out without it.
 */
export async function syncMediaCache(
  config: CmsConfig,
  dir: string,
  wanted: Iterable<string>,
  // The library's listing may be asked for before the entries are read (content-sync.ts): a
  // file it does not list yet is fetched before this resolves, found or missing.
  { versions: listed = libraryVersions(config), concurrency = 8 }: { versions?: Promise<Map<string, string>>; concurrency?: number } = {},
): Promise<MediaCacheSync> {
  const previous = await readState(dir);
  const held = previous?.cmsUrl === config.url ? previous.files : {};
  const onDisk = new Set(await filesUnder(path.join(dir, 'uploads')).then((files) => files.map((file) => path.join(dir, 'uploads', file))));
  const versions = await listed;

  const files: Record<string, string> = {};
  const fetches: string[] = [];
  const again = new Set<string>();
  for (const url of new Set(wanted)) {
    const version = versions.get(url);
    const cached = held[url] !== undefined && onDisk.has(mediaFile(dir, url));
    if (cached && version !== undefined && held[url] === version) files[url] = version;
    else {
      if (cached) again.add(url);
      fetches.push(url);
    }
  }

  /** Fetches one file into the cache; false when the CMS says it is gone. */
  const fetchInto = async (url: string): Promise<boolean> => {
    const bytes = await fetchMedia(config, url);
    if (!bytes) return false;
    const target = mediaFile(dir, url);
    await mkdir(path.dirname(target), { recursive: true });
    // A new file renamed over the old one: a release linking the old one keeps its bytes.
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
    // A file the listing did not have yet gets an empty version: the next sync fetches it again.
    files[url] = versions.get(url) ?? '';
    return true;
  };

  // Not listed: deleted, or uploaded after the listing was asked for. Few, and fetched now,
  // since whether they are there decides what the pages show.
  const missing = new Set<string>();
  await eachAtOnce(
    fetches.filter((url) => !versions.has(url)),
    concurrency,
    async (url) => void ((await fetchInto(url)) || missing.add(url)),
  );

  const keep = new Set([...new Set(wanted)].filter((url) => !missing.has(url)).map((url) => mediaFile(dir, url)));
  const stale = [...onDisk].filter((file) => !keep.has(file));
  const complete = (async () => {
    await eachAtOnce(
      fetches.filter((url) => versions.has(url)),
      concurrency,
      async (url) => {
        if (!(await fetchInto(url))) {
          throw new CmsError(
            `Tệp ${url} đã bị xoá khỏi CMS trong lúc dựng trang. Dừng dựng trang để không xuất bản trang trỏ tới tệp không có; ` +
              'việc xoá đã yêu cầu lần dựng sau, lần đó trang sẽ lên không có tệp này.',
          );
        }
      },
    );
    await eachAtOnce(stale, 32, (file) => rm(file, { force: true }));
    await writeState(dir, { cmsUrl: config.url, files });
  })();
  // Awaited by whoever builds (integrations/media.ts); until then a failure must not count as unhandled.
  complete.catch(() => {});
  const fetched = fetches.filter((url) => !missing.has(url));
  return {
    missing,
    downloaded: fetched.filter((url) => !again.has(url)).length,
    refreshed: fetched.filter((url) => again.has(url)).length,
    removed: stale.length,
    complete,
  };
}

/**
 * Every URL of the CMS's media library (each file and each of its sizes) with the file's
 * `updatedAt`: what says a file was replaced or deleted. Paged like the entries.
 */
export async function libraryVersions(config: CmsConfig): Promise<Map<string, string>> {
  type LibraryFile = { url: string; updatedAt: string; formats?: Record<string, { url: string }> | null };
  const files = await cmsGetAll<LibraryFile>(config, 'upload/files/page', 'fields[0]=url&fields[1]=formats&fields[2]=updatedAt');
  const versions = new Map<string, string>();
  for (const file of files) {
    versions.set(file.url, file.updatedAt);
    for (const format of Object.values(file.formats ?? {})) if (format?.url) versions.set(format.url, file.updatedAt);
  }
  return versions;
}

/**
 * A file's bytes, or null when the CMS says it is gone (404, 410). A 5xx is tried three times:
 * the CMS restarting must not turn its files into broken references.
 */
async function fetchMedia(config: CmsConfig, url: string): Promise<Uint8Array | null> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetchWithRetry(`${config.url}${url}`).catch((error: Error) => {
      throw new CmsError(
        `Không tải được tệp ${url}: không kết nối được CMS tại ${config.url} (${error.cause ?? error.message}). ` +
          'Dừng dựng trang để không xuất bản trang thiếu ảnh, tệp.',
      );
    });
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return null;
    if (response.status < 500 || attempt >= 3) {
      throw new CmsError(`CMS trả lỗi ${response.status} cho tệp ${url}${attempt > 1 ? ` (đã thử ${attempt} lần)` : ''}. Dừng dựng trang để không xuất bản trang thiếu ảnh, tệp.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}

async function readState(dir: string): Promise<MediaCacheState | null> {
  const text = await readFile(stateFile(dir), 'utf8').catch(() => null);
  return text ? (JSON.parse(text) as MediaCacheState) : null;
}

async function writeState(dir: string, state: MediaCacheState): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(`${stateFile(dir)}.tmp`, JSON.stringify(state));
  await rename(`${stateFile(dir)}.tmp`, stateFile(dir));
}
