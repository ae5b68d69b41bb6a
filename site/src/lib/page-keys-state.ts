/** A build's page keys: what the next build compares with to render only what changed. */
export interface PageKeys {
  /** The key of what every page shows (settings, menus, names, code). */
  siteKey: string;
  /** Each page a route with static paths makes, by URL, and its key. */
  pages: Record<string, string>;
  /**
   * The entry each detail page shows, by URL ("articles:vi:<documentId>"): where an address went
   * when the next build has it no more (a slug changed, a unit merged), for the redirect map.
   */
  entries?: Record<string, string>;
}

/** What the routes of this build found, read by the integration that finishes the release, and the code they were built from. */
export interface BuildPageKeys extends PageKeys {
  /** True when the routes rendered only the pages whose key changed from the base build. */
  partial: boolean;
  /** A hash of the site's code, part of the site key: the release integration sets it before any route runs. */
  codeVersion: string;
}

/**
 * The page keys of the build under way. The routes (bundled by Vite) and the integrations
 * (loaded with the config) are separate copies of this module in one process: the state lives
 * on `globalThis` so both see the same object. The code version goes from the integrations to
 * the routes the same way, not through process.env: it is state of this build, not a setting,
 * and never leaves this process.
 */
export function pageKeysOfThisBuild(): BuildPageKeys {
  const slot = Symbol.for('cong.pageKeys');
  const holder = globalThis as { [key: symbol]: BuildPageKeys | undefined };
  return (holder[slot] ??= { siteKey: '', pages: {}, entries: {}, partial: false, codeVersion: '' });
}
