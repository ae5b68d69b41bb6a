import type { Core } from '@strapi/strapi';
import { checkedEnv } from '../src/config/checked-env';
import type { PortalConfig } from '../src/config/portal';

// The portal's own settings (Strapi's are in the other files here), read once; the CMS reads
// them with portalConfig(strapi) from src/config/portal.ts.
const config = ({ env }: Core.Config.Shared.ConfigParams): PortalConfig => {
  const checked = checkedEnv(env);
  return {
    siteUrl: checked.url('SITE_URL', 'http://127.0.0.1:4321'),
    // The benchmarks lift the limit out of the way with 1000000.
    commentRateLimitMax: checked.int('COMMENT_RATE_LIMIT_MAX', 5, { min: 1, max: 1_000_000_000 }),
    // Seconds, up to a day: the same number meant as milliseconds (600000) would be a week.
    commentRateLimitWindowSeconds: checked.int('COMMENT_RATE_LIMIT_WINDOW', 600, { min: 1, max: 86_400 }),
    loginThrottleMax: checked.int('LOGIN_THROTTLE_MAX', 20, { min: 1, max: 1_000_000_000 }),
    loginThrottleWindowSeconds: checked.int('LOGIN_THROTTLE_WINDOW', 900, { min: 1, max: 86_400 }),
    publisherUrl: checked.url('PUBLISHER_URL', ''),
    publisherSecret: env('PUBLISHER_SECRET', ''),
    // As given: the site build reads the same variables and must see the same key and file.
    siteApiToken: env('SITE_API_TOKEN', ''),
    siteTokenFile: env('SITE_TOKEN_FILE', '') || '.tmp/site-token',
    signatureTrustRoots: env('SIGNATURE_TRUST_ROOTS', ''),
  };
};

export default config;
