import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { serveDirectory } from '../support/static-server';
import { serviceWorkerManifest } from '../../src/build/service-worker-plugin';
import { CSP_HEADER } from '../../src/build/csp';

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

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const atlas = useBuiltAtlas();

/** Waits until a service worker controls the page (first visit: it installs, then claims). */
const controlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
    return navigator.serviceWorker.controller?.scriptURL ?? null;
  });

const cacheKeys = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('atlas-') && k !== 'atlas-meta');
    const keys: string[] = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys()) keys.push(request.url);
    return { names, keys };
  });

async function openedOffline(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });
  const bars = await page.locator('svg[data-figure="share-by-state"] text[data-iso3]').count();
  await context.setOffline(false);
  return { page, bars };
}

describe('offline and upgrades, through the service worker', () => {
  it('opens a second time with no network from a plain static server, and caches only the engine build this browser uses', async () => {
    const context = await atlas.browser.newContext();
    const { page, bars } = await openedOffline(context, atlas.server.url);
    expect(bars).toBeGreaterThan(5);
    const { keys } = await cacheKeys(page);
    const engines = keys.filter((k) => /duckdb-(eh|mvp)-[^/]*\.wasm$/.test(k));
    expect(engines).toHaveLength(1);
    expect(keys.some((k) => /data\/observations\.parquet\?v=/.test(k))).toBe(true);
    await context.close();
  });

  describe('under npm start (vite preview)', () => {
    let preview: ChildProcess | null = null;
    afterAll(() => {
      preview?.kill();
    });

    it('serves the strict CSP, answers a missing asset with 404, and reopens offline', async () => {
      // A port the system hands out, so a second test run on the same machine cannot answer for this one.
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/`;
      preview = spawn(
        process.execPath,
        [
          resolve(ROOT, 'node_modules/vite/bin/vite.js'),
          'preview',
          '--port',
          String(port),
          '--strictPort',
        ],
        {
          cwd: ROOT,
          stdio: 'ignore',
        },
      );
      let response: Response | null = null;
      for (let i = 0; i < 600 && !response; i++) {
        response = await fetch(url).catch(() => null);
        if (!response) await new Promise((r) => setTimeout(r, 100));
      }
      expect(response?.headers.get('content-security-policy')).toBe(CSP_HEADER);
      const missing = await fetch(`${url}assets/index-doesnotexist.js`);
      expect(missing.status).toBe(404);
      const context = await atlas.browser.newContext();
      const { bars } = await openedOffline(context, url);
      expect(bars).toBeGreaterThan(5);
      await context.close();
    });
  });

  it('brings a new version to a returning visitor: the notice appears, and accepting it shows the new version', async () => {
    // Version A is the build; version B is A with a changed page, as a redeploy would be.
    const a = mkdtempSync(join(tmpdir(), 'atlas-a-'));
    const b = mkdtempSync(join(tmpdir(), 'atlas-b-'));
    cpSync(DIST, a, { recursive: true });
    cpSync(DIST, b, { recursive: true });
    const index = readFileSync(join(b, 'index.html'), 'utf8');
    writeFileSync(
      join(b, 'index.html'),
      index.replace('<head>', '<head>\n    <meta name="atlas-build" content="B" />'),
    );
    const dataVersion = (
      JSON.parse(readFileSync(join(b, 'data/manifest.json'), 'utf8')) as { version: string }
    ).version;
    const template = readFileSync(resolve(ROOT, 'public/sw.js'), 'utf8');
    writeFileSync(
      join(b, 'sw.js'),
      template.replace(
        '/* ATLAS_SW_MANIFEST */ null',
        JSON.stringify(serviceWorkerManifest(b, dataVersion)),
      ),
    );
    expect(readFileSync(join(b, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(a, 'sw.js'), 'utf8'));

    const server = await serveDirectory(a);
    const context = await atlas.browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    await controlled(page);
    expect(await page.locator('[data-testid="update-notice"]').count()).toBe(0);

    server.setRoot(b);
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    await page.waitForSelector('[data-testid="update-notice"]', { timeout: 90000 });
    const before = await cacheKeys(page);
    expect(before.names).toHaveLength(2);
    await page.locator('[data-testid="update-accept"]').click();
    await page.waitForSelector('meta[name="atlas-build"][content="B"]', {
      state: 'attached',
      timeout: 90000,
    });
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    // Once no page of version A is open, its cache goes.
    await expect.poll(async () => (await cacheKeys(page)).names.length, { timeout: 60000 }).toBe(1);
    await context.close();
    await server.close();
  });
});
