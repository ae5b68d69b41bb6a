import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

/** Every file of the built site, as paths relative to its root. */
export async function builtFiles(): Promise<string[]> {
  const root = inject('distDir');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** A built file's text. */
export const builtText = (file: string) => readFile(path.join(inject('distDir'), file), 'utf8');

/**
 * Whether a site URL path, linked from the built file `from`, is a built page or file (folders
 * serve their index.html). A unit site's page (don-vi/<label>/…) is read at the unit's host,
 * where a path is the site's own, or the release's shared files.
 */
export async function resolvesToBuiltFile(pathname: string, files: Set<string>, from = ''): Promise<boolean> {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0]!).replace(/^\//, '');
  const has = (file: string) => files.has(file) || files.has(path.join(file, 'index.html'));
  const site = from.match(/^don-vi\/[^/]+\//)?.[0];
  if (site) return has(`${site}${clean}`) || (/^(_astro|uploads|pagefind)\//.test(clean) && has(clean));
  return has(clean);
}
