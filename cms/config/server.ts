import type { Core } from '@strapi/strapi';
import { checkedEnv, invalidSetting } from '../src/config/checked-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: checkedEnv(env).int('PORT', 1337, { min: 1, max: 65_535 }),
  url: env('PUBLIC_URL', ''),
  // Uploads live under <public>/uploads; tests point this at a throwaway folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS', []),
  },
  proxy: proxySettings(env),
  // No outside network here: don't ask the registry for newer versions on every start.
  logger: { updates: { enabled: false } },
});

/**
 * How many reverse proxies stand in front of the CMS, each adding the address it was called
 * from to X-Forwarded-For. The client is the address the outermost of them saw: Koa takes it
 * from the last TRUSTED_PROXY_HOPS entries, so whatever a client wrote into the header itself
 * stays to the left and is never believed. 0 (no proxy) ignores the header altogether. The
 * comment rate limit and the login throttle are keyed by this address.
 */
function proxySettings(env: Core.Config.Shared.ConfigParams['env']) {
  const retired = env('TRUST_PROXY');
  if (retired) {
    throw invalidSetting('TRUST_PROXY', retired, 'bỏ biến này và đặt TRUSTED_PROXY_HOPS (số proxy đứng trước CMS, 0 khi không có)');
  }
  const hops = checkedEnv(env).int('TRUSTED_PROXY_HOPS', 0, { min: 0, max: 10 });
  return { koa: hops > 0, maxIpsCount: hops };
}

export default config;
