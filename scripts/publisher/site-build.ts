import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteBuilder } from './publisher.ts';

const siteDir = path.resolve(import.meta.dirname, '../../site');
const astroBin = path.join(siteDir, 'node_modules/astro/bin/astro.mjs');

/**
 * `astro build` of the public site into the folder asked for, from the CMS the environment
 * names. Every release shares `cacheDir`, so each build fetches only what changed. With a
 * base release, the build renders only the pages that changed and links the rest from it
 * (site/src/integrations/release.ts); its page keys and search list go to `infoDir`.
 */
export function astroSiteBuilder({ cacheDir, env = {} }: { cacheDir: string; env?: Record<string, string> }): SiteBuilder {
  return async (outDir, { infoDir, base } = {}) => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [astroBin, 'build'], {
        cwd: siteDir,
        env: {
          ...process.env,
          ...env,
          SITE_OUT_DIR: outDir,
          SITE_CACHE_DIR: cacheDir,
          ...(infoDir ? { SITE_BUILD_INFO: infoDir } : {}),
          ...(base ? { SITE_BASE_DIR: base.dir, SITE_BASE_INFO: base.infoDir } : {}),
        },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('exit', (code) => resolve({ code, output }));
    });
    if (code !== 0) throw new Error(`Dựng trang thất bại: ${buildFailure(output)}`);
    return { pages: await countPages(outDir), rendered: renderedPages(output), partial: infoDir ? await builtPartially(infoDir) : false };
  };
}

/** The HTML pages in a built site. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** Whether the build that wrote `infoDir` rendered only what changed (site/src/integrations/release.ts records it). */
export async function builtPartially(infoDir: string): Promise<boolean> {
  const text = await readFile(path.join(infoDir, 'pages.json'), 'utf8').catch(() => null);
  return text ? (JSON.parse(text) as { partial?: boolean }).partial === true : false;
}

/** How many pages `astro build` says it rendered ("… N page(s) built in …"). */
export function renderedPages(output: string): number | undefined {
  const count = /(\d+) page\(s\) built/.exec(output)?.[1];
  return count === undefined ? undefined : Number(count);
}

/** The line of a failed build's output that says what went wrong (the loaders say it in Vietnamese). */
export function buildFailure(output: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim()).filter(Boolean);
  const vietnamese = lines.find((line) => /Không |lỗi|thất bại/.test(line));
  const error = lines.find((line) => /error/i.test(line));
  return (vietnamese ?? error ?? lines.at(-1) ?? 'không rõ lý do').replace(/^\[[^\]]*\]\s*/, '').slice(0, 500);
}
