import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { atlasHost, type AtlasHost } from '../support/atlas-host';
import { cacheKeys, live, visit } from '../support/service-worker';
import { CSP_HEADER, EMBED_CSP_HEADER } from '../../src/build/csp';

// Upgrades (two builds at one address) are in upgrade.test.ts.
const DIST = resolve(import.meta.dirname, '../../dist');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the atlas once, cuts the network by stopping the server, and opens it again. */
async function openedOffline(host: AtlasHost) {
  const context = await browser.newContext();
  const first = await visit(context, host.url);
  const { keys } = await cacheKeys(first);
  await host.stop();
  await first.close();
  const page = await context.newPage();
  await page.goto(host.url);
  await live(page);
  const bars = await page.locator('svg[data-figure="share-by-state"] text[data-iso3]').count();
  await context.close();
  return { keys, bars };
}

describe('offline, through the service worker', () => {
  it('opens a second time with no network from a plain static server, and caches only the engine build this browser uses', async () => {
    const host = await atlasHost('static');
    await host.serve(DIST);
    const { keys, bars } = await openedOffline(host);
    expect(bars).toBeGreaterThan(5);
    const engines = keys.filter((k) => /duckdb-(eh|mvp)-[^/]*\.wasm$/.test(k));
    expect(engines).toHaveLength(1);
    expect(keys.some((k) => /data\/observations\.parquet\?v=/.test(k))).toBe(true);
  });

  it('under npm start (vite preview): serves the strict CSP (the embed page’s lets it be framed), answers a missing asset with 404, and reopens offline', async () => {
    const host = await atlasHost('vite preview');
    try {
      await host.serve(DIST);
      const response = await fetch(host.url);
      expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
      // Only the embed page may be framed.
      const embed = await fetch(`${host.url}embed.html?view=map`);
      expect(embed.headers.get('content-security-policy')).toBe(EMBED_CSP_HEADER);
      const missing = await fetch(`${host.url}assets/index-doesnotexist.js`);
      expect(missing.status).toBe(404);
      const { bars } = await openedOffline(host);
      expect(bars).toBeGreaterThan(5);
    } finally {
      await host.stop();
    }
  });
});
