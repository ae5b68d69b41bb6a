import type { BrokenReference } from './broken-reference.js';

/**
 * What one build of the site reports, as JSON in the file SITE_BUILD_REPORT names: the site
 * build writes it (site/src/build/), the publisher and the benchmarks read it, never the
 * build's console output.
 */
export type BuildReport =
  | {
      ok: true;
      /** HTML pages in the release. */
      pages: number;
      /** HTML pages this build rendered; in a partial build the rest are linked from the base release. */
      rendered: number;
      /** Whether only what changed was rendered. */
      partial: boolean;
      /** Files entries show that the release goes out without (gone from the CMS, or not in its media library). */
      brokenReferences: BrokenReference[];
    }
  | { ok: false; /** What went wrong, in Vietnamese where the build said it so. */ reason: string };

/**
 * A build process started ahead of its build (the publisher keeps one waiting, so Node, Astro
 * and the synced content are loaded before the next change arrives): started with this
 * variable set to "1" and an IPC channel, it waits for one `BuildStart` before it builds.
 */
export const BUILD_AHEAD_ENV = 'SITE_BUILD_AHEAD';

/** What a process started ahead is told when its build starts. */
export interface BuildStart {
  /** The settings of this build that the process was not started with (SITE_OUT_DIR, SITE_BUILD_REPORT, SITE_BASE_DIR, …), set in its environment before it reads them. */
  env: Record<string, string>;
}
