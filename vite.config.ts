/// <reference types="vitest/config" />
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serviceWorker } from './src/build/service-worker-plugin.ts';
import { CSP_META, cspHeaderFor } from './src/build/csp.ts';

/** The bundled data's version (public/data/manifest.json, written by npm run data). */
function dataVersion(): string {
  const manifest = resolve(import.meta.dirname, 'public/data/manifest.json');
  if (!existsSync(manifest)) return 'none';
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The CSP as a <meta> in the built index.html, for hosts that cannot send the header. */
function cspMeta(): Plugin {
  return {
    name: 'atlas-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `npm start`: a missing asset gets a 404 (not index.html, which a module script would refuse
 * and a service worker would cache as the asset).
 */
function previewAssetsOr404(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-preview-404',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        // Per path: only the embed page may be framed (README, "Content-Security-Policy").
        response.setHeader('Content-Security-Policy', cspHeaderFor(path));
        const file = join(outDir, path);
        const isAsset = extname(path) !== '' && extname(path) !== '.html';
        if (isAsset && !(existsSync(file) && statSync(file).isFile())) {
          response.statusCode = 404;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end('not found');
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), serviceWorker(dataVersion), cspMeta(), previewAssetsOr404()],
  define: { __ATLAS_DATA_VERSION__: JSON.stringify(dataVersion()) },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    // Rolldown's timing report is for the build's developers; a user starting the atlas cannot act on it.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // The embed page (issue 25): a second entry, the one page other sites may frame.
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  worker: { format: 'es' },
  // The Content-Security-Policy header is set per path by atlas-preview-404.
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    setupFiles: ['tests/setup.ts'],
    maxWorkers: 2,
    testTimeout: 30000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.svelte.test.ts'],
        },
      },
      {
        // Runes as the browser runs them ($derived, $effect, flushSync): Svelte's client build.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'runes', environment: 'jsdom', include: ['tests/unit/**/*.svelte.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser file at a time: two at once took as long on 2 cores, and flaked.
          fileParallelism: false,
          testTimeout: 90000,
          hookTimeout: 120000,
          expect: { poll: { timeout: 60000, interval: 100 } },
        },
      },
    ],
  },
});
