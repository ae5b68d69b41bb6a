#!/usr/bin/env node
// `cong-publisher [serve | publish [--force] [--full] | rollback [id] | status]`
// (`./scripts/pnpm publisher …` from the root). `serve` is the service the portal starts.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { formatProvinceDateTime } from '@cong/shared';
import { parseCommand } from '@cong/shared/command-line';
import { serveStatic } from './static-server.ts';
import { buildLog } from './build-log.ts';
import { publisherConfig } from './config.ts';
import { controlServer } from './control-server.ts';
import { untilNextNight } from './nightly.ts';
import { Publisher } from './publisher.ts';
import { Releases } from './releases.ts';
import { secretProblem } from './secret.ts';
import { astroSiteBuilder } from './site-build.ts';
import { reloadCommand } from './web-server-reload.ts';

const usage = 'Dùng: publisher [serve | publish [--force] [--full] | rollback [mã bản dựng] | status]';
const { positionals, values } = parseCommand(
  usage,
  {
    force: { type: 'boolean', default: false, help: 'xuất bản cả khi bản dựng mới ít trang hơn hẳn bản đang chạy' },
    full: { type: 'boolean', default: false, help: 'dựng lại mọi trang, không chỉ những trang đã đổi' },
  },
  {
    allowPositionals: true,
    description: [
      'serve     nhận webhook của CMS, dựng và phục vụ trang công khai (mặc định)',
      'publish   dựng và xuất bản một lần',
      'rollback  quay lại bản dựng trước (hoặc bản có mã đã cho)',
      'status    in trạng thái xuất bản (JSON)',
    ].join('\n'),
  },
);
const [command = 'serve', argument] = positionals;
const config = (() => {
  try {
    return publisherConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
})();
// The service answers the network: never without its key. The other commands only work on
// this machine's releases, and need none.
const weakSecret = command === 'serve' ? secretProblem(config.secret) : null;
if (weakSecret) {
  console.error(weakSecret);
  process.exit(2);
}
await mkdir(config.root, { recursive: true });
const releases = new Releases(config.root);
const log = (line: string) => console.log(`[xuất bản ${formatProvinceDateTime(new Date().toISOString())}] ${line}`);
const publisher = new Publisher({
  releases,
  // A service builds again and again: the next build's process waits ready (Node, Astro, the content loaded).
  build: astroSiteBuilder({ siteDir: config.siteDir, cacheDir: path.join(config.root, 'cache'), ahead: command === 'serve', log: buildLog((line) => log(`  ${line}`)) }),
  debounceMs: config.debounceMs,
  maxWaitMs: config.maxWaitMs,
  keep: config.keep,
  maxPageDrop: config.maxPageDrop,
  ...(config.reloadCommand ? { reload: reloadCommand(config.reloadCommand) } : {}),
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
    const site = await serveStatic(releases.liveLink, config.sitePort, { siteHost: config.siteHost });
    log(`Trang công khai tại http://127.0.0.1:${config.sitePort}/, trang thành phần tại http://<nhãn>.${config.siteHost}:${config.sitePort}/`);
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
    console.error(`Không có lệnh "${command}".\n${usage}`);
    process.exitCode = 2;
}
