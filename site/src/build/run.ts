// `node src/build/run.ts`: one build of the site, in its own process (what the publisher and
// the tests run). Astro's build runs in this process so that any failure, thrown by the
// content sync or by a page, ends up in the report as its message, not only on the console.
// Started ahead of its build, it first waits to be told what to build (./ahead.ts).
import { siteConfig } from '../config.ts';
import { whenBuildStarts } from './ahead.ts';
import { writeBuildReport } from './report.ts';

await whenBuildStarts();
try {
  // Read first, so that a malformed setting is the report's reason as the config says it,
  // before Astro loads anything.
  const { siteDir } = siteConfig();
  const { build } = await import('astro');
  // The release integration writes the report of a build that succeeds.
  await build({ root: siteDir });
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  await writeBuildReport({ ok: false, reason: reason.split('\n')[0]!.slice(0, 500) });
  console.error(reason);
  process.exit(1);
}
