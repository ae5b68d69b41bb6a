import { readFile } from 'node:fs/promises';

// The root certificates the portal trusts (SIGNATURE_TRUST_ROOTS, the same PEM file the CMS
// reads), published so the browser checker judges a file as the CMS does.
export async function GET() {
  const file = process.env.SIGNATURE_TRUST_ROOTS;
  const pem = file ? await readFile(file, 'utf8') : '';
  return new Response(pem, { headers: { 'Content-Type': 'application/x-pem-file' } });
}
