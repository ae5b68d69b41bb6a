/**
 * A partial build takes the folders nothing changed in from the release before as one symbolic
 * link each, not a hard link per file (a folder per page made that ~100 µs a page). It lists
 * them in this file of the release's info folder, for the publisher: a release it removes keeps
 * the folders a kept release still links to (publisher's Releases.prune).
 */
export const RELEASE_LINKS_FILE = 'links.json';

/**
 * The folders a release links (relative to it, "/" between parts) and the real folder each
 * links to, relative to the release's real folder (`../<release>/van-ban`).
 */
export interface ReleaseLinks {
  folders: Record<string, string>;
}

/** The folders a release-relative path is in, outermost first: "a/b/c.html" → "a", "a/b". */
export function foldersOf(file: string): string[] {
  const parts = file.split('/');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}
