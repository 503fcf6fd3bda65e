import type { BrowserContext, Page } from 'playwright-core';

/** Waits until a service worker controls the page (first visit: it installs, then claims). */
export const controlled = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
    return navigator.serviceWorker.controller?.scriptURL ?? null;
  });

/** The atlas's version caches (not its bookkeeping) and the addresses they hold. */
export const cacheKeys = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter(
      (k) => (k.startsWith('atlas:') || k.startsWith('atlas-')) && k !== 'atlas:meta',
    );
    const keys: string[] = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys()) keys.push(request.url);
    return { names, keys };
  });

/** Waits until the atlas has drawn figures from the engine's results (not the precomputed ones). */
export const live = (page: Page) =>
  page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });

/** Opens the atlas in a new tab of `context`, with figures drawn and a worker in control. */
export async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await live(page);
  await controlled(page);
  return page;
}

/** What a page is made of: its build, the data version it names and those of the data it read. */
export const shownVersion = (page: Page) =>
  page.evaluate(() => {
    const build = document.querySelector('meta[name="atlas-build"]')?.getAttribute('content');
    const label = document.querySelector('section.sources p.version')?.textContent ?? '';
    const data = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.includes('/data/') && url.searchParams.has('v'))
      .map((url) => url.searchParams.get('v'));
    const bars = document.querySelectorAll(
      'svg[data-figure="share-by-state"] text[data-iso3]',
    ).length;
    return { build: build ?? null, label, dataVersions: [...new Set(data)], bars };
  });
