import { cmsConfig, cmsGet } from '../../../lib/cms.ts';

// The root certificates the portal trusts, as the CMS publishes them (the same list it checks
// signatures against), so the browser checker judges a file as the CMS does.
export async function GET() {
  const { data } = await cmsGet<{ data: { pem: string } }>(cmsConfig(), '/api/signature-trust-roots');
  return new Response(data.pem, { headers: { 'Content-Type': 'application/x-pem-file' } });
}
