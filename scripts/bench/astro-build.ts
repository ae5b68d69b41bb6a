// Runs one `astro build` in this process and prints its wall time and this process's peak
// memory as JSON, so the benchmark measures the build alone. Run with cwd = site/.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const siteDir = process.cwd();
const astro = createRequire(path.join(siteDir, 'package.json')).resolve('astro');
const { build } = (await import(pathToFileURL(astro).href)) as { build: (config: object) => Promise<void> };
const started = performance.now();
await build({ root: siteDir, logLevel: 'warn' });
console.log(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
