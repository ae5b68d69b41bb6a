import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The synced content on disk, one JSON file per collection: what a build reads its pages from
 * and what the next sync starts from. Astro's content layer kept all of it in one store of
 * ~200 MB at ten years, written again whole after any change and bundled into every build
 * (docs/scale.md); here a publish rewrites only the collections that changed, and nothing is
 * bundled. The folder is the cache's content/ (siteConfig().contentDir).
 */
export interface StoredCollection {
  /** The CMS the entries came from: content of another CMS is never mixed in. */
  cmsUrl: string;
  /** The newest `updatedAt` or `publishedAt` seen: the next sync asks only for what changed or was published at or after it. */
  lastUpdatedAt?: string;
  /** By id ("vi/<documentId>"), in the order the CMS first listed them. */
  entries: Record<string, StoredEntry>;
}

export interface StoredEntry {
  /** The entry as the CMS answered it. */
  data: Record<string, unknown>;
  /** Of the entry's key-sorted JSON: pages are keyed by it, with `broken` (lib/page-keys.ts). */
  digest: string;
  /** The file URLs it shows (lib/media.ts); absent in entries synced before they were noted. */
  media?: string[];
  /**
   * Those the last build could not carry (gone from the CMS, or not in its media library): its
   * pages show the entry without them, and each build asks the CMS for them again.
   */
  broken?: string[];
}

/** Comments received and published for one consultation (stored by its documentId). */
export interface CommentCount {
  received: number;
  published: number;
}

/** A collection this process holds: as read or written, and, when read ahead of its build, which version of the file it was. */
interface Held {
  value: unknown;
  /** Set when read ahead (build/ahead.ts): the file may have changed since, and is then read again. */
  version?: string;
}

/**
 * The collections this process has read or written, by file. The sync (an integration, loaded
 * with the config) and the pages (bundled by Vite) are separate copies of this module in one
 * process: on `globalThis`, the pages get what the sync just had instead of parsing it again
 * (documents are ~200 MB at ten years, ~1.4 s to parse).
 */
function inThisProcess(): Map<string, Held> {
  const slot = Symbol.for('cong.storedCollections');
  const holder = globalThis as { [key: symbol]: Map<string, Held> | undefined };
  return (holder[slot] ??= new Map());
}

/** Which version of a file is on disk: another write, even of the same length, has another. */
const versionOf = (file: string) => stat(file).then(({ ino, size, mtimeMs }) => `${ino}:${size}:${mtimeMs}`, () => null);

/** A collection as last synced, or null before its first sync. */
export async function readStored<T = StoredCollection>(dir: string, name: string): Promise<T | null> {
  const file = path.join(dir, `${name}.json`);
  const held = inThisProcess().get(file);
  if (held && (held.version === undefined || held.version === (await versionOf(file)))) return held.value as T;
  const read = await readCollectionFile(file);
  return read ? (read.value as T) : null;
}

/**
 * Parses every collection of the folder into this process ahead of its build (build/ahead.ts),
 * each noted with its file's version: the build takes it when the file is still that one.
 */
export async function readAhead(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) if (name.endsWith('.json')) await readCollectionFile(path.join(dir, name), { ahead: true });
}

async function readCollectionFile(file: string, { ahead = false } = {}): Promise<Held | null> {
  const version = ahead ? await versionOf(file) : undefined;
  // Bytes, then decoded at once: read as 'utf8', a file is decoded chunk by chunk, ~0.2 s
  // for the documents and articles of one year of a province with its units.
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (bytes === null) return null;
  // Read ahead, the version is taken before the bytes: a write in between makes them differ
  // from the file's next version, so the build reads it again rather than trust these.
  const held: Held = { value: JSON.parse(bytes.toString('utf8')), ...(version ? { version } : {}) };
  inThisProcess().set(file, held);
  return held;
}

/** Writes a collection whole, through a temporary file: a build stopped midway leaves the old file, never half a new one. */
export async function writeStored(dir: string, name: string, value: unknown): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  await writeFile(`${file}.tmp`, JSON.stringify(value));
  await rename(`${file}.tmp`, file);
  inThisProcess().set(file, { value });
}
