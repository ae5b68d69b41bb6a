import { writeFile } from 'node:fs/promises';
import type { BuildReport } from '@cong/shared';

/** Writes this build's report where SITE_BUILD_REPORT says, when it says. */
export async function writeBuildReport(report: BuildReport): Promise<void> {
  if (process.env.SITE_BUILD_REPORT) await writeFile(process.env.SITE_BUILD_REPORT, JSON.stringify(report));
}
