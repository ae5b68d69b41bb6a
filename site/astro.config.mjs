import { defineConfig } from 'astro/config';
import { content } from './src/integrations/content.ts';
import { media } from './src/integrations/media.ts';
import { release } from './src/integrations/release.ts';
import { search } from './src/integrations/search.ts';
import { releaseSitemap } from './src/integrations/sitemap.ts';

// What the release integration finds, for the sitemap and search after it.
const files = { html: [], rendered: new Set(), partial: false };

// SITE_URL is the public address of the portal: canonical URLs, feeds and the sitemap use it.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Astro's own cache (the synced content is beside it, in content/: integrations/content.ts).
  cacheDir: process.env.SITE_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  // In this order: the content first; media and the base release's files, then what lists the whole release.
  integrations: [content(), media(), release(files), releaseSitemap(files), search(files)],
});
