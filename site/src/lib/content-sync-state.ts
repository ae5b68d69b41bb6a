/**
 * The content sync of the build under way: the content integration starts it and lets Vite
 * bundle the pages' code meanwhile (the sync waits on the CMS half the time); lib/content.ts
 * waits for it before it reads any collection, so no route sees content half synced. On
 * `globalThis`, as every state of the build under way is (lib/page-keys-state.ts says why).
 */
export function contentSyncOfThisBuild(): { synced: Promise<void> } {
  const slot = Symbol.for('cong.contentSync');
  const holder = globalThis as { [key: symbol]: { synced: Promise<void> } | undefined };
  return (holder[slot] ??= { synced: Promise.resolve() });
}

/** Makes `sync` the content sync of the build under way. */
export function syncingContent(sync: Promise<void>): void {
  contentSyncOfThisBuild().synced = sync;
  // Awaited by the first route that reads content; until then a failure must not count as unhandled.
  sync.catch(() => {});
}
