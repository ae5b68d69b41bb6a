/**
 * The search date of each portal page the routes know before any page is rendered (articles',
 * documents'), by its path in the release: the search integration renders the portal's pages
 * in order of quarter with it, so the shards of its older quarters are indexed while the newer
 * ones render (integrations/index-while-rendering.ts). Only an order: a page is indexed under
 * the date it carries once rendered. On `globalThis`, as every state of the build under way is
 * (lib/page-keys-state.ts says why).
 */
export function searchDatesOfThisBuild(): Map<string, string> {
  const slot = Symbol.for('cong.searchDates');
  const holder = globalThis as { [key: symbol]: Map<string, string> | undefined };
  return (holder[slot] ??= new Map());
}
