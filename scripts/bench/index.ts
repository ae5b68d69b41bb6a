// `pnpm bench <name>`: runs a benchmark, prints its figures and keeps them in docs/benchmarks/.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommand } from '@cong/shared/command-line';
import { benchComments } from './comments.ts';
import { benchImport } from './import.ts';
import { benchScale } from './scale.ts';
import { benchSearch } from './search.ts';
import { benchSite } from './site.ts';
import { benchUnits } from './units.ts';

const benchmarks: Record<string, () => Promise<string>> = { site: benchSite, comments: benchComments, search: benchSearch, import: benchImport, scale: benchScale, units: benchUnits };
const usage = `Dùng: pnpm bench <${Object.keys(benchmarks).join('|')}>`;
const { positionals } = parseCommand(usage, {}, {
  allowPositionals: true,
  description: 'Số năm và tỉ lệ của bench scale và import: BENCH_YEARS, BENCH_FRACTION (docs/benchmarks.md).',
});
const name = positionals[0];
const bench = name ? benchmarks[name] : undefined;
if (!bench || positionals.length > 1) {
  console.error(`${name ? `Không có phép đo "${name}".` : 'Cần tên một phép đo.'}\n${usage}`);
  process.exit(2);
}
const report = await bench().catch((error: Error) => {
  // A malformed BENCH_YEARS or BENCH_FRACTION says so in Vietnamese, without a stack trace.
  if (/ không hợp lệ: cần /.test(error.message)) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  throw error;
});
console.log(report);
// The scale bench of fewer years keeps its own page, beside the ten-year one; the units bench of more, beside the one-year one.
const years = process.env.BENCH_YEARS;
const page = name === 'scale' && years && years !== '10' ? `scale-${years}-years` : name === 'units' && years && years !== '1' ? `units-${years}-years` : name;
const file = path.resolve(import.meta.dirname, `../../docs/benchmarks/${page}.md`);
await writeFile(file, `# Benchmark: ${page}\n\n${report}`);
console.log(`(đã ghi ${path.relative(process.cwd(), file)})`);
