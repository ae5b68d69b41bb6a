import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway database for one test run (a temp SQLite file, or a new PostgreSQL database),
 * with its own folder for uploaded files and its own settings (secrets, trust list).
 */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop(): Promise<void>;
}

const adminUrl = process.env.CMS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates a database of the kind asked for, by default the one CMS_TEST_DB names (sqlite unless postgres). */
export async function createTestDatabase(
  kind: TestDatabase['kind'] = process.env.CMS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite',
): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-cms-test-'));
  await mkdir(path.join(dir, 'public/uploads'), { recursive: true });
  const secret = () => randomBytes(16).toString('base64');
  const files = {
    PUBLIC_DIR: path.join(dir, 'public'),
    // Nothing of the checkout's own cms/.env (a developer's portal) reaches a test's CMS, and
    // nothing a test's CMS writes (the demo CA's root) reaches the developer's trust list.
    ENV_PATH: path.join(dir, 'none.env'),
    SIGNATURE_TRUST_ROOTS: path.join(dir, 'trust-roots.pem'),
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
  const removeFiles = () => rm(dir, { recursive: true, force: true });

  if (kind === 'postgres') {
    const name = `cong_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      env: { ...files, DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: async () => {
        await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        await removeFiles();
      },
    };
  }
  return {
    kind: 'sqlite',
    env: { ...files, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: removeFiles,
  };
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
