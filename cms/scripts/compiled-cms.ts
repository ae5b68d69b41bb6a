import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { treeHash } from '@cong/shared/tree-hash';

/**
 * The CMS compiled into its dist/ folder, compiled only when its sources changed since, by one
 * process at a time. Strapi's compileStrapi rewrites dist/ in place each time: the test suite's
 * packages each start a CMS side by side, and one read a JSON file another was rewriting
 * ("Unexpected end of JSON input" in a fresh clone).
 */
export async function compiledCms(appDir: string): Promise<{ appDir: string; distDir: string }> {
  const distDir = path.join(appDir, 'dist');
  const stamp = path.join(distDir, '.compiled-from');
  const sources = await treeHash(['src', 'config', 'tsconfig.json', 'package.json'].map((name) => path.join(appDir, name)));
  const lock = path.join(appDir, '.compiling');
  for (;;) {
    if ((await readFile(stamp, 'utf8').catch(() => '')) === sources) return { appDir, distDir };
    if (await mkdir(lock).then(() => true, () => false)) break;
    // Another process compiles: wait for it, unless it died long ago and left its lock.
    const held = await stat(lock).catch(() => null);
    if (held && Date.now() - held.mtimeMs > 10 * 60_000) await rm(lock, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if ((await readFile(stamp, 'utf8').catch(() => '')) !== sources) {
      // Strapi's ESM build imports lodash/fp as a directory, which Node's ESM loader refuses.
      const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
      await compileStrapi({ appDir });
      await writeFile(stamp, sources);
    }
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
  return { appDir, distDir };
}
