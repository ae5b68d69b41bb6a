import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { parseCertificates } from '@cong/shared/pdf-signatures';
import { portalConfig } from '../config/portal';

/**
 * The PEM text of the root certificates the portal trusts: the file SIGNATURE_TRUST_ROOTS
 * names, relative to the app ('' when unset or unreadable, with a warning). The CMS checks
 * signatures against it and publishes it (GET /api/signature-trust-roots), so the site's
 * browser checker trusts exactly what the CMS trusts.
 */
export async function trustRootsPem(strapi: Core.Strapi): Promise<string> {
  const file = portalConfig(strapi).signatureTrustRoots;
  if (!file) return '';
  try {
    return await readFile(path.resolve(strapi.dirs.app.root, file), 'utf8');
  } catch (error) {
    strapi.log.warn(`Không đọc được danh sách chứng thư gốc tin cậy ${file}: ${(error as Error).message}`);
    return '';
  }
}

/** The trusted root certificates, parsed. */
export async function trustRoots(strapi: Core.Strapi) {
  return parseCertificates(await trustRootsPem(strapi));
}
