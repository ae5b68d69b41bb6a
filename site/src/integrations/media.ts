import { copyFile, link, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { linkFolder } from '../build/folder-links.ts';
import { siteConfig } from '../config.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { cachedMedia, cachedMediaDigest, mediaFile } from '../lib/media-cache.ts';
import { mediaOfThisBuild } from '../lib/media-state.ts';
import { pageKeysOfThisBuild } from '../lib/page-keys-state.ts';
import type { ReleaseFiles } from './release.ts';

// In the build info (SITE_BUILD_INFO): the digest of the media the release carries.
const digestFile = 'media.digest';

/**
 * Puts into the built site, under /uploads/, exactly the files the published entries show now:
 * those the content sync left in the media cache (lib/media-cache.ts). Hard links: the cache
 * never writes a file in place, so a release keeps the bytes it went live with, and a publish
 * copies no media. A partial build whose media are the base release's (most publishes: an
 * article without a new photo) takes its /uploads/ as one link to the base's folder, listed
 * with the release's other linked folders (`files.linked`), not a hard link per file (8,800 at
 * one year of a province with its units). The files are fetched while the pages are written
 * (lib/media-cache.ts): this waits for them first, and a file that could not be fetched stops the build.
 */
export function media(files: ReleaseFiles): AstroIntegration {
  return {
    name: 'cong:media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { mediaCacheDir, base, buildInfoDir } = siteConfig();
        const out = fileURLToPath(dir);
        const waiting = performance.now();
        const { complete, settled } = mediaOfThisBuild();
        // Said first, so that a log tells the pages' time from the wait (scripts/bench/staged-build.ts).
        if (!settled) logger.info('Đang chờ tải xong tệp đa phương tiện…');
        await complete;
        if (!settled) logger.info(`Đã tải xong tệp đa phương tiện, chờ ${((performance.now() - waiting) / 1000).toFixed(1)} giây sau khi dựng trang.`);
        const digest = await cachedMediaDigest(mediaCacheDir);
        if (buildInfoDir) {
          await mkdir(buildInfoDir, { recursive: true });
          await writeFile(path.join(buildInfoDir, digestFile), digest);
        }
        const partial = pageKeysOfThisBuild().partial && base !== null;
        const same = partial && (await readFile(path.join(base.infoDir, digestFile), 'utf8').catch(() => null)) === digest;
        const inBase = same ? await realpath(path.join(base.dir, 'uploads')).catch(() => null) : null;
        if (inBase) {
          files.linked.uploads = await linkFolder(await realpath(out), 'uploads', inBase);
          logger.info('Tệp đa phương tiện như bản trước: /uploads/ liên kết nguyên thư mục.');
          return;
        }
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
