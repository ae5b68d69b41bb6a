import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { workspaceSiteDir } from '@cong/publisher';
import { writtenBack } from './written-back.ts';

/** R of issue #15: a bare Astro build of as many trivial pages, its time and peak memory. */
export interface BareRender {
  pages: number;
  seconds: number;
  peakMb: number;
}

/**
 * Builds a throwaway Astro project with one dynamic route rendering `pages` trivial pages,
 * with the site's own Astro (its node_modules linked in), run as the site build runs
 * (`build()` in a process of its own, the same Node and environment, under GNU time): the
 * yardstick the site's build and publish are measured against. At Astro's warn log level,
 * so that it measures rendering, not the console (the site's build logs a line per page, for
 * its stages; what that costs is not measured apart yet).
 */
export async function bareAstroRender(pages: number): Promise<BareRender> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cong-bare-astro-'));
  try {
    await mkdir(path.join(root, 'src/pages'), { recursive: true });
    await symlink(path.join(workspaceSiteDir, 'node_modules'), path.join(root, 'node_modules'));
    await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }));
    await writeFile(path.join(root, 'build.mjs'), "import { build } from 'astro';\nawait build({ root: import.meta.dirname, logLevel: 'warn' });\n");
    await writeFile(
      path.join(root, 'src/pages/[n].astro'),
      [
        '---',
        `export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n + 1) } }));`,
        'const { n } = Astro.params;',
        '---',
        '<html lang="vi"><head><meta charset="utf-8"><title>Trang {n}</title></head><body><h1>Trang {n}</h1><p>Một trang tối giản.</p></body></html>',
        '',
      ].join('\n'),
    );
    // After the files just written (and those of the builds before) are on the disk, as the cold builds are.
    await writtenBack();
    const started = performance.now();
    let output = '';
    const read = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    // At the warn level Astro says nothing while it renders: the time goes by here instead.
    const ticker = setInterval(() => console.error(`    R: ${((performance.now() - started) / 1000).toFixed(0)} giây…`), 5000);
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('/usr/bin/time', ['-v', process.execPath, path.join(root, 'build.mjs')], { cwd: root, env: process.env });
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('error', reject);
      child.on('close', resolve);
    }).finally(() => clearInterval(ticker));
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`Dựng Astro tối giản thất bại (mã ${code}):\n${output.slice(-2000)}`);
    return { pages, seconds, peakMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0) / 1024 };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
