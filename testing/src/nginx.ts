import { execFile, spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

/** Debian's nginx, which scripts/ensure-nginx.sh installs. */
export const nginxBinary = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const deployDir = path.resolve(import.meta.dirname, '../../deploy/nginx');
const shippedHost = 'example.gov.vn';

/** Why the nginx test cannot run on this machine, or null when it can. */
export async function nginxMissing(): Promise<string | null> {
  for (const [file, what] of [[nginxBinary, 'nginx'], ['/etc/nginx/mime.types', 'mime.types của nginx'], ['/usr/bin/openssl', 'openssl (cho chứng thư thử)']] as const) {
    if (await access(file).then(() => false, () => true)) return `Không có ${what} (${file}) trên máy này: chạy scripts/ensure-nginx.sh với quyền root để cài nginx từ kho gói Debian.`;
  }
  return null;
}

/** Resolves once something accepts connections on the port (nginx opens all its ports at once). */
async function listening(port: number): Promise<void> {
  const open = () => new Promise<boolean>((resolve) => net.connect(port, '127.0.0.1').once('connect', function (this: net.Socket) { this.destroy(); resolve(true); }).once('error', () => resolve(false)));
  while (!(await open())) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Replaces `from` in a shipped file, which must hold it: a changed file fails here, not quietly. */
function replaced(text: string, file: string, replacements: Array<[string, string]>): string {
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${file} không còn chứa "${from}": sửa testing/src/nginx.ts theo cấu hình mới.`);
    text = text.replaceAll(from, to);
  }
  return text;
}

/**
 * The shipped configuration (deploy/nginx/), as is but pointed at `siteDir`, at free ports on
 * 127.0.0.1 and at `siteHost` for the portal's host (its units' under it), with a certificate
 * made for the run; nginx started on it. `https` and `http` are its addresses: a test names the
 * site it asks for in the Host header, or none for the portal.
 */
export async function startNginx(siteDir: string, { siteHost = shippedHost }: { siteHost?: string } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-nginx-'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  await promisify(execFile)('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert]);
  const locations = path.join(dir, 'cong-locations.conf');
  await writeFile(locations, replaced(await readFile(path.join(deployDir, 'cong-locations.conf'), 'utf8'), 'cong-locations.conf', [['/srv/cong/publish/live', siteDir]]));
  const site = replaced(await readFile(path.join(deployDir, 'cong.conf'), 'utf8'), 'cong.conf', [
    ['    listen [::]:80;\n', ''],
    ['    listen [::]:443 ssl http2;\n', ''],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`],
    [`/etc/ssl/certs/${shippedHost}.pem`, cert],
    [`/etc/ssl/private/${shippedHost}.key`, key],
    ['/etc/nginx/snippets/cong-locations.conf', locations],
    ['/srv/cong/publish/live', siteDir],
    // The regular expressions' spelling first, then the names.
    [shippedHost.replaceAll('.', '\\.'), siteHost.replaceAll('.', '\\.')],
    [shippedHost, siteHost],
  ]);
  await writeFile(path.join(dir, 'cong.conf'), site);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(path.join(dir, 'temp', temp), { recursive: true });
  // What Debian's nginx.conf holds around a site, with this run's own files; the site is the shipped one.
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    include ${dir}/cong.conf;
}
`,
  );
  const server = spawn(nginxBinary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  server.stderr!.on('data', (chunk) => (said += chunk));
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  const refused = exited.then(async (code) => {
    throw new Error(`nginx dừng khi khởi động (mã ${code}): ${said}${await readFile(path.join(dir, 'error.log'), 'utf8').catch(() => '')}`);
  });
  // Once started, its exit at stop() is no failure.
  refused.catch(() => {});
  const http = `http://127.0.0.1:${httpPort}`;
  await Promise.race([listening(httpPort), refused]);
  return {
    http,
    https: `https://127.0.0.1:${httpsPort}`,
    async stop() {
      server.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
