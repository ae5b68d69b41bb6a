import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportReport } from '@cong/shared';
import { cmsDir, run } from '@cong/testing';

/**
 * Generates a province (scripts/scale) into a file and imports it with the CMS's importer
 * into the database `env` names, each in its own process, progress on the console; returns
 * the importer's report. The portal alone unless `units` says how many of its component sites
 * too: the scale and import benches' figures stay comparable with their earlier runs (the
 * whole province is `pnpm bench units`'s).
 */
export async function importGeneratedProvince({ years, fraction, env, units = 0 }: { years: number; fraction: number; env: Record<string, string>; units?: number }): Promise<ImportReport> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-province-'));
  try {
    const file = path.join(work, 'province.json');
    const report = path.join(work, 'import.json');
    await run(process.execPath, [path.join(import.meta.dirname, '../scale/index.ts'), '--years', String(years), '--fraction', String(fraction), '--units', String(units), '--out', file]);
    await run(process.execPath, [path.join(cmsDir, 'scripts/import/index.ts'), file, '--report', report], { env: { ...process.env, ...env }, cwd: cmsDir });
    return JSON.parse(await readFile(report, 'utf8')) as ImportReport;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
