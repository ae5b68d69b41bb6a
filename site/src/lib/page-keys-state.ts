/** A build's page keys: what the next build compares with to render only what changed. */
export interface PageKeys {
  /** The key of what every page shows (settings, menus, names, code). */
  siteKey: string;
  /** Each page a route with static paths makes, by URL, and its key. */
  pages: Record<string, string>;
}

/** What the routes of this build found, read by the integration that finishes the release. */
export interface BuildPageKeys extends PageKeys {
  /** True when the routes rendered only the pages whose key changed from the base build. */
  partial: boolean;
}

/**
 * The page keys of the build under way. The routes (bundled by Vite) and the integrations
 * (loaded with the config) are separate copies of this module in one process: the state lives
 * on `globalThis` so both see the same object.
 */
export function pageKeysOfThisBuild(): BuildPageKeys {
  const slot = Symbol.for('cong.pageKeys');
  const holder = globalThis as { [key: symbol]: BuildPageKeys | undefined };
  return (holder[slot] ??= { siteKey: '', pages: {}, partial: false });
}
