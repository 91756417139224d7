// A minimal static file server for dist/ (and the bench build) on a free port (no clash with
// `vite preview` on 4173 while Playwright tests run). Plain files by default; with `gzip`, text is sent
// gzip-compressed (level 9) like any production static host, which is what Lighthouse should see.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  gzip?: boolean;
  /** Extra folders by URL prefix, e.g. { '/data/': 'data' }. */
  mounts?: Record<string, string>;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.txt']);

export async function serveFolder(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => rel.startsWith(prefix));
    const base = path.resolve(mount ? mount[1] : root);
    let file = path.resolve(base, `.${mount ? rel.slice(mount[0].length - 1) : rel}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (
      options.gzip &&
      COMPRESSIBLE.has(path.extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      const cached = gzipped.get(file);
      body = cached ?? gzipSync(body, { level: 9 });
      gzipped.set(file, body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
