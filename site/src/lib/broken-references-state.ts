import type { BrokenReference } from '@cong/shared';

/**
 * The broken references the content sync of the build under way found, for the report the
 * release integration writes. On `globalThis`, as the page keys are (lib/page-keys-state.ts):
 * what the config loads and what Vite bundles are separate copies of a module in one process.
 */
export function brokenReferencesOfThisBuild(): BrokenReference[] {
  const slot = Symbol.for('cong.brokenReferences');
  const holder = globalThis as { [key: symbol]: BrokenReference[] | undefined };
  return (holder[slot] ??= []);
}
