import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Disk a set of folders takes: each inode counted once, however many hard links it has. */
export interface Disk {
  bytes: number;
  files: number;
}

/**
 * Measures folders by their inodes' allocated blocks (stat's blocks × 512), each inode once:
 * releases hard-link their unchanged pages and media from one another and from the cache
 * (site/src/lib/media-cache.ts), so `du` of each release alone counts the shared files again.
 */
export async function diskOf(dirs: string[], log = (_line: string) => {}): Promise<Disk> {
  const seen = new Set<string>();
  // A partial build links the folders nothing changed in (site/src/build/folder-links.ts): each is walked once, where it really is.
  const walkedFolders = new Set<string>();
  let [bytes, files, walked, said] = [0, 0, 0, performance.now()];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      const info = await lstat(file, { bigint: true });
      const inode = `${info.dev}:${info.ino}`;
      if (++walked && performance.now() - said > 5000) {
        log(`    đo dung lượng: ${walked} tệp…`);
        said = performance.now();
      }
      if (entry.isDirectory()) await walk(file);
      if (entry.isSymbolicLink()) {
        const real = await realpath(file).catch(() => null);
        if (real && !walkedFolders.has(real) && (await stat(real)).isDirectory()) {
          walkedFolders.add(real);
          await walk(real);
        }
      }
      if (seen.has(inode)) continue;
      seen.add(inode);
      bytes += Number(info.blocks) * 512;
      if (entry.isFile()) files++;
    }
  };
  for (const dir of dirs) await walk(dir);
  return { bytes, files };
}
