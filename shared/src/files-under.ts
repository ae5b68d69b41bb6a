import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file under a folder, relative to it with "/" between parts; none when it does not
 * exist. A linked folder's files count as the folder's own: a partial build links the folders
 * nothing changed in from the release before (`RELEASE_LINKS_FILE`). Node only: not in the
 * index the browser bundles.
 */
export async function filesUnder(dir: string): Promise<string[]> {
  if (!(await stat(dir).catch(() => null))) return [];
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isFile()) files.push(relative);
    else if (entry.isSymbolicLink()) {
      const target = await stat(path.join(entry.parentPath, entry.name)).catch(() => null);
      if (target?.isFile()) files.push(relative);
      // A loop, not push(...): a folder of a portal's news is thousands of files.
      else if (target?.isDirectory()) for (const file of await filesUnder(path.join(entry.parentPath, entry.name))) files.push(`${relative}/${file}`);
    }
  }
  return files;
}
