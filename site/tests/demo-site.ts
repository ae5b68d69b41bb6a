import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { fullAccessToken, startDemoCms } from '../../scripts/lib/demo-cms.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { buildSite } from './build-site.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
    cmsUrl: string;
    siteToken: string;
    fullAccessToken: string;
    /** Text only a draft article holds: it must appear nowhere in the built site. */
    draftMarker: string;
    /** The environment the site was built with (its cache holds the synced content). */
    buildEnv: Record<string, string>;
    /** The demo Super Admin, for the admin API. */
    admin: { email: string; password: string };
  }
}

/**
 * The site as a citizen gets it: a real CMS with the demo content (and one draft that must
 * stay private), the site built from it, served by a plain static server.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const cms = await startDemoCms('sqlite', { CORS_ORIGINS: siteUrl, SITE_URL: siteUrl });
  const token = await fullAccessToken(cms);
  const draftMarker = `BAN-NHAP-KHONG-DUOC-CONG-BO-${Date.now()}`;
  const draft = await fetch(`${cms.url}/api/articles?status=draft`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title: draftMarker, body: [{ type: 'paragraph', children: [{ type: 'text', text: draftMarker }] }] } }),
  });
  if (!draft.ok) throw new Error(`Không tạo được bản nháp: ${await draft.text()}`);

  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-site-test-'));
  const distDir = path.join(work, 'dist');
  const buildEnv = {
    CMS_URL: cms.url,
    SITE_API_TOKEN: cms.siteToken,
    SITE_URL: siteUrl,
    SITE_OUT_DIR: distDir,
    SITE_CACHE_DIR: path.join(work, 'cache'),
  };
  await buildSite(buildEnv);
  const server = await serveStatic(distDir, port);

  project.provide('siteUrl', siteUrl);
  project.provide('distDir', distDir);
  project.provide('cmsUrl', cms.url);
  project.provide('siteToken', cms.siteToken);
  project.provide('fullAccessToken', token);
  project.provide('draftMarker', draftMarker);
  project.provide('buildEnv', buildEnv);
  project.provide('admin', cms.logins.find((login) => login.role === 'strapi-super-admin')!);

  return async () => {
    server.close();
    await cms.stop();
    await rm(work, { recursive: true, force: true });
  };
}
