import { cp, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { siteConfig } from '../config.ts';

/** Puts the media the content sync downloaded into the built site, under /uploads/. */
export function media(): AstroIntegration {
  return {
    name: 'cong:media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const source = path.join(siteConfig().mediaCacheDir, 'uploads');
        if (!(await stat(source).catch(() => null))) return;
        await cp(source, path.join(fileURLToPath(dir), 'uploads'), { recursive: true });
        logger.info('Đã chép tệp đa phương tiện vào /uploads/.');
      },
    },
  };
}
