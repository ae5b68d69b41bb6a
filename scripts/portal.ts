// The first README command lands here: builds the CMS, fills it with demo content, starts it
// in production mode (cms-start.ts), starts the publisher, which builds the public site, serves
// it and rebuilds it after every publish, and prints where to go. Ctrl+C stops them all.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoLogin } from '@cong/shared';
import { parseCommand } from '@cong/shared/command-line';
import { treeHash } from '@cong/shared/tree-hash';
import { run, start, waitForUrl } from '@cong/testing';
import { cmsCommand } from './cms-start.ts';

parseCommand('Dùng: ./scripts/pnpm start', {}, {
  description: 'Cài đặt, nạp dữ liệu mẫu, khởi động CMS và dịch vụ xuất bản; in địa chỉ và tài khoản. Dừng: Ctrl+C.',
});
const root = path.resolve(import.meta.dirname, '..');
const cmsDir = path.join(root, 'cms');
const say = (text: string) => console.log(`\n› ${text}`);

// The seed writes cms/.env with random secrets the first time.
say('Nạp dữ liệu mẫu (bỏ qua những gì đã có)…');
await run('pnpm', ['--filter', '@cong/cms', 'run', 'seed']);

const env = Object.fromEntries(
  (await readFile(path.join(cmsDir, '.env'), 'utf8'))
    .split('\n')
    .map((line) => /^([A-Z_]+)=(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => [match[1], match[2]]),
);
const port = process.env.PORT ?? env.PORT ?? '1337';
const host = process.env.HOST ?? env.HOST ?? '127.0.0.1';
const cmsUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

// The admin panel takes ~50 s and 2 GB to build: only when what it is built from changed.
const adminHash = await treeHash([path.join(cmsDir, 'src/admin'), path.join(cmsDir, 'package.json'), path.join(root, 'pnpm-lock.yaml')]);
const stamp = path.join(cmsDir, 'dist/.admin-build-hash');
if ((await readFile(stamp, 'utf8').catch(() => '')) !== adminHash) {
  say('Dựng trang quản trị Strapi (lần đầu mất khoảng một phút)…');
  const build = cmsCommand('build', cmsDir, process.env);
  await run(build.command, build.args, { cwd: cmsDir, env: build.env });
  await writeFile(stamp, adminHash);
}

const sitePort = process.env.SITE_PORT ?? '4321';
const siteUrl = `http://127.0.0.1:${sitePort}`;
const publisherPort = process.env.PUBLISHER_PORT ?? env.PUBLISHER_PORT ?? '4322';
const publisherUrl = `http://127.0.0.1:${publisherPort}`;
// The publisher refuses to start without a secret: a .env written before the publisher existed
// has none, and an empty one in the shell is none either; then one for this run, for both.
const publisherSecret = process.env.PUBLISHER_SECRET || env.PUBLISHER_SECRET || randomBytes(24).toString('base64url');

say(`Khởi động CMS (chế độ production) tại ${cmsUrl} …`);
const cmsStart = cmsCommand('start', cmsDir, { ...process.env, PUBLISHER_URL: publisherUrl, PUBLISHER_SECRET: publisherSecret });
const cms = start(cmsStart.command, cmsStart.args, { cwd: cmsDir, env: cmsStart.env });
cms.on('exit', (code) => process.exit(code ?? 0));
await waitForUrl(`${cmsUrl}/_health`);

say('Khởi động dịch vụ xuất bản: dựng trang công khai từ CMS, rồi dựng lại sau mỗi lần xuất bản…');
const publisher = start('node', [path.join(root, 'publisher/src/cli.ts'), 'serve'], {
  cwd: root,
  env: {
    ...process.env,
    CMS_URL: cmsUrl,
    SITE_URL: process.env.SITE_URL ?? siteUrl,
    SITE_PORT: sitePort,
    PUBLISHER_PORT: publisherPort,
    PUBLISHER_SECRET: publisherSecret,
  },
});
publisher.on('exit', (code) => process.exit(code ?? 0));
await waitForUrl(siteUrl, 600_000);

const logins: DemoLogin[] = JSON.parse(await readFile(path.join(cmsDir, '.tmp/logins.json'), 'utf8'));
const roleNames: Record<string, string> = {
  'strapi-super-admin': 'Quản trị cao nhất',
  'cong-editor': 'Biên tập viên',
  'cong-moderator': 'Kiểm duyệt viên',
  'cong-unit-editor': 'Biên tập đơn vị',
};
console.log(`
══════════════════════════════════════════════════════════════════════
  Cổng đã sẵn sàng.
  Trang công khai: ${siteUrl}/
  Trang thành phần: ${siteUrl}/trang-thanh-phan/ (mỗi đơn vị ở http://<tên>.localhost:${new URL(siteUrl).port}/)
  Trang quản trị:  ${cmsUrl}/admin
${logins.map((login) => `  ${roleNames[login.role]?.padEnd(17) ?? ''} ${login.email}  /  ${login.password}${login.unit ? `  (${login.unit})` : ''}`).join('\n')}
  REST API:        ${cmsUrl}/api/articles
  Khóa API chỉ đọc của trang công khai: cms/.tmp/site-token
  Xuất bản trong trang quản trị: trang công khai tự cập nhật sau vài giây.
  Trạng thái xuất bản: ./scripts/pnpm publisher status
  Quay lại bản trước: ./scripts/pnpm publisher rollback
  Dừng: Ctrl+C
══════════════════════════════════════════════════════════════════════
`);
