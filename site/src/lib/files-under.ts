import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file under a folder, relative to it, with "/" between parts; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  if (!(await stat(dir).catch(() => null))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
