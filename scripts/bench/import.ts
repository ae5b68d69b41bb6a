import os from 'node:os';
import path from 'node:path';
import type { ImportReport as Report } from '@cong/shared';
import { createTestDatabase } from '@cong/testing';
import { importGeneratedProvince } from './generated-province.ts';
import { benchSize } from './settings.ts';


async function run(kind: 'sqlite' | 'postgres', { years, fraction }: { years: number; fraction: number }): Promise<Report> {
  const database = await createTestDatabase(kind);
  try {
    return await importGeneratedProvince({ years, fraction, env: { ...database.env, SITE_TOKEN_FILE: path.join(path.dirname(database.env.PUBLIC_DIR!), 'token') } });
  } finally {
    await database.drop();
  }
}

/** `pnpm bench import`: generated province content imported on SQLite and PostgreSQL, entries per second. */
export async function benchImport(): Promise<string> {
  const { years, fraction } = benchSize({ years: 1, fraction: 0.1 });
  const results = [['SQLite', await run('sqlite', { years, fraction })], ['PostgreSQL', await run('postgres', { years, fraction })]] as const;
  const kinds = Object.keys(results[0][1].perKind);
  return [
    '## Bulk import of generated province content',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, Node ${process.version}, with \`BENCH_YEARS=${years} BENCH_FRACTION=${fraction} ./scripts/pnpm bench import\`: ${years} year(s) at ${fraction * 100}% of a province's yearly figures, published, 4,000 per transaction.`,
    '',
    `| Kind | ${results.map(([name]) => `${name} entries/s`).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|`,
    ...kinds.map((kind) => `| ${kind} (${results[0][1].perKind[kind]!.entries}) | ${results.map(([, r]) => (r.perKind[kind]!.entries / r.perKind[kind]!.seconds).toFixed(0)).join(' | ')} |`),
    `| all (${results[0][1].entries}) | ${results.map(([, r]) => (r.entries / r.seconds).toFixed(0)).join(' | ')} |`,
    '',
    'Documents, articles and comments are written in bulk (many rows a statement, stored as the',
    'Document Service stores them, rules checked for the batch in memory); gazette issues and',
    'consultations, with components, go through the Document Service one by one (docs/scale.md).',
    '',
  ].join('\n');
}
