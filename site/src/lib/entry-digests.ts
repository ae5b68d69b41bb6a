// The synced entries a build reads, by identity: a page key names an entry by the digest the
// content sync gave it, instead of serialising the whole entry again for every page it appears on.

const digests = new WeakMap<object, { collection: string; digest: string }>();

/** Notes that `data` is the entry of `collection` the content sync stored with `digest`. */
export function rememberEntry(data: object, collection: string, digest: string | undefined): void {
  if (digest) digests.set(data, { collection, digest });
}

/** The collection and digest of an entry read through `entries()`, if `value` is one. */
export function entryDigest(value: unknown): { collection: string; digest: string } | undefined {
  return value !== null && typeof value === 'object' ? digests.get(value) : undefined;
}
