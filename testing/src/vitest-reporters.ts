import path from 'node:path';

/**
 * The reporters of every package's Vitest config: the console's, plus a JSON file of results
 * in CONG_TEST_RESULTS when the whole-workspace test command (scripts/test-all.ts) asks, so it
 * can sum the results of every suite without reading their console output.
 */
export function reporters(suite: string): Array<string | [string, Record<string, unknown>]> {
  const dir = process.env.CONG_TEST_RESULTS;
  if (!dir) return ['default'];
  return ['default', ['json', { outputFile: path.join(dir, `${suite}.json`) }]];
}
