import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const secrets = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'PUBLISHER_SECRET'];

/**
 * Writes cms/.env from cms/.env.example with fresh random secrets when it does not exist
 * yet; an existing .env is never changed.
 */
export async function ensureEnvFile(cmsDir: string): Promise<boolean> {
  // Told to read its settings elsewhere (ENV_PATH, as the test harness does): nothing to write.
  if (process.env.ENV_PATH) return false;
  const target = path.join(cmsDir, '.env');
  if (await readFile(target).then(() => true, () => false)) return false;
  const secret = () => randomBytes(24).toString('base64');
  const example = await readFile(path.join(cmsDir, '.env.example'), 'utf8');
  const filled = example.replace(/^([A-Z_]+)=$/gm, (line, name: string) =>
    secrets.includes(name) ? `${name}=${name === 'APP_KEYS' ? [secret(), secret(), secret()].join(',') : secret()}` : line,
  );
  await writeFile(target, filled, { mode: 0o600 });
  return true;
}
