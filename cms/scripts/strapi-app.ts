import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compiledCms } from './compiled-cms.ts';
import { ensureEnvFile } from './env-file.ts';

/** The Strapi app's folder: these commands belong to it. */
export const appDir = path.resolve(import.meta.dirname, '..');

/** Compiles and loads the CMS in this process (no HTTP server), for commands that write content. */
export async function loadStrapi(): Promise<Core.Strapi> {
  await ensureEnvFile(appDir);
  // A command writes in bulk: one webhook per entry would start a build per entry. The
  // operator publishes once afterwards (`./scripts/pnpm publisher publish`).
  process.env.PUBLISHER_URL = '';
  // Strapi reads the app's .env from ENV_PATH, else from the working directory.
  process.env.ENV_PATH ??= path.join(appDir, '.env');
  // Strapi's ESM build imports lodash/fp as a directory, which Node's ESM loader refuses:
  // its CommonJS build is the one to load from an ES module.
  const require = createRequire(import.meta.url);
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const context = await compiledCms(appDir);
  const app = createStrapi({ ...context, appDir });
  app.log.level = 'warn';
  return app.load();
}
