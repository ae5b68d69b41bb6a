/** A request path as Strapi's router matches it: without regard to case or a trailing slash. */
export function asRouted(path: string): string {
  return path.replace(/\/+$/, '').toLowerCase();
}

/** The first of `routes` a request with this method and path reaches. */
export function routeFor<T extends { method: string; path: string }>(routes: readonly T[], method: string, path: string): T | undefined {
  return routes.find((route) => route.method === method && asRouted(route.path) === asRouted(path));
}
