import type { Core } from '@strapi/strapi';
import { checkedEnv } from '../src/config/checked-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: checkedEnv(env).int('PORT', 1337, { min: 1, max: 65_535 }),
  url: env('PUBLIC_URL', ''),
  // Uploads live under <public>/uploads; tests point this at a throwaway folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS', []),
  },
  // Behind the province's reverse proxy, the client's address (for the comment rate limit)
  // comes from X-Forwarded-For: set TRUST_PROXY=true there, and only there.
  proxy: { koa: checkedEnv(env).bool('TRUST_PROXY', false), maxIpsCount: 1 },
  // No outside network here: don't ask the registry for newer versions on every start.
  logger: { updates: { enabled: false } },
});

export default config;
