/** The media the content sync of the build under way is bringing into the cache (lib/media-cache.ts). */
export interface BuildMedia {
  /** Settles once the cache holds every file the published entries show; rejects when one could not be fetched. */
  complete: Promise<void>;
  /** Whether `complete` has settled. */
  settled: boolean;
}

/**
 * The media of the build under way: the content integration starts fetching them, the media
 * integration waits for them once the pages are written. On `globalThis`, as every state of the
 * build under way is (lib/page-keys-state.ts says why): one way to hold them, wherever they are read.
 */
export function mediaOfThisBuild(): BuildMedia {
  const slot = Symbol.for('cong.media');
  const holder = globalThis as { [key: symbol]: BuildMedia | undefined };
  return (holder[slot] ??= { complete: Promise.resolve(), settled: true });
}

/** Makes `complete` the media of the build under way. */
export function fetchingMedia(complete: Promise<void>): void {
  const media = mediaOfThisBuild();
  media.settled = false;
  media.complete = complete.finally(() => (media.settled = true));
  // Awaited by the media integration; until then a failure must not count as unhandled.
  media.complete.catch(() => {});
}
