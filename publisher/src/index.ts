// The publishing service's parts, for the tools that drive it (the benchmarks).
export { publisherConfig, type PublisherConfig } from './config.ts';
export { controlServer } from './control-server.ts';
export { parseWebhook, webhookTrigger, type StrapiWebhook } from './webhook.ts';
export { secretProblem } from './secret.ts';
export { Publisher, type SiteBuilder } from './publisher.ts';
export { Releases } from './releases.ts';
export { astroSiteBuilder, buildSite, countPages, SiteBuilds, workspaceSiteDir, type BuilderSetup, type BuildOptions, type BuiltSite } from './site-build.ts';
export { serveStatic, type StaticServerOptions } from './static-server.ts';
export { reloadCommand } from './web-server-reload.ts';
