// `node publisher/index.ts [serve | publish [--force] [--full] | rollback [id] | status]` (from scripts/;
// `./scripts/pnpm publisher …` from the root). `serve` is the service the portal starts.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProvinceDateTime } from '@cong/shared';
import { serveStatic } from '../lib/static-server.ts';
import { publisherConfig } from './config.ts';
import { controlServer } from './control-server.ts';
import { untilNextNight } from './nightly.ts';
import { Publisher } from './publisher.ts';
import { Releases } from './releases.ts';
import { astroSiteBuilder } from './site-build.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false }, full: { type: 'boolean', default: false } } });
const [command = 'serve', argument] = positionals;
const config = publisherConfig();
await mkdir(config.root, { recursive: true });
const releases = new Releases(config.root);
const log = (line: string) => console.log(`[xuất bản ${formatProvinceDateTime(new Date().toISOString())}] ${line}`);
const publisher = new Publisher({
  releases,
  build: astroSiteBuilder({ cacheDir: path.join(config.root, 'cache') }),
  debounceMs: config.debounceMs,
  maxWaitMs: config.maxWaitMs,
  keep: config.keep,
  maxPageDrop: config.maxPageDrop,
  log,
});

switch (command) {
  case 'serve': {
    const control = controlServer(publisher, config.secret);
    await new Promise<void>((resolve) => control.listen(config.controlPort, config.host, resolve));
    log(`Nhận webhook tại http://${config.host}:${config.controlPort}/webhook`);
    // Whatever changed while the service was stopped: one build at start (only changes are fetched).
    const first = await publisher.publish({ trigger: 'khởi động' });
    if (!(await releases.live())) {
      console.error(`Chưa có bản dựng nào để phục vụ: ${first.reason}`);
      process.exit(1);
    }
    const nightly = (): void => {
      setTimeout(() => {
        publisher.request('hằng đêm');
        nightly();
      }, untilNextNight()).unref();
    };
    nightly();
    const site = await serveStatic(releases.liveLink, config.sitePort);
    log(`Trang công khai tại http://127.0.0.1:${config.sitePort}/`);
    const stop = () => {
      site.close();
      control.close();
      void publisher.settled().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    break;
  }
  case 'publish': {
    const trigger = ['lệnh', ...(values.full ? ['dựng toàn bộ'] : []), ...(values.force ? ['bỏ qua kiểm tra số trang'] : [])].join(', ');
    const attempt = await publisher.publish({ force: values.force, full: values.full, trigger });
    process.exitCode = attempt.outcome === 'published' ? 0 : 1;
    break;
  }
  case 'rollback': {
    await publisher.rollback(argument).catch((error) => {
      console.error(error.message);
      process.exitCode = 1;
    });
    break;
  }
  case 'status': {
    console.log(JSON.stringify(await publisher.status(), null, 2));
    break;
  }
  default:
    console.error('Dùng: publisher [serve | publish [--force] [--full] | rollback [mã bản dựng] | status]');
    process.exitCode = 2;
}
