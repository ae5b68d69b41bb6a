import type { GazetteIssue } from '@cong/shared';
import { entries } from './content.ts';

/** Gazette issues, newest first (by year, then number). */
export async function gazetteIssuesNewestFirst(): Promise<GazetteIssue[]> {
  const issues = await entries<GazetteIssue>('gazetteIssues');
  return [...issues].sort((a, b) => b.year - a.year || b.number - a.number);
}

/** The years that have issues, newest first, each with its issues. */
export async function gazetteYears(): Promise<Array<{ year: number; issues: GazetteIssue[] }>> {
  const byYear = new Map<number, GazetteIssue[]>();
  for (const issue of await gazetteIssuesNewestFirst()) {
    byYear.set(issue.year, [...(byYear.get(issue.year) ?? []), issue]);
  }
  return [...byYear].map(([year, issues]) => ({ year, issues }));
}
