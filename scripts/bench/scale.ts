import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runSeed, startCms } from '../lib/demo-cms.ts';
import { freePort } from '../lib/free-port.ts';
import { createTestDatabase } from '../lib/test-database.ts';
import { astroBuild, filesUnder } from './site.ts';

const years = Number(process.env.BENCH_YEARS ?? 1);
const fraction = Number(process.env.BENCH_FRACTION ?? 1);

/** `pnpm bench scale`: the demo content plus generated province content, then the whole site built from it. */
export async function benchScale(): Promise<string> {
  const database = await createTestDatabase('sqlite');
  const dir = path.dirname(database.env.PUBLIC_DIR!);
  const env = {
    ...database.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    SERVE_ADMIN_PANEL: 'false',
    SITE_TOKEN_FILE: path.join(dir, 'site-token'),
  };
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-bench-scale-'));
  try {
    // The demo content first: site settings, pages and lookups the site needs.
    await runSeed({ ...env, CONG_LOGINS_FILE: path.join(dir, 'logins.json') });
    const importStarted = performance.now();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(import.meta.dirname, '../scale/index.ts'), '--years', String(years), '--fraction', String(fraction)],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as { entries: number; seconds: number };
    const importSeconds = (performance.now() - importStarted) / 1000;
    const cms = await startCms(env, async () => {});
    try {
      const buildEnv = { CMS_URL: cms.url, SITE_API_TOKEN: cms.siteToken, SITE_OUT_DIR: path.join(work, 'dist'), SITE_CACHE_DIR: path.join(work, 'cache') };
      const cold = await astroBuild(buildEnv);
      const warm = await astroBuild(buildEnv);
      const pages = (await filesUnder(buildEnv.SITE_OUT_DIR)).filter((file) => file.endsWith('.html')).length;
      return [
        `## Province scale: ${years} year(s) at ${fraction * 100}%`,
        '',
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, Node ${process.version}, SQLite, with \`BENCH_YEARS=${years} BENCH_FRACTION=${fraction} ./scripts/pnpm bench scale\`.`,
        '',
        '| Stage | Figure |',
        '|---|---|',
        `| Import (${report.entries} entries through the Document Service) | ${importSeconds.toFixed(0)} s, ${(report.entries / report.seconds).toFixed(0)} entries/s |`,
        `| Pages built | ${pages} |`,
        `| Cold build (full sync, render, search index) | ${cold.ms / 1000 > 60 ? `${(cold.ms / 60000).toFixed(1)} min` : `${(cold.ms / 1000).toFixed(1)} s`}, ${(pages / (cold.ms / 1000)).toFixed(0)} pages/s, peak ${cold.maxRssMb.toFixed(0)} MB |`,
        `| Warm build (nothing changed) | ${(warm.ms / 1000).toFixed(1)} s, ${(pages / (warm.ms / 1000)).toFixed(0)} pages/s, peak ${warm.maxRssMb.toFixed(0)} MB |`,
        '',
      ].join('\n');
    } finally {
      await cms.stop();
    }
  } finally {
    await database.drop();
    await rm(work, { recursive: true, force: true });
  }
}
