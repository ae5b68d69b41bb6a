import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { portalConfig } from '../config/portal';
import { publicContentTypes, readActions, siteBuildMediaActions, siteBuildOnlyContentTypes } from '../content/access';

export const SITE_TOKEN_NAME = 'Trang công khai (chỉ đọc)';

/**
 * The read-only API token the site build uses (published content, comments, the media
 * library's list of files): its key comes from SITE_API_TOKEN when set,
 * else it is created once. It is written to SITE_TOKEN_FILE (.tmp/site-token, mode 600) for the build
 * and only its first characters are logged.
 */
export async function ensureSiteToken(strapi: Core.Strapi): Promise<string> {
  const tokens = strapi.service('admin::api-token-content-api');
  const permissions = [...readActions([...publicContentTypes, ...siteBuildOnlyContentTypes]), ...siteBuildMediaActions];
  const { siteApiToken: fromEnv, siteTokenFile } = portalConfig(strapi);

  let token = await tokens.getByName(SITE_TOKEN_NAME, { includeDecryptedKey: true });
  let accessKey: string | undefined = token?.accessKey;
  if (!token) {
    const created = await tokens.create({
      name: SITE_TOKEN_NAME,
      description: 'Dùng khi dựng trang công khai: chỉ đọc nội dung đã xuất bản.',
      type: 'custom',
      lifespan: null,
      permissions,
    });
    token = created;
    accessKey = created.accessKey;
  } else {
    if ([...token.permissions].sort().join() !== [...permissions].sort().join()) {
      await tokens.update(token.id, { permissions });
    }
    if (!accessKey && !fromEnv) {
      // Stored under another ENCRYPTION_KEY: the key is lost, so issue a new one.
      strapi.log.warn('Không giải mã được khóa API của trang công khai (ENCRYPTION_KEY đã đổi?): tạo khóa mới.');
      accessKey = (await tokens.regenerate(token.id)).accessKey;
    }
  }

  if (fromEnv && fromEnv !== accessKey) {
    await strapi.db.query('admin::api-token').update({
      where: { id: token.id },
      data: {
        accessKey: tokens.hash(fromEnv),
        encryptedKey: strapi.service('admin::encryption').encrypt(fromEnv),
      },
    });
    accessKey = fromEnv;
  }
  if (!accessKey) throw new Error('Không đọc được khóa API của trang công khai: hãy đặt SITE_API_TOKEN.');

  const file = path.resolve(strapi.dirs.app.root, siteTokenFile);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, accessKey, { mode: 0o600 });
  await chmod(file, 0o600);
  strapi.log.info(`Khóa API chỉ đọc cho trang công khai: ${accessKey.slice(0, 6)}… (đầy đủ trong ${path.relative(strapi.dirs.app.root, file)})`);
  return accessKey;
}
