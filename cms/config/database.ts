import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { checkedEnv, invalidSetting } from '../src/config/checked-env';

// SQLite (embedded, no set-up) unless DATABASE_URL or DATABASE_CLIENT=postgres says otherwise.
const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  const checked = checkedEnv(env);
  const url = env('DATABASE_URL', '').trim();
  // A misspelt client ("postgresql") must not fall back to SQLite unnoticed.
  const client = checked.oneOf('DATABASE_CLIENT', ['sqlite', 'postgres'], url ? 'postgres' : 'sqlite');
  // Nor an address of another kind (mysql://…); the message does not repeat its password.
  if (client === 'postgres' && url && !/^postgres(?:ql)?:\/\//.test(url)) {
    throw invalidSetting('DATABASE_URL', `${url.split(':')[0]}:…`, 'một địa chỉ PostgreSQL, ví dụ postgres://postgres@127.0.0.1:5432/cong');
  }

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? { connectionString: url, schema: env('DATABASE_SCHEMA', 'public') }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: checked.int('DATABASE_PORT', 5432, { min: 1, max: 65_535 }),
              database: env('DATABASE_NAME', 'cong'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              ssl: checked.bool('DATABASE_SSL', false) && { rejectUnauthorized: checked.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) },
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: checked.int('DATABASE_POOL_MIN', 2, { min: 0, max: 100 }), max: checked.int('DATABASE_POOL_MAX', 10, { min: 1, max: 100 }) },
      },
      // Milliseconds.
      acquireConnectionTimeout: checked.int('DATABASE_CONNECTION_TIMEOUT', 60_000, { min: 1000, max: 600_000 }),
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
