// The first README command lands here: builds the CMS, fills it with demo content, starts it,
// builds the public site from it, serves that, and prints where to go. Ctrl+C stops both.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureEnvFile } from './lib/env-file.ts';
import { run, start, waitForUrl } from './lib/run.ts';
import { treeHash } from './lib/tree-hash.ts';
import type { Login } from './seed/admin-users.ts';
import { cmsDir } from './seed/strapi-app.ts';

const root = path.resolve(cmsDir, '..');
const siteDir = path.join(root, 'site');
const say = (text: string) => console.log(`\n› ${text}`);

if (await ensureEnvFile(cmsDir)) say('Đã tạo cms/.env với khóa bí mật ngẫu nhiên.');
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
  await run('pnpm', ['--dir', cmsDir, 'exec', 'strapi', 'build'], { cwd: cmsDir });
  await writeFile(stamp, adminHash);
}

say('Nạp dữ liệu mẫu (bỏ qua những gì đã có)…');
await run('node', [path.join(import.meta.dirname, 'seed/index.ts')], { cwd: cmsDir });

say(`Khởi động CMS tại ${cmsUrl} …`);
const cms = start('pnpm', ['--dir', cmsDir, 'exec', 'strapi', 'start'], { cwd: cmsDir });
cms.on('exit', (code) => process.exit(code ?? 0));
await waitForUrl(`${cmsUrl}/_health`);

const sitePort = process.env.SITE_PORT ?? '4321';
const siteUrl = `http://127.0.0.1:${sitePort}`;
say('Dựng trang công khai từ CMS…');
await run('pnpm', ['--dir', siteDir, 'exec', 'astro', 'build'], {
  cwd: siteDir,
  env: { ...process.env, CMS_URL: cmsUrl, SITE_URL: process.env.SITE_URL ?? siteUrl },
});
const site = start('pnpm', ['--dir', siteDir, 'exec', 'astro', 'preview', '--host', '127.0.0.1', '--port', sitePort], { cwd: siteDir });
site.on('exit', (code) => process.exit(code ?? 0));
await waitForUrl(siteUrl);

const logins: Login[] = JSON.parse(await readFile(path.join(cmsDir, '.tmp/logins.json'), 'utf8'));
const roleNames: Record<string, string> = {
  'strapi-super-admin': 'Quản trị cao nhất',
  'cong-editor': 'Biên tập viên',
  'cong-moderator': 'Kiểm duyệt viên',
};
console.log(`
══════════════════════════════════════════════════════════════════════
  Cổng đã sẵn sàng.
  Trang công khai: ${siteUrl}/
  Trang quản trị:  ${cmsUrl}/admin
${logins.map((login) => `  ${roleNames[login.role]?.padEnd(17) ?? ''} ${login.email}  /  ${login.password}`).join('\n')}
  REST API:        ${cmsUrl}/api/articles
  Khóa API chỉ đọc của trang công khai: cms/.tmp/site-token
  Dựng lại trang sau khi xuất bản: ./scripts/pnpm --dir site build
  Dừng: Ctrl+C
══════════════════════════════════════════════════════════════════════
`);
