// A plain static server for the bench, the same for Rungs and the peer: files from one folder, gzip (level 9) when the
// client accepts it, compressed ahead of time as a static host serves them: compressing a file on its first request
// put 10-20 ms of the server's work on the same two cores as the first page Lighthouse measured. Nothing else: no SPA
// fallback (both apps route by hash), no cache headers that could favour either app (Lighthouse clears the cache
// before each page anyway).
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** Every compressible file under `dir`, gzipped, by its path. */
async function compressAll(dir, into) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await compressAll(path, into);
    else if (COMPRESSIBLE.has(extname(path))) into.set(path, gzipSync(await readFile(path), { level: 9 }));
  }
  return into;
}

/**
 * Serves `root` on 127.0.0.1:`port`; resolves once listening, with its URL and a close function. A file written
 * after the start (the bench's records) is compressed on its first request.
 */
export async function serveStatic(root, port) {
  const gzipped = await compressAll(root, new Map());
  const server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^[/\\]+/, '');
      const file = join(root, relative);
      // Never serve outside the folder, whatever "../" the URL carries.
      if (relative.startsWith('..') || !(file === root || file.startsWith(root.endsWith(sep) ? root : root + sep))) {
        response.writeHead(403).end();
        return;
      }
      const body = await readFile(file);
      const ext = extname(file);
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(request.method === 'HEAD' ? undefined : gzipped.get(file));
      } else {
        response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
      }
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
