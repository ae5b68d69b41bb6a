import { BUILD_AHEAD_ENV, type BuildStart } from '@cong/shared';
import { readSiteConfig } from '../config.ts';
import { readAhead } from '../lib/content-store.ts';

/**
 * Started ahead of its build (BUILD_AHEAD_ENV, by the publisher's SiteBuilds): loads what any
 * build needs first, Astro's modules and the synced content, then waits to be told what this
 * build is and sets it in the environment, before anything reads the settings (siteConfig()
 * reads them once). At one year of a province with its units that is ~0.7 s of a publish done
 * while nothing is published. Each build keeps a process of its own: nothing one build leaves
 * in memory is seen by the next. Resolves at once in a process started for its build.
 */
export async function whenBuildStarts(): Promise<void> {
  if (process.env[BUILD_AHEAD_ENV] !== '1' || !process.send) return;
  const started = new Promise<BuildStart>((resolve) => process.once('message', (message) => resolve(message as BuildStart)));
  // The publisher gone (stopped, or died) while this waited: there is no build to run.
  const orphaned = () => process.exit(0);
  process.once('disconnect', orphaned);
  const loading = performance.now();
  // Whatever fails here is left for the build to meet, and report: nothing is wrong until then.
  await Promise.allSettled([import('astro'), readContentAhead()]);
  const loaded = performance.now();
  const { env } = await started;
  const told = performance.now();
  delete process.env[BUILD_AHEAD_ENV];
  Object.assign(process.env, env);
  process.off('disconnect', orphaned);
  // Nothing more comes through the channel, and an open one would keep this process alive.
  process.disconnect();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`Tiến trình dựng đã chờ sẵn ${seconds(told - loaded)} giây (nạp Astro và nội dung trước trong ${seconds(loaded - loading)} giây).`);
}

async function readContentAhead(): Promise<void> {
  // The cache's folder is the builder's, the same for every build (SITE_CACHE_DIR); the rest is
  // not known yet, so the settings are read here without being kept.
  await readAhead(readSiteConfig(process.env).contentDir);
}
