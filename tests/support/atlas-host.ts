import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { serveDirectory, type StaticServer } from './static-server';

/** One address that serves one build at a time, and goes away when the network is cut. */
export interface AtlasHost {
  readonly kind: 'static' | 'vite preview';
  readonly url: string;
  /** Serves `root` from now on (a deploy); `pageStatus` answers the page itself with an error. */
  serve(root: string, options?: { pageStatus?: number }): Promise<void>;
  /** The network is gone: nothing listens at the address any more. */
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

const isPage = (path: string) => path === '/' || path === '/index.html';

/** The plain static server of tests/support, restarted on the same port after a cut. */
async function staticHost(port: number): Promise<AtlasHost> {
  let server: StaticServer | null = null;
  let status: number | undefined;
  return {
    kind: 'static',
    url: `http://127.0.0.1:${port}/`,
    async serve(root, options = {}) {
      status = options.pageStatus;
      if (server) server.setRoot(root);
      else
        server = await serveDirectory(root, port, {
          failWith: (path) => (isPage(path) ? status : undefined),
        });
    },
    async stop() {
      const running = server;
      server = null;
      running?.server.closeAllConnections();
      await running?.close();
    },
  };
}

/** `npm start`'s server (vite preview with the project's config) on the given build folder. */
async function previewHost(port: number): Promise<AtlasHost> {
  let server: PreviewServer | null = null;
  const stop = async () => {
    const running = server;
    server = null;
    const http = running?.httpServer;
    // Keep-alive connections would keep answering after close (the network would not be cut).
    if (http && 'closeAllConnections' in http) http.closeAllConnections();
    await running?.close();
  };
  return {
    kind: 'vite preview',
    url: `http://127.0.0.1:${port}/`,
    async serve(root, options = {}) {
      await stop();
      const failing: Plugin = {
        name: 'test-failing-page',
        configurePreviewServer(preview) {
          preview.middlewares.use((request, response, next) => {
            const path = new URL(request.url ?? '/', 'http://x').pathname;
            if (options.pageStatus === undefined || !isPage(path)) return next();
            response.statusCode = options.pageStatus;
            response.end('unavailable');
          });
        },
      };
      server = await preview({
        root: ROOT,
        configFile: resolve(ROOT, 'vite.config.ts'),
        logLevel: 'silent',
        build: { outDir: root },
        preview: { port, strictPort: true, host: '127.0.0.1', open: false },
        plugins: [failing],
      });
    },
    stop,
  };
}

export async function atlasHost(kind: AtlasHost['kind']): Promise<AtlasHost> {
  const port = await freePort();
  return kind === 'static' ? staticHost(port) : previewHost(port);
}
