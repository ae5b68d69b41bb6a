import { slugify } from '@cong/shared';
import type { GetStaticPaths } from 'astro';
import { codeOf, codeUrl, newestPerCode, type NumberEntry } from '../../../../search/number-lookup';
import { onlyChanged } from '../../../../lib/page-keys';
import { numberEntries } from '../../../../search/number-entries';

// A code alone ("TB-VP": notices of the Office) names thousands of documents in ten years:
// its newest ones are listed here, and the search page shows them first.
export const getStaticPaths = (async () => {
  const byCode = new Map<string, NumberEntry[]>();
  for (const entry of await numberEntries()) {
    const code = slugify(codeOf(entry.key));
    if (!code) continue;
    const list = byCode.get(code) ?? [];
    if (list.length < newestPerCode) list.push(entry);
    byCode.set(code, list);
  }
  const paths = [...byCode].map(([code, entries]) => ({ params: { code }, props: { entries } }));
  return onlyChanged(paths, ({ params }) => codeUrl(params.code));
}) satisfies GetStaticPaths;

/** The newest documents of one number code (TB-VP, QĐ-UBND…), as JSON. */
export function GET({ props }: { props: { entries: NumberEntry[] } }) {
  return Response.json(props.entries);
}
