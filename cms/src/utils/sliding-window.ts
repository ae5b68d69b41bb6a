/**
 * Counts what each key (a client's address) did in the last `windowMs`, in memory: one CMS
 * process serves the portal (docs/comments.md). `wait` says in how many seconds the key may
 * act again (0: now), `record` counts one more act.
 */
export function slidingWindow({ max, windowMs }: { max: number; windowMs: number }) {
  const hits = new Map<string, number[]>();
  const recent = (key: string, now: number) => (hits.get(key) ?? []).filter((time) => now - time < windowMs);
  return {
    wait(key: string, now = Date.now()): number {
      const times = recent(key, now);
      return times.length >= max ? Math.ceil((times[0]! + windowMs - now) / 1000) : 0;
    },
    record(key: string, now = Date.now()): void {
      hits.set(key, [...recent(key, now), now]);
      // Forget quiet keys now and then, so the map does not grow without end.
      if (hits.size > 10_000) for (const [other, times] of hits) if (now - times.at(-1)! >= windowMs) hits.delete(other);
    },
  };
}
