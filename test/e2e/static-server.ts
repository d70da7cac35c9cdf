import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  /** The app's URL, ending in the sub-path, e.g. http://127.0.0.1:41234/tools/rungs/ */
  url: string;
  /** Which build the sub-path serves: swapping it is a deployment. */
  root: string;
  /** When true, every connection is dropped: the network is gone, whatever the browser thinks. */
  down: boolean;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A plain static host, like a university page or an intranet share: files under one sub-path, a directory gets
 * its index.html, no rewrite rules (an unknown path is a 404), the cache headers the README recommends.
 */
export async function startStaticServer(root: string, subPath = '/tools/rungs/'): Promise<StaticServer> {
  const state = { root, down: false, requests: [] as string[] };
  const server: Server = createServer((request, response) => {
    if (state.down) {
      request.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    state.requests.push(path);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    // Like any static host: the folder without its slash is redirected, so relative URLs resolve inside it.
    if (`${path}/` === subPath) {
      response.writeHead(301, { Location: subPath }).end();
      return;
    }
    if (!path.startsWith(subPath)) {
      response.writeHead(404).end('Not found');
      return;
    }
    let file = normalize(join(state.root, path.slice(subPath.length)));
    if (!file.startsWith(normalize(state.root + sep)) && file !== normalize(state.root)) {
      response.writeHead(404).end('Not found');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('Not found');
      return;
    }
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
    // Hashed file names never change content; everything else (index.html, sw.js, manifest, icons) must revalidate.
    const cacheControl = path.startsWith(`${subPath}assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cacheControl, ETag: etag };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    get root() {
      return state.root;
    },
    set root(next: string) {
      state.root = next;
    },
    get down() {
      return state.down;
    },
    set down(next: boolean) {
      state.down = next;
    },
    requests: state.requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
