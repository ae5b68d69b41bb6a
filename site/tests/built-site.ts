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

/** Whether a site URL path is a built page or file (folders serve their index.html). */
export async function resolvesToBuiltFile(pathname: string, files: Set<string>): Promise<boolean> {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0]!).replace(/^\//, '');
  return files.has(clean) || files.has(path.join(clean, 'index.html'));
}
