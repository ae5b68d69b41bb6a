import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A hash of the files under these paths (names and contents), to tell whether a build is stale. Node only: not in the index the browser bundles. */
export async function treeHash(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const root of paths.sort()) {
    for (const file of await filesUnder(root)) {
      hash.update(file);
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

/**
 * What a site build's code is, under the site's package folder: its version is part of every
 * page's key (site/src/integrations/release.ts), and a process started ahead of its build with
 * another version is not used (publisher/src/site-build.ts).
 */
export const siteCodePaths = (siteDir: string): string[] => [
  path.join(siteDir, 'src'),
  path.join(siteDir, 'astro.config.mjs'),
  path.join(siteDir, 'package.json'),
  path.join(siteDir, '../shared/dist'),
  path.join(siteDir, '../pnpm-lock.yaml'),
];

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => null);
  if (!entries) return [root];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
