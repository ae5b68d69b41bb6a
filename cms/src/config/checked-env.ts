import type { Core } from '@strapi/strapi';
import { HTTP_URL_WANTED, invalidSetting, isHttpUrl } from '@cong/shared';

type Env = Core.Config.Shared.ConfigParams['env'];

// Strapi's env.int reads PORT="80x" as 80 and "x" as NaN, env.bool reads "ture" as false:
// a typo would quietly change what the portal does (COMMENT_RATE_LIMIT_MAX="5x" used to turn
// the limit off). These read the same variables through env() and stop the CMS instead, with
// a message naming the variable, its value and what it should be. Unset or empty means the
// default, as an empty line in .env.example does.

export { invalidSetting };

/** Readers of the CMS's settings that throw on a malformed value instead of guessing. */
export function checkedEnv(env: Env) {
  const given = (key: string): string | undefined => env(key)?.trim() || undefined;

  return {
    /** A whole number from `min` to `max`. */
    int(key: string, fallback: number, { min, max }: { min: number; max: number }): number {
      const value = given(key);
      if (value === undefined) return fallback;
      const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!(number >= min && number <= max)) throw invalidSetting(key, value, `một số nguyên từ ${min} đến ${max}`);
      return number;
    },

    /** `true` or `false`, written so. */
    bool(key: string, fallback: boolean): boolean {
      const value = given(key);
      if (value === undefined) return fallback;
      if (value !== 'true' && value !== 'false') throw invalidSetting(key, value, 'true hoặc false');
      return value === 'true';
    },

    /** One of `choices`. */
    oneOf<T extends string>(key: string, choices: readonly T[], fallback: T): T {
      const value = given(key);
      if (value === undefined) return fallback;
      if (!choices.includes(value as T)) throw invalidSetting(key, value, `một trong ${choices.join(', ')}`);
      return value as T;
    },

    /** An http:// or https:// address without its trailing slash; `fallback` ('' for none) when unset. */
    url(key: string, fallback: string): string {
      const value = given(key);
      if (value === undefined) return fallback;
      if (!isHttpUrl(value)) throw invalidSetting(key, value, HTTP_URL_WANTED);
      return value.replace(/\/+$/, '');
    },

    /**
     * Comma-separated origins (scheme, host and port, no path) a browser may call the API
     * from, as the browser sends them: a trailing slash or a path would never match one.
     */
    origins(key: string, fallback: string[]): string[] {
      if (given(key) === undefined) return fallback;
      const origins = env.array(key, fallback).filter(Boolean);
      const wrong = origins.find((origin) => !isHttpUrl(origin) || new URL(origin).origin !== origin.replace(/\/$/, ''));
      if (wrong !== undefined || !origins.length) {
        throw invalidSetting(key, env(key)!.trim(), 'các địa chỉ gốc http:// hoặc https:// không kèm đường dẫn, cách nhau bằng dấu phẩy, ví dụ http://127.0.0.1:4321,https://congthongtin.example.gov.vn');
      }
      return origins.map((origin) => new URL(origin).origin);
    },
  };
}
