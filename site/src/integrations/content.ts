import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-store.ts';
import { syncContent } from '../lib/content-sync.ts';

const siteDir = path.resolve(import.meta.dirname, '../..');

/**
 * Syncs the content from the CMS before the pages are built (and before `astro dev` serves
 * them), into files lib/content.ts reads. The folder is handed to the pages through
 * CONG_CONTENT_DIR: they run bundled, away from this file.
 */
export function content(): AstroIntegration {
  return {
    name: 'cong:content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const dir = contentDir(siteDir);
        process.env.CONG_CONTENT_DIR = dir;
        // Astro's content store from before these files (~200 MB at ten years): Astro still
        // loads it at every build, and with no collections of its own never writes it again.
        await rm(new URL('data-store.json', config.cacheDir), { force: true });
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        await syncContent(dir, (message) => logger.info(message));
        logger.info(`Đã đồng bộ nội dung từ CMS trong ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
      },
    },
  };
}
