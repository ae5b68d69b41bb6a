import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { foldersOf } from '@cong/shared';

/** How a partial build takes its base release's unchanged files: folders whole, the rest one by one. */
export interface FolderLinks {
  /** Folders taken whole, as one symbolic link each (relative, "/" between parts). */
  folders: string[];
  /** Files hard-linked one by one: those in a folder something changed in. */
  files: string[];
}

/**
 * Which of the base release's files a partial build keeps as whole folders: the outermost
 * folders nothing was written in or removed from by this build. A xã's article leaves the other
 * units' sites and most of the portal's sections one link each. `kept` are the base's files
 * the release keeps, `changed` the files this build wrote or removed.
 */
export function planFolderLinks(kept: string[], changed: Iterable<string>): FolderLinks {
  const touched = new Set<string>();
  for (const file of changed) for (const folder of foldersOf(file)) touched.add(folder);
  const folders = new Set<string>();
  const files: string[] = [];
  for (const file of kept) {
    const whole = foldersOf(file).find((folder) => !touched.has(folder));
    if (whole) folders.add(whole);
    else files.push(file);
  }
  return { folders: [...folders], files };
}

/**
 * Makes `folder` of the release at `realOut` (its real path) a relative symbolic link to
 * `target`, the real folder an earlier release has; returns the target as `ReleaseLinks` lists
 * it (relative to the release's real folder), for the publisher's prune.
 */
export async function linkFolder(realOut: string, folder: string, target: string): Promise<string> {
  const at = path.join(realOut, folder);
  await symlink(path.relative(path.dirname(at), target), at);
  return path.relative(realOut, target);
}
