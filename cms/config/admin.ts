import type { Core } from '@strapi/strapi';
import { checkedEnv } from '../src/config/checked-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', ''),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', ''),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // The tests run the API without the admin panel (its build takes ~50 s and 2 GB).
  serveAdminPanel: checkedEnv(env).bool('SERVE_ADMIN_PANEL', true),
});

export default config;
