// `./scripts/pnpm test`: every package's suite, two lanes side by side (the machine has two
// cores; the CMS's and the site's suites each boot their own servers). A failing suite never
// hides another's results: every suite runs, each is reported, and the command fails at the
// end if any failed. Results are summed from the JSON files Vitest writes (CONG_TEST_RESULTS).
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseCommand } from '@cong/shared/command-line';

const usage = 'Dùng: ./scripts/pnpm test [--only <gói,…>]';
const { values } = parseCommand(usage, {
  only: { type: 'string', help: 'chỉ chạy các gói này (shared, testing, scripts, cms, publisher, site), cách nhau bằng dấu phẩy' },
}, { description: 'Chạy mọi bộ kiểm thử: SQLite và PostgreSQL, trang công khai trong Chromium.' });

// Each lane runs its packages one after the other; the two lanes run at once.
const lanes = [
  ['shared', 'testing', 'scripts', 'cms'],
  ['publisher', 'site'],
];
const wanted = values.only?.split(',').map((name) => name.trim());
const unknown = wanted?.filter((name) => !lanes.flat().includes(name)) ?? [];
if (unknown.length) {
  console.error(`Không có gói: ${unknown.join(', ')}.\n${usage}`);
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');
const results = await mkdtemp(path.join(os.tmpdir(), 'cong-test-results-'));
const outcomes: Array<{ name: string; ok: boolean; seconds: number }> = [];
const started = performance.now();

/** Runs one package's `test` script, each line of its output prefixed with its name. */
function runSuite(name: string): Promise<boolean> {
  console.log(`▶ ${name}: bắt đầu`);
  const suiteStarted = performance.now();
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['--dir', path.join(root, name), 'run', 'test'], {
      env: { ...process.env, CONG_TEST_RESULTS: results, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
    child.on('error', (error) => {
      console.log(`✘ ${name}: không chạy được (${error.message})`);
      outcomes.push({ name, ok: false, seconds: 0 });
      resolve(false);
    });
    // 'close', not 'exit': every line of its output has been printed by then.
    child.on('close', (code) => {
      const seconds = (performance.now() - suiteStarted) / 1000;
      outcomes.push({ name, ok: code === 0, seconds });
      console.log(`${code === 0 ? '✔' : '✘'} ${name}: ${code === 0 ? 'đạt' : `không đạt (mã ${code})`} sau ${seconds.toFixed(0)} giây`);
      resolve(code === 0);
    });
  });
}

try {
  // Every package imports @cong/shared's build.
  if (!(await runStep('pnpm', ['--filter', '@cong/shared', 'run', 'build']))) throw new Error('Không dựng được @cong/shared.');
  await Promise.all(lanes.map(async (lane) => {
    for (const name of lane) if (!wanted || wanted.includes(name)) await runSuite(name);
  }));

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of (await readdir(results)).sort()) {
    const report = JSON.parse(await readFile(path.join(results, file), 'utf8')) as { numTotalTests: number; numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // Skipped, and those only planned, are whatever neither passed nor failed.
    skipped += report.numTotalTests - report.numPassedTests - report.numFailedTests;
    console.log(`  ${file.replace(/\.json$/, '').padEnd(16)} ${report.numPassedTests} đạt, ${report.numFailedTests} không đạt`);
  }
  const failedSuites = outcomes.filter((outcome) => !outcome.ok);
  console.log(`\nTổng: ${outcomes.length} gói trong ${((performance.now() - started) / 60_000).toFixed(1)} phút; ${failedSuites.length ? `không đạt: ${failedSuites.map((o) => o.name).join(', ')}` : 'tất cả đạt'}.`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failedSuites.length || failed ? 1 : 0;
} finally {
  await rm(results, { recursive: true, force: true });
}

function runStep(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    spawn(command, args, { cwd: root, stdio: 'inherit' })
      .on('error', () => resolve(false))
      .on('close', (code) => resolve(code === 0));
  });
}
