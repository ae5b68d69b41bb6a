import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureEnvFile } from '../lib/env-file.ts';

export const cmsDir = path.resolve(import.meta.dirname, '../../cms');

/** Compiles and loads the CMS in this process (no HTTP server), for scripts that write content. */
export async function loadStrapi(): Promise<Core.Strapi> {
  await ensureEnvFile(cmsDir);
  // A script writes in bulk: one webhook per entry would start a build per entry. The
  // operator publishes once afterwards (`./scripts/pnpm publisher publish`).
  process.env.PUBLISHER_URL = '';
  // Strapi reads cms/.env from the working directory when it is first required.
  process.chdir(cmsDir);
  // Strapi's ESM build imports lodash/fp as a directory, which Node's ESM loader refuses.
  const require = createRequire(path.join(cmsDir, 'package.json'));
  const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const context = await compileStrapi({ appDir: cmsDir });
  const app = createStrapi({ ...context, appDir: cmsDir });
  app.log.level = 'warn';
  return app.load();
}
