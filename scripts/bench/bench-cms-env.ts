import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createTestDatabase, freePort } from '@cong/testing';

/**
 * A throwaway SQLite database and the environment of a CMS on it that tells a publisher on a
 * free port of each change, as the scale benches run them: the site's address, the ports and
 * the shared secret with it.
 */
export async function benchCmsEnv() {
  const database = await createTestDatabase('sqlite');
  const dir = path.dirname(database.env.PUBLIC_DIR!);
  const [controlPort, sitePort] = [await freePort(), await freePort()];
  const secret = randomBytes(12).toString('hex');
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const env = {
    ...database.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    SERVE_ADMIN_PANEL: 'false',
    SITE_TOKEN_FILE: path.join(dir, 'site-token'),
    CONG_LOGINS_FILE: path.join(dir, 'logins.json'),
    PUBLISHER_URL: `http://127.0.0.1:${controlPort}`,
    PUBLISHER_SECRET: secret,
  };
  return { database, controlPort, sitePort, secret, siteUrl, env };
}
