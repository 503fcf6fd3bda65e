import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { atlasHost, type AtlasHost } from '../support/atlas-host';
import { twoBuilds, type Build } from '../support/two-builds';
import { cacheKeys, live, shownVersion, visit } from '../support/service-worker';

// Two deploys of the atlas at one address, A then B (B: A rebuilt with another data version).
// The network is cut by stopping the server: a context's offline switch does not reach the
// service worker's own requests.
let builds: { a: Build; b: Build };
let browser: Browser;
beforeAll(async () => {
  builds = twoBuilds();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const build of [builds?.a, builds?.b])
    if (build) rmSync(build.dir, { recursive: true, force: true });
});

const notice = (page: Page) =>
  page.waitForSelector('[data-testid="update-notice"]', { timeout: 90000 });

/** The page is one build's: its app, the data it read and the version it names. */
async function expectOneVersion(page: Page, build: Build): Promise<void> {
  const other = build === builds.a ? builds.b : builds.a;
  const shown = await shownVersion(page);
  expect(shown.build).toBe(build.name);
  expect(shown.dataVersions).toEqual([build.dataVersion]);
  expect(shown.label).toContain(build.dataVersion);
  expect(shown.label).not.toContain(other.dataVersion);
  expect(shown.bars).toBeGreaterThan(5);
}

/** After the network is gone, a new tab opens the atlas of `build`, whole. */
async function opensOffline(context: BrowserContext, host: AtlasHost, build: Build) {
  await host.stop();
  const page = await context.newPage();
  await page.goto(host.url);
  await live(page);
  await expectOneVersion(page, build);
}

async function acceptAndSee(page: Page, build: Build): Promise<void> {
  await page.locator('[data-testid="update-accept"]').click();
  await page.waitForSelector(`meta[name="atlas-build"][content="${build.name}"]`, {
    state: 'attached',
    timeout: 90000,
  });
  await live(page);
  await expectOneVersion(page, build);
}

// Each test opens the atlas three to five times: the usual 90 s per test is too short on a busy machine.
const SEQUENCE = { timeout: 300000 };

describe.each(['static', 'vite preview'] as const)('upgrades under %s', SEQUENCE, (kind) => {
  let host: AtlasHost;
  let context: BrowserContext;
  beforeAll(async () => {
    host = await atlasHost(kind);
  });
  afterEach(async () => {
    await context?.close();
    await host.stop();
  });

  /** A returning visitor: A was opened once, then B was deployed and the page reloaded. */
  async function upgradeWaiting(options: { pageStatus?: number } = {}): Promise<Page> {
    context = await browser.newContext();
    await host.serve(builds.a.dir);
    const page = await visit(context, host.url);
    await expectOneVersion(page, builds.a);
    await host.serve(builds.b.dir, options);
    await page.reload();
    await live(page);
    return page;
  }

  it('reload and a second tab before accepting keep B cached; accepting opens B, also offline', async () => {
    const page = await upgradeWaiting();
    await notice(page);
    await page.reload();
    await live(page);
    const second = await visit(context, host.url);
    await notice(second);
    await expectOneVersion(second, builds.a);
    expect((await cacheKeys(second)).names.sort()).toEqual([builds.a.cache, builds.b.cache].sort());
    await acceptAndSee(second, builds.b);
    // The first tab, still of A, is told; once it takes B too, A's cache goes.
    await notice(page);
    await expectOneVersion(page, builds.a);
    await acceptAndSee(page, builds.b);
    await expect
      .poll(async () => (await cacheKeys(page)).names, { timeout: 60000 })
      .toEqual([builds.b.cache]);
    await opensOffline(context, host, builds.b);
  });

  // One visit serves two cases (each visit installs both builds): what a rebuild then a reload
  // shows, then the network lost before accepting.
  it('rebuild then reload: the reload still shows A, whole, and offers B; network lost before accepting: a new tab opens A, the offline reload shows A and says B waits; accepting opens B from the cache', async () => {
    const page = await upgradeWaiting();
    await notice(page);
    await expectOneVersion(page, builds.a);
    await opensOffline(context, host, builds.a);
    await context.pages().at(-1)!.close();
    await page.reload();
    await live(page);
    await notice(page);
    await expectOneVersion(page, builds.a);
    await acceptAndSee(page, builds.b);
    await opensOffline(context, host, builds.b);
  });

  it('503 for the page: A stays, whole, and B is not half-installed', async () => {
    const page = await upgradeWaiting({ pageStatus: 503 });
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return null;
      await registration.update().catch(() => {});
      const worker = registration.installing;
      if (worker)
        await new Promise<void>((resolve) => {
          const settled = () => worker.state === 'redundant' || worker.state === 'installed';
          if (settled()) resolve();
          worker.addEventListener('statechange', () => settled() && resolve());
        });
      return { waiting: registration.waiting !== null };
    });
    expect(after).toEqual({ waiting: false });
    expect(await page.locator('[data-testid="update-notice"]').count()).toBe(0);
    await expectOneVersion(page, builds.a);
    await expect.poll(async () => (await cacheKeys(page)).names).toEqual([builds.a.cache]);
    await opensOffline(context, host, builds.a);
  });
});

describe('accepting offline when the new version is not whole on this device', SEQUENCE, () => {
  it('says so in the reader language and keeps A open', async () => {
    const host = await atlasHost('static');
    const context = await browser.newContext();
    try {
      await host.serve(builds.a.dir);
      const page = await visit(context, `${host.url}?lang=de`);
      await host.serve(builds.b.dir);
      await page.reload();
      await live(page);
      await notice(page);
      await host.stop();
      // As if the browser had evicted part of B's cache.
      await page.evaluate(async (name) => {
        const cache = await caches.open(name);
        const [first] = (await cache.keys()).filter((r) => r.url.includes('/assets/'));
        if (first) await cache.delete(first);
      }, builds.b.cache);
      await page.locator('[data-testid="update-accept"]').click();
      const message = page.locator('[data-testid="update-unavailable"]');
      await message.waitFor({ timeout: 90000 });
      expect(await message.textContent()).toContain('Die neue Version kann jetzt nicht geöffnet');
      await expectOneVersion(page, builds.a);
      await opensOffline(context, host, builds.a);
    } finally {
      await context.close();
      await host.stop();
    }
  });
});
