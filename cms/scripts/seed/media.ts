import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { settle } from '../db-settle.ts';
import type { Tally } from './tally.ts';

/** A file in the media library, uploaded once: a second run finds it by name. */
export async function uploadOnce(
  strapi: Core.Strapi,
  tally: Tally,
  file: { name: string; mime: string; bytes: () => Promise<Uint8Array>; alternativeText?: string; caption?: string },
): Promise<{ id: number; url: string }> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name: file.name } });
  if (existing) {
    tally.add('media', false);
    return existing;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-seed-'));
  try {
    const filepath = path.join(dir, file.name);
    const bytes = await file.bytes();
    await writeFile(filepath, bytes);
    const [uploaded] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: file.name, alternativeText: file.alternativeText, caption: file.caption } },
      files: { filepath, originalFilename: file.name, mimetype: file.mime, size: bytes.byteLength },
    });
    await settle(strapi);
    tally.add('media', true);
    return uploaded;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
