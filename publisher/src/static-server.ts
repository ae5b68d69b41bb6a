import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { responseHeaders, SITE_HEADERS_DIR } from '@cong/shared';
import { releaseHeaders } from './release-headers.ts';

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
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

// Text, scripts and WebAssembly are sent compressed, as nginx does with `gzip on` and these
// types in `gzip_types`. Pagefind's index files are compressed already: they go as they are;
// so do uploads, whose types are never these (shared/src/uploads.ts).
const compressible = new Set(['.html', '.xml', '.txt', '.css', '.js', '.json', '.svg', '.wasm']);
const gzipped = promisify(gzip);

// Astro names its bundles by their content: kept a year. Anything else may change with the next
// release under the same name: asked again each time (and answered 304 when unchanged).
const cacheControl = (relative: string) => (relative.startsWith('_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');

/**
 * Serves a built site the way the shipped nginx configuration does (deploy/nginx/): index.html
 * for folders, 404.html otherwise, gzip for text to a browser that accepts it, the headers the
 * release's build wrote (uploads with their own), caching as above; never the headers' folder.
 */
export function serveStatic(root: string, port: number): Promise<http.Server> {
  const server = http.createServer(async (request, response) => {
    const headers = await releaseHeaders(root);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400, { ...headers.site, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Địa chỉ không hợp lệ.');
      return;
    }
    let file = path.join(root, pathname);
    // Outside the root ("..%2f" decodes to a step up, also into a sibling folder whose name
    // starts like the root's), or the headers' folder: not found.
    const [first] = path.relative(root, file).split(path.sep);
    const refused = first === '..' || first === SITE_HEADERS_DIR;
    if (refused) file = path.join(root, '404.html');
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).catch(() => null);
    const status = found?.isFile() && !refused ? 200 : 404;
    if (status === 404) file = path.join(root, '404.html');
    const relative = path.relative(root, file).split(path.sep).join('/');
    const sent = { ...responseHeaders(headers, `/${relative}`), 'Cache-Control': cacheControl(relative) };
    // As nginx: a copy the browser holds that is as new as the file needs no body.
    const modified = found?.mtime.toUTCString();
    if (status === 200 && modified && request.headers['if-modified-since'] === modified) {
      response.writeHead(304, { ...sent, 'Last-Modified': modified });
      response.end();
      return;
    }
    // The root may be a link the publisher swaps: read the file whole from one release.
    const body = await readFile(file).catch(() => null);
    if (!body) {
      response.writeHead(404, { ...headers.site, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Không tìm thấy trang.');
      return;
    }
    const extension = relative.startsWith('uploads/') ? '' : path.extname(file);
    const compress = compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      ...sent,
      ...(status === 200 && modified ? { 'Last-Modified': modified } : {}),
      ...(compressible.has(extension) ? { Vary: 'Accept-Encoding' } : {}),
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(compress ? await gzipped(body) : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
