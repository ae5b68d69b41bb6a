import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { requestPath, resolveRequest, responseHeaders } from '@cong/shared';
import { releaseHeaders } from './release-headers.ts';
import { releaseRouting } from './release-routing.ts';

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

/** A file of the release that is one, release-relative, with what stat said of it. */
async function firstFile(root: string, candidates: string[]): Promise<{ file: string; relative: string; mtime: Date } | null> {
  for (const relative of candidates) {
    const file = path.join(root, relative);
    // Never outside the root, whatever a routing file names.
    if (path.relative(root, file).split(path.sep)[0] === '..') continue;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, relative, mtime: info.mtime };
  }
  return null;
}

/** How the static server is run: the portal's host, under which each unit's host is its label. */
export interface StaticServerOptions {
  /** SITE_HOST: `localhost` by default, so `http://xaan-binh.localhost:4321/` is a unit's site. */
  siteHost?: string;
}

/**
 * Serves a built site the way the shipped nginx configuration does (deploy/nginx/): the portal
 * and each component site by the request's host (resolveRequest in @cong/shared, from the
 * release's routing files), index.html for folders, the site's 404 page otherwise, gzip for
 * text to a browser that accepts it, the headers the release's build wrote (uploads with their
 * own) on every answer, redirects too, caching as above; never the headers' folder.
 */
export function serveStatic(root: string, port: number, { siteHost = 'localhost' }: StaticServerOptions = {}): Promise<http.Server> {
  const server = http.createServer(async (request, response) => {
    const [headers, routing] = await Promise.all([releaseHeaders(root), releaseRouting(root)]);
    const target = request.url ?? '/';
    const answer = resolveRequest({ host: request.headers.host, target, scheme: 'http' }, { base: siteHost, ...routing });
    if (answer.status === 400) {
      response.writeHead(400, { ...headers.site, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Địa chỉ không hợp lệ.');
      return;
    }
    if (answer.status === 301) {
      response.writeHead(301, { ...headers.site, 'Cache-Control': 'no-cache', Location: answer.location });
      response.end();
      return;
    }
    const found = answer.status === 200 ? await firstFile(root, answer.files) : null;
    const error = answer.status === 200 ? answer.otherwise : answer;
    const served = found ?? (await firstFile(root, error.pages));
    const status = found ? 200 : error.status;
    if (!served) {
      response.writeHead(status, { ...headers.site, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Không tìm thấy trang.');
      return;
    }
    // A file found is sent as the address asked for is (nginx picks its location by it: an
    // upload shared with a unit's host is an upload there too); an error page, as itself.
    const sentAs = found ? requestPath(target)!.slice(1) : served.relative;
    const sent = { ...responseHeaders(headers, `/${sentAs}`), 'Cache-Control': cacheControl(sentAs) };
    // As nginx: a copy the browser holds that is as new as the file needs no body.
    const modified = served.mtime.toUTCString();
    if (status === 200 && request.headers['if-modified-since'] === modified) {
      response.writeHead(304, { ...sent, 'Last-Modified': modified });
      response.end();
      return;
    }
    // The root may be a link the publisher swaps: read the file whole from one release.
    const body = await readFile(served.file).catch(() => null);
    if (!body) {
      response.writeHead(404, { ...headers.site, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Không tìm thấy trang.');
      return;
    }
    const extension = sentAs.startsWith('uploads/') ? '' : path.extname(served.file);
    const compress = compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(status, {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      ...sent,
      ...(status === 200 ? { 'Last-Modified': modified } : {}),
      ...(compressible.has(extension) ? { Vary: 'Accept-Encoding' } : {}),
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(compress ? await gzipped(body) : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
