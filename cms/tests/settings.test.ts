import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env } from '@strapi/utils';
import { cmsDir, freePort } from '@cong/testing';
import { describe, expect, it } from 'vitest';
import admin from '../config/admin';
import api from '../config/api';
import database from '../config/database';
import middlewares from '../config/middlewares';
import plugins from '../config/plugins';
import portal from '../config/portal';
import server from '../config/server';

const configFiles = { admin, api, database, middlewares, plugins, portal, server };

/** Runs a config file's function as Strapi does, with Strapi's own env() reading only `variables`. */
function load(file: keyof typeof configFiles, variables: Record<string, string>): any {
  const real = process.env;
  process.env = { ...variables };
  try {
    return configFiles[file]({ env });
  } finally {
    process.env = real;
  }
}

const aUrl = 'một địa chỉ http:// hoặc https://, ví dụ https://congthongtin.example.gov.vn';
const origins =
  'các địa chỉ gốc http:// hoặc https:// không kèm đường dẫn, cách nhau bằng dấu phẩy, ví dụ http://127.0.0.1:4321,https://congthongtin.example.gov.vn';
const trueOrFalse = 'true hoặc false';
const postgres = { DATABASE_CLIENT: 'postgres' };

describe('a malformed setting stops the CMS with a Vietnamese message naming it', () => {
  it.each([
    ['portal', 'COMMENT_RATE_LIMIT_MAX', '5x', 'một số nguyên từ 1 đến 1000000000'],
    ['portal', 'COMMENT_RATE_LIMIT_MAX', '0', 'một số nguyên từ 1 đến 1000000000'],
    ['portal', 'COMMENT_RATE_LIMIT_MAX', '-5', 'một số nguyên từ 1 đến 1000000000'],
    ['portal', 'COMMENT_RATE_LIMIT_MAX', '2.5', 'một số nguyên từ 1 đến 1000000000'],
    ['portal', 'COMMENT_RATE_LIMIT_WINDOW', '10m', 'một số nguyên từ 1 đến 86400'],
    ['portal', 'COMMENT_RATE_LIMIT_WINDOW', '600000', 'một số nguyên từ 1 đến 86400'],
    ['portal', 'SITE_URL', 'congthongtin.example.gov.vn', aUrl],
    ['portal', 'SITE_URL', 'ftp://congthongtin.example.gov.vn', aUrl],
    ['portal', 'PUBLISHER_URL', '127.0.0.1:4322', aUrl],
    ['server', 'PORT', '1337x', 'một số nguyên từ 1 đến 65535'],
    ['server', 'PORT', '70000', 'một số nguyên từ 1 đến 65535'],
    ['server', 'TRUSTED_PROXY_HOPS', 'yes', 'một số nguyên từ 0 đến 10'],
    ['server', 'TRUSTED_PROXY_HOPS', '-1', 'một số nguyên từ 0 đến 10'],
    ['server', 'TRUST_PROXY', 'true', 'bỏ biến này và đặt TRUSTED_PROXY_HOPS (số proxy đứng trước CMS, 0 khi không có)'],
    ['admin', 'SERVE_ADMIN_PANEL', '0', trueOrFalse],
    ['api', 'API_MAX_LIMIT', '5k', 'một số nguyên từ 1 đến 100000'],
    ['plugins', 'UPLOAD_SIZE_LIMIT', '100', 'một số nguyên từ 1048576 đến 10737418240'],
    ['plugins', 'UPLOAD_SIZE_LIMIT', '100MB', 'một số nguyên từ 1048576 đến 10737418240'],
    ['middlewares', 'CORS_ORIGINS', 'congthongtin.example.gov.vn', origins],
    ['middlewares', 'CORS_ORIGINS', 'https://congthongtin.example.gov.vn/du-thao', origins],
    ['middlewares', 'CORS_ORIGINS', 'http://127.0.0.1:4321;http://localhost:4321', origins],
    ['database', 'DATABASE_CLIENT', 'postgresql', 'một trong sqlite, postgres'],
    ['database', 'DATABASE_PORT', '5432x', 'một số nguyên từ 1 đến 65535', postgres],
    ['database', 'DATABASE_POOL_MAX', 'ten', 'một số nguyên từ 1 đến 100', postgres],
    ['database', 'DATABASE_SSL', 'on', trueOrFalse, postgres],
    ['database', 'DATABASE_CONNECTION_TIMEOUT', '60s', 'một số nguyên từ 1000 đến 600000', postgres],
  ] as const)('%s: %s=%j', (file, key, value, wanted, others: Record<string, string> = {}) => {
    expect(() => load(file, { ...others, [key]: value })).toThrow(new Error(`${key}="${value}" không hợp lệ: cần ${wanted}.`));
  });

  it('names a database address of another kind without repeating its password', () => {
    expect(() => load('database', { DATABASE_URL: 'mysql://cong:mat-khau@127.0.0.1/cong' })).toThrow(
      new Error('DATABASE_URL="mysql:…" không hợp lệ: cần một địa chỉ PostgreSQL, ví dụ postgres://postgres@127.0.0.1:5432/cong.'),
    );
  });
});

describe('a well-formed setting is read as meant', () => {
  it.each([
    ['portal', { COMMENT_RATE_LIMIT_MAX: '12' }, 'commentRateLimitMax', 12],
    ['portal', { COMMENT_RATE_LIMIT_MAX: ' 12 ' }, 'commentRateLimitMax', 12],
    ['portal', { COMMENT_RATE_LIMIT_MAX: '' }, 'commentRateLimitMax', 5],
    ['portal', { COMMENT_RATE_LIMIT_WINDOW: '3600' }, 'commentRateLimitWindowSeconds', 3600],
    ['portal', { SITE_URL: 'https://congthongtin.example.gov.vn/' }, 'siteUrl', 'https://congthongtin.example.gov.vn'],
    ['portal', { PUBLISHER_URL: 'http://127.0.0.1:4322//' }, 'publisherUrl', 'http://127.0.0.1:4322'],
    ['portal', { PUBLISHER_URL: '' }, 'publisherUrl', ''],
    ['portal', { SITE_TOKEN_FILE: '' }, 'siteTokenFile', '.tmp/site-token'],
    ['portal', { SIGNATURE_TRUST_ROOTS: 'certs/roots.pem' }, 'signatureTrustRoots', 'certs/roots.pem'],
    ['server', { PORT: '8080' }, 'port', 8080],
    ['server', { TRUSTED_PROXY_HOPS: '2' }, 'proxy', { koa: true, maxIpsCount: 2 }],
    ['server', {}, 'proxy', { koa: false, maxIpsCount: 0 }],
    ['admin', { SERVE_ADMIN_PANEL: 'false' }, 'serveAdminPanel', false],
    ['api', { API_MAX_LIMIT: '100' }, 'rest.maxLimit', 100],
    ['database', { DATABASE_CLIENT: 'postgres', DATABASE_PORT: '6432' }, 'connection.connection.port', 6432],
    ['database', { DATABASE_URL: 'postgresql://postgres@db/cong' }, 'connection.client', 'postgres'],
  ] as const)('%s: %j → %s = %j', (file, variables, key, value) => {
    expect(key.split('.').reduce((config, part) => config[part], load(file, variables))).toEqual(value);
  });

  it('takes the public site addresses for CORS as the browser sends them', () => {
    const cors = load('middlewares', { CORS_ORIGINS: 'https://congthongtin.example.gov.vn/, http://127.0.0.1:4321' }).find(
      (entry: any) => entry.name === 'global::public-origins',
    );
    expect(cors.config.origins).toEqual(['https://congthongtin.example.gov.vn', 'http://127.0.0.1:4321']);
  });

  it('has a default for every portal setting left unset', () => {
    expect(load('portal', {})).toEqual({
      siteUrl: 'http://127.0.0.1:4321',
      commentRateLimitMax: 5,
      commentRateLimitWindowSeconds: 600,
      loginThrottleMax: 20,
      loginThrottleWindowSeconds: 900,
      publisherUrl: '',
      publisherSecret: '',
      siteApiToken: '',
      siteTokenFile: '.tmp/site-token',
      signatureTrustRoots: '',
    });
  });
});

describe('starting the CMS with a malformed setting', () => {
  it('exits with the message on stderr instead of running without a rate limit', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-bad-setting-'));
    try {
      // Its own port and database, should it start after all.
      const child = spawn(process.execPath, [path.join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
        cwd: cmsDir,
        env: {
          ...process.env,
          PORT: String(await freePort()),
          DATABASE_CLIENT: 'sqlite',
          DATABASE_URL: '',
          DATABASE_FILENAME: path.join(dir, 'data.db'),
          SITE_TOKEN_FILE: path.join(dir, 'site-token'),
          PUBLISHER_URL: '',
          COMMENT_RATE_LIMIT_MAX: '5x',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const stillRunning = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      clearTimeout(stillRunning);
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      expect(stderr).toContain('COMMENT_RATE_LIMIT_MAX="5x" không hợp lệ: cần một số nguyên từ 1 đến 1000000000.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
