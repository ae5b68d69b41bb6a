import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from './build-site';

const freshDir = () => mkdtemp(path.join(os.tmpdir(), 'cong-site-settings-'));

describe('a build with a malformed setting', () => {
  it.each([
    ['SITE_URL', 'congthongtin.example.gov.vn'],
    ['CMS_URL', '127.0.0.1:1337'],
  ])('%s=%j stops before reading the CMS, with the setting named in its report', async (key, value) => {
    const [outDir, cacheDir] = [await freshDir(), await freshDir()];
    try {
      const failure = await buildSite({ ...inject('buildEnv'), [key]: value, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: cacheDir }).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).toBe(`Dựng trang thất bại: ${key}="${value}" không hợp lệ: cần một địa chỉ http:// hoặc https://, ví dụ https://congthongtin.example.gov.vn.`);
      // Nothing synced, nothing written: the build stopped before it began.
      expect(await readdir(cacheDir)).toEqual([]);
      expect(await readdir(outDir)).toEqual([]);
    } finally {
      await Promise.all([outDir, cacheDir].map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
