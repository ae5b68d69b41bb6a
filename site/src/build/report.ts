import { writeFile } from 'node:fs/promises';
import type { BuildReport } from '@cong/shared';
import { buildReportFile } from '../config.ts';

/** Writes this build's report where SITE_BUILD_REPORT says, when it says. */
export async function writeBuildReport(report: BuildReport): Promise<void> {
  const file = buildReportFile();
  if (file) await writeFile(file, JSON.stringify(report));
}
