import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDemoCms } from '@cong/testing';
import { stagedBuild } from './staged-build.ts';

export interface BuildRun {
  ms: number;
  maxRssMb: number;
}

/** One build of the site in its own process (its output dir and cache from `env`): wall time and peak memory. */
export async function astroBuild(env: Record<string, string>): Promise<BuildRun> {
  const { SITE_OUT_DIR: outDir, SITE_CACHE_DIR: cacheDir, ...rest } = env;
  const build = await stagedBuild({ outDir: outDir!, cacheDir: cacheDir!, env: rest });
  return { ms: build.seconds * 1000, maxRssMb: build.peakMb };
}

/** Every file under a folder. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The bytes a reader downloads for one page: its HTML and the CSS and JS it links. */
async function pageWeight(distDir: string, pagePath: string) {
  const html = await readFile(path.join(distDir, pagePath, 'index.html'));
  const assets = [...html.toString().matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map(([, url]) => url!);
  // Astro inlines small scripts into the page: count them as JS, not HTML.
  const inlineScript = /<script type="module">([\s\S]*?)<\/script>/g;
  const inline = [...html.toString().matchAll(inlineScript)].map(([, code]) => Buffer.from(code!));
  const markup = Buffer.from(html.toString().replace(inlineScript, ''));
  const parts = [{ name: 'HTML', bytes: markup }, ...inline.map((bytes) => ({ name: 'JS', bytes }))];
  for (const url of assets) parts.push({ name: url.endsWith('.css') ? 'CSS' : 'JS', bytes: await readFile(path.join(distDir, url)) });
  const sum = (kind?: string) => {
    const chosen = parts.filter((part) => !kind || part.name === kind);
    return { raw: chosen.reduce((n, p) => n + p.bytes.length, 0), gzip: chosen.reduce((n, p) => n + gzipSync(p.bytes).length, 0) };
  };
  return { html: sum('HTML'), css: sum('CSS'), js: sum('JS'), total: sum() };
}

/** `pnpm bench site`: build time, pages per second, peak memory and page weight at demo size. */
export async function benchSite(): Promise<string> {
  const cms = await startDemoCms('sqlite');
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-bench-site-'));
  try {
    const env = {
      CMS_URL: cms.url,
      SITE_API_TOKEN: cms.siteToken,
      SITE_OUT_DIR: path.join(work, 'dist'),
      SITE_CACHE_DIR: path.join(work, 'cache'),
    };
    const cold = await astroBuild(env);
    const warm = await astroBuild(env);
    const files = await filesUnder(env.SITE_OUT_DIR);
    const pages = files.filter((file) => file.endsWith('.html')).length;
    const article = (await readdir(path.join(env.SITE_OUT_DIR, 'tin-tuc'))).find((name) => name.startsWith('pho-chu-tich-ubnd-tinh-tran-quoc-khanh'))!;
    const weight = await pageWeight(env.SITE_OUT_DIR, `tin-tuc/${article}`);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    const rows = [
      ['Pages built (HTML)', String(pages)],
      ['Files in the site', String(files.length)],
      ['Cold build (empty cache: full sync + render)', `${(cold.ms / 1000).toFixed(1)} s, ${(pages / (cold.ms / 1000)).toFixed(0)} pages/s, peak ${cold.maxRssMb.toFixed(0)} MB`],
      ['Warm build (nothing changed: incremental sync + render)', `${(warm.ms / 1000).toFixed(1)} s, ${(pages / (warm.ms / 1000)).toFixed(0)} pages/s, peak ${warm.maxRssMb.toFixed(0)} MB`],
      ['Article page: HTML', `${kb(weight.html.raw)} (${kb(weight.html.gzip)} gzip)`],
      ['Article page: CSS', `${kb(weight.css.raw)} (${kb(weight.css.gzip)} gzip)`],
      ['Article page: JS (reading toolbar, inlined)', `${kb(weight.js.raw)} (${kb(weight.js.gzip)} gzip)`],
      ['Article page: total', `${kb(weight.total.raw)} (${kb(weight.total.gzip)} gzip)`],
    ];
    return [
      `## Site build (demo content)`,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, with \`./scripts/pnpm bench site\`.`,
      '',
      '| What | Figure |',
      '|---|---|',
      ...rows.map(([what, figure]) => `| ${what} | ${figure} |`),
      '',
      'Photos are not counted in the page weight: they load lazily, in the size the screen needs (`srcset`).',
      '',
    ].join('\n');
  } finally {
    await cms.stop();
    await rm(work, { recursive: true, force: true });
  }
}
