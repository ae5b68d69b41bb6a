/** One page of a listing. */
export interface ListingPage<T> {
  page: number;
  total: number;
  items: T[];
}

export const PAGE_SIZE = 20;

/**
 * Static paths for a listing split into pages: page 1 at the listing's own URL (rest param
 * undefined), page n at ".../trang-n/". An empty listing still has its first page.
 */
export function listingPaths<T, P extends Record<string, string>>(items: T[], params: P = {} as P, size = PAGE_SIZE) {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    params: { ...params, page: index === 0 ? undefined : `trang-${index + 1}` },
    props: { page: index + 1, total, items: items.slice(index * size, (index + 1) * size) } satisfies ListingPage<T>,
  }));
}
