import { copyFile, link, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../config.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { cachedMedia, mediaFile } from '../lib/media-cache.ts';

/**
 * Puts into the built site, under /uploads/, exactly the files the published entries show now:
 * those the content sync left in the media cache (lib/media-cache.ts). Hard links: the cache
 * never writes a file in place, so a release keeps the bytes it went live with, and a publish
 * copies no media.
 */
export function media(): AstroIntegration {
  return {
    name: 'cong:media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { mediaCacheDir } = siteConfig();
        const out = fileURLToPath(dir);
        const urls = await cachedMedia(mediaCacheDir);
        const targets = urls.map((url) => ({ from: mediaFile(mediaCacheDir, url), to: mediaFile(out, url) }));
        await eachAtOnce([...new Set(targets.map(({ to }) => path.dirname(to)))], 32, (folder) => mkdir(folder, { recursive: true }).then(() => {}));
        await eachAtOnce(targets, 32, ({ from, to }) =>
          // Another file system (a cache elsewhere) cannot be linked across: copied then.
          link(from, to).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
            return copyFile(from, to);
          }),
        );
        logger.info(`Đã đưa ${urls.length} tệp đa phương tiện vào /uploads/.`);
      },
    },
  };
}
