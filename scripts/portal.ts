// The first README command lands here: builds the CMS, fills it with demo content, starts it
// and prints where to log in. Ctrl+C stops it.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureEnvFile } from './lib/env-file.ts';
import { run, start, waitForUrl } from './lib/run.ts';
import { treeHash } from './lib/tree-hash.ts';
import type { Login } from './seed/admin-users.ts';
import { cmsDir } from './seed/strapi-app.ts';

const root = path.resolve(cmsDir, '..');
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

const logins: Login[] = JSON.parse(await readFile(path.join(cmsDir, '.tmp/logins.json'), 'utf8'));
const roleNames: Record<string, string> = {
  'strapi-super-admin': 'Quản trị cao nhất',
  'cong-editor': 'Biên tập viên',
  'cong-moderator': 'Kiểm duyệt viên',
};
console.log(`
══════════════════════════════════════════════════════════════════════
  Cổng đã sẵn sàng.
  Trang quản trị:  ${cmsUrl}/admin
${logins.map((login) => `  ${roleNames[login.role]?.padEnd(17) ?? ''} ${login.email}  /  ${login.password}`).join('\n')}
  REST API:        ${cmsUrl}/api/articles
  Khóa API chỉ đọc của trang công khai: cms/.tmp/site-token
  Dừng: Ctrl+C
══════════════════════════════════════════════════════════════════════
`);
