import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config.ts';
import { content } from './src/integrations/content.ts';
import { headers } from './src/integrations/headers.ts';
import { media } from './src/integrations/media.ts';
import { release } from './src/integrations/release.ts';
import { routing } from './src/integrations/routing.ts';
import { search } from './src/integrations/search.ts';
import { releaseSitemap } from './src/integrations/sitemap.ts';

// What the release integration finds, for the sitemap and search after it (and the folders
// the media integration linked, for it).
const files = { html: [], rendered: new Set(), partial: false, linked: {} };

// The settings, read and checked once (src/config.ts): a malformed one stops here.
const config = siteConfig();

export default defineConfig({
  // The public address of the portal: canonical URLs, feeds and the sitemap use it.
  site: config.siteUrl,
  outDir: config.outDir,
  // Astro's own cache, beside the synced content, the media and the search shards.
  cacheDir: config.astroCacheDir,
  trailingSlash: 'always',
  // Four pages rendered at once: each page's folder and file are made on the thread pool
  // meanwhile (~0.4 ms here), which two at a time left the render waiting on (a one-year cold
  // build of the province and its units: 3.4-11.7 s faster than two, three runs; eight no better).
  // No stylesheet inlined into a page: the site's Content-Security-Policy allows styles from
  // its own files only (siteHeaders in @cong/shared), never 'unsafe-inline'.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // Nor a script, nor an asset as a data: URL (Vite's limit, which Astro also applies to scripts).
  vite: { build: { assetsInlineLimit: 0 } },
  // In this order: the content first; media, the headers, the routing by host and the base
  // release's files, then what lists the whole release.
  integrations: [content(), media(files), headers(), routing(), release(files), releaseSitemap(files), search(files)],
});
