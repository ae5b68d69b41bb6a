import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

// Text, scripts and WebAssembly are sent compressed, as nginx does with `gzip on` and these
// types in `gzip_types`. Pagefind's index files are compressed already: they go as they are.
const compressible = new Set(['.html', '.xml', '.txt', '.css', '.js', '.json', '.svg', '.wasm']);
const gzipped = promisify(gzip);

/**
 * Serves a built site the way a plain static host does: index.html for folders, 404.html
 * otherwise, gzip for text to a browser that accepts it.
 */
export function serveStatic(root: string, port: number): Promise<http.Server> {
  const server = http.createServer(async (request, response) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Địa chỉ không hợp lệ.');
      return;
    }
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).catch(() => null);
    const status = found?.isFile() ? 200 : 404;
    if (status === 404) file = path.join(root, '404.html');
    // The root may be a link the publisher swaps: read the file whole from one release.
    const body = await readFile(file).catch(() => null);
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Không tìm thấy trang.');
      return;
    }
    const extension = path.extname(file);
    const compress = compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      ...(compressible.has(extension) ? { Vary: 'Accept-Encoding' } : {}),
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(compress ? await gzipped(body) : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
