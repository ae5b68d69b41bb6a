import path from 'node:path';
import { invalidSetting } from '@cong/shared';
import { workspaceSiteDir } from './site-build.ts';

/** The publisher's settings, from the environment (see docs/publishing.md). */
export interface PublisherConfig {
  /** Releases, the live link, the sync cache and the status: PUBLISH_DIR. */
  root: string;
  /** The public site's package, whose build makes each release: SITE_DIR. */
  siteDir: string;
  host: string;
  /** The private API Strapi's webhooks call: PUBLISHER_PORT. */
  controlPort: number;
  /** Where the live site is served (a proxy or CDN in front in production): SITE_PORT. */
  sitePort: number;
  /** SITE_HOST: the portal's host, each component site's is `<label>.<it>` (docs/component-sites.md). */
  siteHost: string;
  /** PUBLISH_RELOAD_COMMAND: run after each swap so the web server reads the new release's maps (nginx), or none. */
  reloadCommand: string | null;
  /** PUBLISHER_SECRET: the bearer key the CMS's webhooks carry; `serve` refuses a weak one (secret.ts). */
  secret: string;
  /**
   * PUBLISH_DEBOUNCE_MS: quiet time before a build. The webhooks of one action come within
   * milliseconds of each other, and what arrives while a build runs waits for the next one
   * anyway: half a second makes one build of a burst without keeping an editor waiting.
   */
  debounceMs: number;
  maxWaitMs: number;
  keep: number;
  maxPageDrop: number;
}

// A host name as the Host header carries it, lowercase: "localhost", "tinh.gov.vn".
const hostNamePattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** SITE_HOST, checked: a host name, without scheme or port; `localhost` by default, whose subdomains browsers send to this machine. */
function hostName(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'localhost';
  if (!hostNamePattern.test(raw)) throw invalidSetting('SITE_HOST', raw, 'một tên miền viết thường, không có http:// hay cổng, ví dụ tinh.gov.vn');
  return raw;
}

/** Reads the settings; a malformed number stops the service with a message saying which. */
export function publisherConfig(env: NodeJS.ProcessEnv = process.env): PublisherConfig {
  const number = (name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw invalidSetting(name, raw, `một số từ ${min} đến ${max}`);
    }
    return value;
  };
  return {
    root: path.resolve(env.PUBLISH_DIR ?? path.join(import.meta.dirname, '../.publish')),
    siteDir: path.resolve(env.SITE_DIR ?? workspaceSiteDir),
    host: env.PUBLISHER_HOST ?? '127.0.0.1',
    controlPort: number('PUBLISHER_PORT', 4322, { min: 1, max: 65535 }),
    sitePort: number('SITE_PORT', 4321, { min: 1, max: 65535 }),
    siteHost: hostName(env.SITE_HOST),
    reloadCommand: env.PUBLISH_RELOAD_COMMAND?.trim() || null,
    secret: env.PUBLISHER_SECRET ?? '',
    debounceMs: number('PUBLISH_DEBOUNCE_MS', 500),
    maxWaitMs: number('PUBLISH_MAX_WAIT_MS', 30_000),
    keep: number('PUBLISH_KEEP', 5, { min: 1, max: 100 }),
    maxPageDrop: number('PUBLISH_MAX_PAGE_DROP', 0.2, { max: 1 }),
  };
}
