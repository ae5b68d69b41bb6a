import { buildSite as build } from '@cong/publisher';

/**
 * Builds the site as the publisher does (its SITE_OUT_DIR and SITE_CACHE_DIR from `env`);
 * resolves with what it printed, rejects with the build's reason and what it printed.
 */
export async function buildSite(env: Record<string, string>): Promise<string> {
  const { SITE_OUT_DIR: outDir, SITE_CACHE_DIR: cacheDir, ...rest } = env;
  const lines: string[] = [];
  try {
    await build({ outDir: outDir!, cacheDir: cacheDir!, env: rest, onLine: (line) => lines.push(line) });
  } catch (error) {
    throw Object.assign(error as Error, { output: `${(error as Error).message}\n${lines.join('\n')}` });
  }
  return lines.join('\n');
}
