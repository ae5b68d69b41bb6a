import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { parseCertificates } from '@cong/shared/pdf-signatures';
import { portalConfig } from '../config/portal';

/**
 * The PEM text of the root certificates the portal trusts: the file SIGNATURE_TRUST_ROOTS
 * names, relative to the app ('' when unset or unreadable, with a warning). The CMS checks
 * signatures against it and publishes its certificates (GET /api/signature-trust-roots), so
 * the site's browser checker trusts exactly what the CMS trusts.
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

/**
 * The trusted root certificates as PEM, re-encoded from what was parsed: what the public may
 * read. Nothing else the file holds (comments, a private key put there by mistake) leaves
 * the CMS.
 */
export async function publishedTrustRoots(strapi: Core.Strapi): Promise<string> {
  return (await trustRoots(strapi))
    .map((certificate) => {
      const base64 = Buffer.from(certificate.toSchema().toBER(false)).toString('base64');
      return `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
    })
    .join('');
}
