import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, freePort } from '@cong/testing';
import { compiledCms } from '../scripts/compiled-cms.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string;
    databaseKind: string;
    /** A full-access API token: what the import scripts use, and the tests to set up data. */
    fullAccessToken: string;
    /** The read-only token bootstrap made for the site build. */
    siteToken: string;
    /** A Super Admin's JWT for the admin API. */
    adminJwt: string;
    /** The PEM file of trusted root certificates the CMS reads. */
    trustRootsFile: string;
    /** Where the CMS sends its publish webhook: a spec listens there as the publisher. */
    publisherPort: number;
    publisherSecret: string;
    /** Every route the CMS answers (method and path as routed), for the specs that try them all. */
    routes: Array<{ method: string; path: string }>;
    /** The portal's own content types (api::…), with their REST names. */
    contentTypes: Array<{ uid: string; kind: string; pluralName: string; singularName: string }>;
  }
}

const appDir = path.resolve(import.meta.dirname, '..');

/** Boots the real Strapi app on a throwaway database and a free port for the whole run. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  const port = await freePort();
  const publisherPort = await freePort();
  const secret = () => randomBytes(16).toString('base64');
  const publisherSecret = secret();
  // The database brings its own secrets, trust list (the signature specs write their test
  // root CA there) and ENV_PATH, so no checkout's cms/.env is read.
  Object.assign(process.env, database.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    SERVE_ADMIN_PANEL: 'false',
    // Each spec poses as its own client through X-Forwarded-For, as behind one real proxy.
    TRUSTED_PROXY_HOPS: '1',
    CORS_ORIGINS: 'http://portal.test',
    SITE_TOKEN_FILE: path.join(os.tmpdir(), `cong-site-token-${port}`),
    PUBLISHER_URL: `http://127.0.0.1:${publisherPort}`,
    PUBLISHER_SECRET: publisherSecret,
  });
  delete process.env.SITE_API_TOKEN;

  // Strapi's ESM build imports lodash/fp as a directory, which Node's ESM loader refuses.
  const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
  const context = await compiledCms(appDir);
  const app = createStrapi({ ...context, appDir });
  app.log.level = 'warn';
  await app.start();

  const cmsUrl = `http://127.0.0.1:${port}`;
  const fullAccess = await app.service('admin::api-token-content-api').create({
    name: 'Kiểm thử (toàn quyền)',
    type: 'full-access',
    lifespan: null,
  });
  project.provide('cmsUrl', cmsUrl);
  project.provide('databaseKind', database.kind);
  project.provide('fullAccessToken', fullAccess.accessKey);
  project.provide('siteToken', (await readFile(process.env.SITE_TOKEN_FILE!, 'utf8')).trim());
  project.provide('adminJwt', await registerFirstAdmin(cmsUrl));
  project.provide('trustRootsFile', process.env.SIGNATURE_TRUST_ROOTS!);
  project.provide('publisherPort', publisherPort);
  project.provide('publisherSecret', publisherSecret);
  project.provide(
    'routes',
    app.server.listRoutes().flatMap((layer: { methods: string[]; path: string }) =>
      layer.methods.filter((method) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)).map((method) => ({ method, path: layer.path }))),
  );
  project.provide(
    'contentTypes',
    Object.entries(app.contentTypes)
      .filter(([uid]) => uid.startsWith('api::'))
      .map(([uid, type]: [string, any]) => ({ uid, kind: type.kind, pluralName: type.info.pluralName, singularName: type.info.singularName })),
  );

  return async () => {
    await app.destroy();
    await database.drop();
  };
}

async function registerFirstAdmin(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      firstname: 'Quản trị',
      lastname: 'Kiểm thử',
      email: 'quantri@cong.test',
      password: `Kt-${randomBytes(9).toString('base64url')}1a`,
    }),
  });
  if (!response.ok) throw new Error(`register-admin: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: { token: string } }).data.token;
}
