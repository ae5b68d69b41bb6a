import type { Core } from '@strapi/strapi';
import { UPLOAD_TYPES } from '@cong/shared';
import { checkedEnv } from '../src/config/checked-env';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      // The portal has no public user accounts: nobody may sign up.
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      // In bytes, 100 MB by default; at least 1 MB, so "100" meant as megabytes refuses to start
      // rather than refusing every file.
      sizeLimit: checkedEnv(env).int('UPLOAD_SIZE_LIMIT', 100 * 1024 * 1024, { min: 1024 * 1024, max: 10 * 1024 * 1024 * 1024 }),
      // global::upload-guard refuses anything else first, in Vietnamese; Strapi's own check is
      // the second lock, and it stores the type the bytes were sniffed as.
      security: { allowedTypes: [...new Set(Object.values(UPLOAD_TYPES).flatMap((type) => [type.mime, ...type.sniffed]))] },
    },
  },
});

export default config;
