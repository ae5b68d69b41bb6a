import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { brokenReferenceMessage } from '@cong/shared';
import { siteConfig } from '../config.ts';
import { brokenReferencesOfThisBuild } from '../lib/broken-references-state.ts';
import { syncContent } from '../lib/content-sync.ts';
import { contentSyncOfThisBuild, syncingContent } from '../lib/content-sync-state.ts';
import { mediaOfThisBuild } from '../lib/media-state.ts';

/**
 * Syncs the content from the CMS before the pages are built (and before `astro dev` serves
 * them), into the cache's content/ folder, which lib/content.ts reads once the sync is done.
 */
export function content(): AstroIntegration {
  return {
    name: 'cong:content',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { cacheDir, astroCacheDir, contentDir } = siteConfig();
        // Astro's content store from before these files (~200 MB at ten years): Astro still
        // loads it at every build, and with no collections of its own never writes it again.
        // Astro's cache was all of a given SITE_CACHE_DIR then, and is its astro/ now: look in both.
        for (const dir of [cacheDir, astroCacheDir]) await rm(path.join(dir, 'data-store.json'), { force: true });
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        // Not awaited here: Vite bundles the pages' code meanwhile, and the routes wait for it
        // before they read any content (lib/content-sync-state.ts). A failure still ends the build,
        // with the sync's own message, from the first route's static paths.
        syncingContent(
          syncContent(contentDir, (message) => logger.info(message)).then((broken) => {
            logger.info(`Đã đồng bộ nội dung từ CMS trong ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
            // Each is told to its editor in the admin (through the build report); the log has them too.
            brokenReferencesOfThisBuild().splice(0, Infinity, ...broken);
            for (const reference of broken) logger.warn(brokenReferenceMessage(reference));
            // A build waits for the files (integrations/media.ts); `astro dev` serves pages meanwhile, and says when one failed.
            if (command === 'dev') mediaOfThisBuild().complete.catch((error: Error) => logger.error(error.message));
          }),
        );
      },
      // The first hook once the pages are written: what comes after (the media, the broken
      // references in the report) has the sync's results.
      'astro:build:done': async () => {
        await contentSyncOfThisBuild().synced;
      },
    },
  };
}
