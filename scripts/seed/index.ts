// Loads the CMS in-process and writes the demo content and first logins. Safe to run again:
// what exists is left alone. Prints one JSON line: what was created and what was already there.
import path from 'node:path';
import { ensureDemoLogins } from './admin-users.ts';
import { seedDemoContent } from './demo-content.ts';
import { cmsDir, loadStrapi } from './strapi-app.ts';

const strapi = await loadStrapi();
try {
  const tally = await seedDemoContent(strapi);
  await ensureDemoLogins(strapi, process.env.CONG_LOGINS_FILE ?? path.join(cmsDir, '.tmp', 'logins.json'));
  console.log(JSON.stringify({ created: tally.created, counts: tally.counts }));
} finally {
  await strapi.destroy();
}
