import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DemoLogin as Login } from '@cong/shared';
import { createTestDatabase } from './test-database.ts';
import { freePort } from './free-port.ts';
import { waitForUrl } from './processes.ts';

/** The Strapi app's folder: the harness starts the app of this checkout, beside this package. */
export const cmsDir = path.resolve(import.meta.dirname, '../../cms');
const seedScript = path.join(cmsDir, 'scripts/seed/index.ts');

export interface SeedSummary {
  created: number;
  counts: Record<string, { created: number; existing: number }>;
}

/** Runs the demo seed in its own process with the given environment; returns its summary. */
export async function runSeed(env: Record<string, string>): Promise<SeedSummary> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-seed-'));
  try {
    const report = path.join(dir, 'report.json');
    await promisify(execFile)(process.execPath, [seedScript, '--report', report], { cwd: cmsDir, env: { ...process.env, ...env } });
    return JSON.parse(await readFile(report, 'utf8')) as SeedSummary;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A real CMS with the demo content on a throwaway database, for tests and benchmarks. */
export interface DemoCms {
  url: string;
  env: Record<string, string>;
  siteToken: string;
  logins: Login[];
  stop(): Promise<void>;
}

/**
 * Seeds a throwaway database and starts Strapi on it (API only, no admin panel), with any
 * extra environment (e.g. CORS_ORIGINS for the site that will call it).
 */
export async function startDemoCms(kind: 'sqlite' | 'postgres' = 'sqlite', extraEnv: Record<string, string> = {}): Promise<DemoCms> {
  const database = await createTestDatabase(kind);
  const dir = path.dirname(database.env.PUBLIC_DIR!);
  const port = await freePort();
  const env = {
    ...database.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    SERVE_ADMIN_PANEL: 'false',
    SITE_TOKEN_FILE: path.join(dir, 'site-token'),
    CONG_LOGINS_FILE: path.join(dir, 'logins.json'),
    ...extraEnv,
  };
  await runSeed(env);
  return startCms(env, database.drop);
}

/** Starts Strapi (API only) on an environment that already has its database; `cleanUp` runs after it stops. */
export async function startCms(env: Record<string, string>, cleanUp: () => Promise<void>): Promise<DemoCms> {
  const strapiBin = path.join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js');
  const server = spawn(process.execPath, [strapiBin, 'start'], { cwd: cmsDir, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  // What the CMS said last on stderr: a CMS that refuses to start (a bad setting) says why there.
  let said = '';
  server.stderr!.on('data', (chunk) => (said = (said + chunk).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  const url = `http://127.0.0.1:${env.PORT}`;
  const refused = exited.then((code) => {
    throw new Error(`CMS dừng khi khởi động (mã ${code}):\n${said.trim()}`);
  });
  // Once started, its exit at stop() is no failure.
  refused.catch(() => {});
  await Promise.race([waitForUrl(`${url}/_health`), refused]);
  return {
    url,
    env,
    siteToken: (await readFile(env.SITE_TOKEN_FILE!, 'utf8')).trim(),
    logins: JSON.parse(await readFile(env.CONG_LOGINS_FILE!, 'utf8').catch(() => '[]')),
    async stop() {
      server.kill('SIGTERM');
      await exited;
      await cleanUp();
    },
  };
}

/** The demo Super Admin's session token for the admin API. */
export async function adminJwt(cms: DemoCms): Promise<string> {
  const admin = cms.logins.find((login) => login.role === 'strapi-super-admin')!;
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  return ((await login.json()) as { data: { token: string } }).data.token;
}

/** A full-access API token made through the admin API with the demo Super Admin's login. */
export async function fullAccessToken(cms: DemoCms): Promise<string> {
  const jwt = await adminJwt(cms);
  const created = await fetch(`${cms.url}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ name: `Kiểm thử ${Date.now()}`, type: 'full-access', lifespan: null, kind: 'content-api' }),
  });
  const body = (await created.json()) as { data: { accessKey: string } };
  if (!body.data?.accessKey) throw new Error(`Không tạo được khóa toàn quyền: ${JSON.stringify(body)}`);
  return body.data.accessKey;
}
