import type { GetStaticPaths } from 'astro';
import { bucketUrl, numberBuckets, type NumberEntry } from '../../../search/number-lookup';
import { onlyChanged } from '../../../lib/page-keys';
import { numberEntries } from '../../../search/number-entries';

// Document numbers for the search page: Pagefind splits "1730/TB-VP" into words and does not
// rank "TB-VP" alone well, so numbers are looked up here, by the bucket of their leading digits.
export const getStaticPaths = (async () => {
  const buckets: NumberEntry[][] = Array.from({ length: numberBuckets }, () => []);
  for (const entry of await numberEntries()) {
    const digits = /^\d+/.exec(entry.key)?.[0];
    if (digits) buckets[Number(digits) % numberBuckets]!.push(entry);
  }
  const paths = buckets.map((entries, bucket) => ({ params: { bucket: String(bucket) }, props: { entries } }));
  return onlyChanged(paths, ({ params }) => bucketUrl(params.bucket));
}) satisfies GetStaticPaths;

/** One bucket of the number lookup: the documents whose number starts with these digits, as JSON. */
export function GET({ props }: { props: { entries: NumberEntry[] } }) {
  return Response.json(props.entries);
}
