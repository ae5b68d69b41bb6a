import { spawn } from 'node:child_process';
import path from 'node:path';

const siteDir = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(siteDir, 'node_modules/astro/bin/astro.mjs');

/** Runs `astro build` against a CMS; resolves with its output, rejects with it on failure. */
export function buildSite(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build'], { cwd: siteDir, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(Object.assign(new Error(output), { output, code }))));
  });
}
