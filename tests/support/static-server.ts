import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { cspHeaderFor } from '../../src/build/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  server: Server;
  /** Serves another directory from now on, at the same address (a redeploy). */
  setRoot(root: string): void;
  /** Answers the requests `hold` kept waiting, and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

/** Serves a built directory on loopback; optional delay per path for tests of slow loads. */
export function serveDirectory(
  root: string,
  port = 0,
  options: {
    delayMs?: (path: string) => number;
    mounts?: Record<string, string>;
    /** Extra response headers; the atlas's Content-Security-Policy is always sent. */
    headers?: Record<string, string>;
    /**
     * Collects the Content-Security-Policy violations browsers report (report-uri), for drivers
     * that cannot listen in the page before it loads.
     */
    cspReports?: string[];
    /** Paths whose answers wait for `release()` (a slow engine, deterministically). */
    hold?: RegExp;
    /** A status to answer instead of the file (a broken host), or undefined to serve it. */
    failWith?: (path: string) => number | undefined;
  } = {},
): Promise<StaticServer> {
  let base = resolve(root);
  let held: (() => void)[] | null = options.hold ? [] : null;
  const csp = (path: string) =>
    options.cspReports ? `${cspHeaderFor(path)}; report-uri /__csp-report` : cspHeaderFor(path);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (options.cspReports && request.method === 'POST' && url.pathname === '/__csp-report') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        options.cspReports?.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) =>
      url.pathname.startsWith(prefix),
    );
    const failure = options.failWith?.(url.pathname);
    if (failure !== undefined) {
      response.writeHead(failure, { 'content-type': 'text/plain' }).end('unavailable');
      return;
    }
    const root = mount ? resolve(mount[1]) : base;
    const relative = mount ? url.pathname.slice(mount[0].length) : url.pathname;
    let path = normalize(join(root, decodeURIComponent(relative)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // As a static host would: content-hashed assets are immutable (so Chromium keeps their
    // compiled WebAssembly between pages), everything else is revalidated.
    const stat = statSync(path);
    const tag = `"${stat.ino}-${stat.size}-${stat.mtimeMs}"`;
    const caching = url.pathname.includes('/assets/')
      ? { 'cache-control': 'public, max-age=31536000, immutable' }
      : { 'cache-control': 'no-cache', etag: tag };
    const send = () => {
      if (
        !url.pathname.includes('/assets/') &&
        request.headers['if-none-match'] === tag &&
        !options.headers
      ) {
        response.writeHead(304, caching).end();
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-length': stat.size,
        ...caching,
        'content-security-policy': csp(url.pathname),
        ...options.headers,
      });
      createReadStream(path).pipe(response);
    };
    const delay = options.delayMs?.(url.pathname) ?? 0;
    if (held && options.hold?.test(url.pathname)) held.push(send);
    else if (delay > 0) setTimeout(send, delay);
    else send();
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        server,
        setRoot: (next: string) => {
          base = resolve(next);
        },
        release: () => {
          const waiting = held ?? [];
          held = null;
          for (const send of waiting) send();
        },
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            // Kept-alive connections would hold a stopped server open (a network cut).
            server.closeAllConnections();
          }),
      });
    });
  });
}
