// `node scale/index.ts --years N [--fraction F] [--seed S] [--via bulk|document-service]`:
// generates a province and imports it into the CMS configured in cms/.env (or DATABASE_* in
// the environment). Then `./scripts/pnpm publisher publish` puts it on the site.
import { parseArgs } from 'node:util';
import { loadStrapi } from '../seed/strapi-app.ts';
import { generateProvince } from './generate.ts';
import { importProvince } from './import.ts';

const { values } = parseArgs({ options: { years: { type: 'string', default: '10' }, fraction: { type: 'string', default: '1' }, seed: { type: 'string', default: '2026' }, via: { type: 'string', default: 'bulk' } } });
if (values.via !== 'bulk' && values.via !== 'document-service') throw new Error(`--via phải là bulk hoặc document-service, không phải "${values.via}".`);
const province = generateProvince({ years: Number(values.years), fraction: Number(values.fraction), seed: Number(values.seed) });
const strapi = await loadStrapi();
try {
  const report = await importProvince(strapi, province, { via: values.via, log: (line) => console.error(line) });
  console.log(JSON.stringify(report));
  // Publishing queues webhook and history work on Strapi's event hub: let it finish first.
  await new Promise((resolve) => setTimeout(resolve, 2000));
} finally {
  await strapi.destroy();
}
