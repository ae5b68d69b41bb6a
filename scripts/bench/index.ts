// `pnpm bench <name>`: runs a benchmark, prints its figures and keeps them in docs/benchmarks/.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchComments } from './comments.ts';
import { benchImport } from './import.ts';
import { benchScale } from './scale.ts';
import { benchSearch } from './search.ts';
import { benchSite } from './site.ts';

const benchmarks: Record<string, () => Promise<string>> = { site: benchSite, comments: benchComments, search: benchSearch, import: benchImport, scale: benchScale };
const name = process.argv[2];
const bench = name ? benchmarks[name] : undefined;
if (!bench) {
  console.error(`Dùng: pnpm bench <${Object.keys(benchmarks).join('|')}>`);
  process.exit(2);
}
const report = await bench();
console.log(report);
// The scale bench of fewer years keeps its own page, beside the ten-year one.
const years = process.env.BENCH_YEARS;
const page = name === 'scale' && years && years !== '10' ? `scale-${years}-years` : name;
const file = path.resolve(import.meta.dirname, `../../docs/benchmarks/${page}.md`);
await writeFile(file, `# Benchmark: ${page}\n\n${report}`);
console.log(`(đã ghi ${path.relative(process.cwd(), file)})`);
