import type { Core } from '@strapi/strapi';
import { publishedTrustRoots } from '../../../signatures/trust-roots';

/** GET /api/signature-trust-roots: `{ data: { pem } }`, the certificates of the trust list the CMS checks signatures against. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async roots(ctx: { body: unknown }) {
    ctx.body = { data: { pem: await publishedTrustRoots(strapi) } };
  },
});
