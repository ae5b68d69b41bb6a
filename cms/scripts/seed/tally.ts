/** How many entries of each kind a run created and found already there. */
export class Tally {
  readonly counts: Record<string, { created: number; existing: number }> = {};

  /** Records one entry of a kind as created or already present. */
  add(kind: string, created: boolean): void {
    const count = (this.counts[kind] ??= { created: 0, existing: 0 });
    if (created) count.created++;
    else count.existing++;
  }

  /** Entries created across all kinds. */
  get created(): number {
    return Object.values(this.counts).reduce((sum, count) => sum + count.created, 0);
  }
}
