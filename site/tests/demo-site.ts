import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '@cong/publisher';
import { freePort, fullAccessToken, startDemoCms } from '@cong/testing';
import { countersign, issue, rootCa, signedPdf, unsignedPdf } from '@cong/shared/testing';
import { buildSite } from './build-site.ts';

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
    /** PDFs for the signature checker: valid, tampered, unsigned, untrusted. */
    signedFiles: Record<'valid' | 'tampered' | 'unsigned' | 'untrusted' | 'expired' | 'twice', string>;
  }
}

/**
 * The site as a citizen gets it: a real CMS with the demo content (and one draft that must
 * stay private), the site built from it, served by a plain static server.
 */
export default async function setup(project: TestProject) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cong-site-test-'));
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const trustRoots = path.join(work, 'trust-roots.pem');
  const signedFiles = await signatureFixtures(work, trustRoots);
  const cms = await startDemoCms('sqlite', { CORS_ORIGINS: siteUrl, SITE_URL: siteUrl, SIGNATURE_TRUST_ROOTS: trustRoots });
  const token = await fullAccessToken(cms);
  const draftMarker = `BAN-NHAP-KHONG-DUOC-CONG-BO-${Date.now()}`;
  const draft = await fetch(`${cms.url}/api/articles?status=draft`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title: draftMarker, body: [{ type: 'paragraph', children: [{ type: 'text', text: draftMarker }] }] } }),
  });
  if (!draft.ok) throw new Error(`Không tạo được bản nháp: ${await draft.text()}`);

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
  project.provide('signedFiles', signedFiles);

  return async () => {
    server.close();
    await cms.stop();
    await rm(work, { recursive: true, force: true });
  };
}

/** A test root CA the portal trusts, and PDFs signed (or not) to check against it. */
async function signatureFixtures(dir: string, trustRootsFile: string) {
  const root = await rootCa('Root CA kiểm thử trang');
  const signer = await issue(root, 'CN=Nguyễn Văn Ký, O=Văn phòng UBND tỉnh', { serial: '10' });
  const stranger = await issue(await rootCa('Root CA lạ'), 'CN=Người Lạ, O=Không rõ', { serial: '11' });
  const second = await issue(root, 'CN=Trần Thị Duyệt, O=Trung tâm Thông tin', { serial: '12' });
  const expired = await issue(root, 'CN=Lê Hết Hạn, O=Văn phòng UBND tỉnh', {
    notBefore: new Date(Date.now() - 400 * 86_400_000),
    notAfter: new Date(Date.now() - 30 * 86_400_000),
    serial: '13',
  });
  await writeFile(trustRootsFile, root.certificate.toString('pem'));
  const valid = await signedPdf(signer);
  const tampered = Buffer.from(valid);
  const at = tampered.indexOf('/ModDate (D:') + 12;
  tampered[at] = tampered[at] === 0x31 ? 0x32 : 0x31;
  const files = {
    valid,
    tampered,
    unsigned: await unsignedPdf(),
    untrusted: await signedPdf(stranger),
    expired: await signedPdf(expired),
    twice: await countersign(valid, second),
  };
  const paths = {} as Record<keyof typeof files, string>;
  for (const [name, bytes] of Object.entries(files) as Array<[keyof typeof files, Buffer]>) {
    paths[name] = path.join(dir, `${name}.pdf`);
    await writeFile(paths[name], bytes);
  }
  return paths;
}
