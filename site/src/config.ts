import path from 'node:path';
import { HTTP_URL_WANTED, invalidSetting, isHttpUrl } from '@cong/shared';

// The settings of a site build, read from the environment once and checked, and the cache's
// layout: nothing else in the site reads process.env for them. A malformed value stops the
// build before it reads the CMS, with a message naming the variable, its value and what it
// should be; `src/build/run.ts` puts that message in the build's report. Unset or empty means
// the default. A relative path is taken from the site's folder, as Astro takes outDir.

/** The environment as the settings are read from it: process.env, or a test's object. */
export type SiteEnv = Readonly<Record<string, string | undefined>>;

/** The settings of a site build (see `readSiteConfig` for the variables and their defaults). */
export interface SiteConfig {
  /** The site's package folder: the default folders are in it, relative paths are taken from it. */
  readonly siteDir: string;
  /** SITE_URL: the portal's public address, for canonical links, feeds and the sitemap; no trailing slash. */
  readonly siteUrl: string;
  /** CMS_URL: where the build reads the CMS's REST API; no trailing slash. */
  readonly cmsUrl: string;
  /** PUBLIC_CMS_URL, else CMS_URL: the CMS's address as browsers reach it (the comment form posts there). */
  readonly publicCmsUrl: string;
  /** SITE_API_TOKEN: the CMS's read-only key; '' when unset, and then it is read from `tokenFile`. */
  readonly apiToken: string;
  /** SITE_TOKEN_FILE: where the local CMS's bootstrap writes that key. */
  readonly tokenFile: string;
  /** SITE_OUT_DIR: the folder the release is written to. */
  readonly outDir: string;
  /** SITE_CACHE_DIR: kept between builds, so each fetches, downloads and indexes only what changed. */
  readonly cacheDir: string;
  /** `content/` of the cache: the synced collections, one JSON file each (lib/content-store.ts). */
  readonly contentDir: string;
  /** `media/` of the cache: the files entries use, downloaded once (lib/media.ts). */
  readonly mediaCacheDir: string;
  /** `pagefind/` of the cache: the search index's shards as last indexed (integrations/search.ts). */
  readonly pagefindCacheDir: string;
  /** `astro/` of the cache: Astro's own (its cacheDir). */
  readonly astroCacheDir: string;
  /** SITE_BUILD_INFO: where this build writes its page keys and file lists for the next partial build; null for nowhere. */
  readonly buildInfoDir: string | null;
  /** SITE_BASE_DIR and SITE_BASE_INFO: the release a partial build starts from and that build's info folder; null for a full build. */
  readonly base: { readonly dir: string; readonly infoDir: string } | null;
}

/** This package's folder, site/. */
const packageDir = path.resolve(import.meta.dirname, '..');

const localCms = 'http://127.0.0.1:1337';

/** Reads and checks the site's settings from `env`; throws the first malformed one's message. */
export function readSiteConfig(env: SiteEnv, siteDir: string = packageDir): SiteConfig {
  const given = (key: string): string | undefined => env[key]?.trim() || undefined;
  const url = (key: string, fallback: string): string => {
    const value = given(key);
    if (value === undefined) return fallback;
    if (!isHttpUrl(value)) throw invalidSetting(key, value, HTTP_URL_WANTED);
    return value.replace(/\/+$/, '');
  };
  const folder = (key: string, fallback: string): string => path.resolve(siteDir, given(key) ?? fallback);
  const optionalFolder = (key: string): string | null => (given(key) === undefined ? null : folder(key, ''));

  const cmsUrl = url('CMS_URL', localCms);
  const outDir = folder('SITE_OUT_DIR', 'dist');
  const cacheDir = folder('SITE_CACHE_DIR', '.cache');
  return Object.freeze({
    siteDir,
    siteUrl: url('SITE_URL', 'http://127.0.0.1:4321'),
    cmsUrl,
    publicCmsUrl: url('PUBLIC_CMS_URL', cmsUrl),
    // As given, as the CMS reads it: the two must see the same key.
    apiToken: env.SITE_API_TOKEN ?? '',
    tokenFile: folder('SITE_TOKEN_FILE', '../cms/.tmp/site-token'),
    outDir,
    cacheDir,
    contentDir: path.join(cacheDir, 'content'),
    mediaCacheDir: path.join(cacheDir, 'media'),
    pagefindCacheDir: path.join(cacheDir, 'pagefind'),
    astroCacheDir: path.join(cacheDir, 'astro'),
    buildInfoDir: optionalFolder('SITE_BUILD_INFO'),
    base: baseRelease(env, outDir, optionalFolder('SITE_BASE_DIR'), optionalFolder('SITE_BASE_INFO')),
  });
}

// A partial build needs both the release and its keys: with one alone it would quietly build
// everything, or link files from a release its keys do not describe.
function baseRelease(env: SiteEnv, outDir: string, dir: string | null, infoDir: string | null): SiteConfig['base'] {
  if (dir === null && infoDir === null) return null;
  if (infoDir === null) throw invalidSetting('SITE_BASE_DIR', env.SITE_BASE_DIR!.trim(), 'đặt cùng SITE_BASE_INFO (thư mục thông tin của bản dựng ra bản phát hành đó)');
  if (dir === null) throw invalidSetting('SITE_BASE_INFO', env.SITE_BASE_INFO!.trim(), 'đặt cùng SITE_BASE_DIR (bản phát hành mà thông tin này mô tả)');
  // The release being written cannot be the one it links its unchanged files from.
  if (dir === outDir) throw invalidSetting('SITE_BASE_DIR', env.SITE_BASE_DIR!.trim(), 'một bản phát hành khác thư mục SITE_OUT_DIR mà bản dựng này ghi vào');
  return Object.freeze({ dir, infoDir });
}

/**
 * The settings of this build, read from process.env the first time. Kept on `globalThis`: the
 * build script, the integrations (loaded with astro.config.mjs) and the routes (bundled by
 * Vite, where this file's folder is no longer site/src) are separate copies of this module in
 * one process, and all must use the settings the first one read.
 */
export function siteConfig(): SiteConfig {
  const holder = globalThis as { [key: symbol]: SiteConfig | undefined };
  return (holder[Symbol.for('cong.siteConfig')] ??= readSiteConfig(process.env));
}

/**
 * SITE_BUILD_REPORT: the file this build's report is written to, or null for none. Read apart
 * from the other settings: the report is where a malformed one is named, so it cannot wait for
 * them to be valid.
 */
export function buildReportFile(env: SiteEnv = process.env): string | null {
  const value = env.SITE_BUILD_REPORT?.trim();
  return value ? path.resolve(packageDir, value) : null;
}
