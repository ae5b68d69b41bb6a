/**
 * Route config for a content type the public reads: drafts never leave the server, and
 * find/findOne populate what the site shows unless the request asks for less.
 */
export function publicReadRoutes(populate?: object) {
  const middlewares: Array<string | { name: string; config: object }> = ['global::published-only'];
  if (populate) middlewares.push({ name: 'global::default-populate', config: { populate } });
  return { find: { middlewares }, findOne: { middlewares } };
}
