import type { Browser, Page } from 'playwright-core';

export interface AtlasPage {
  page: Page;
  /** Requests to any other origin (aborted). */
  outside: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  /** Content-Security-Policy violations reported by the page. */
  violations: string[];
}

/**
 * Opens the atlas at `query` and waits until it is ready. Every request outside the server's
 * origin is aborted and recorded, and so are page errors and CSP violations.
 */
export async function openAtlas(
  browser: Browser,
  base: string,
  query = '',
  options: { viewport?: { width: number; height: number }; ready?: string } = {},
): Promise<AtlasPage> {
  // No service worker: these tests are not about offline use, and installing one downloads the
  // whole app and engine again beside the page (the offline tests cover it).
  const page = await browser.newPage({
    serviceWorkers: 'block',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const outside: string[] = [];
  const errors: string[] = [];
  const origin = new URL(base).origin;
  // Listened to, not intercepted: routing would switch off the HTTP cache (and with it the
  // compiled engine), and the test machine reaches no outside host anyway.
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outside.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const violations = await watchCsp(page);
  await page.goto(`${base}${query ? `?${query}` : ''}`);
  await page.waitForSelector(options.ready ?? 'main[data-ready="true"]', { timeout: 90000 });
  return { page, outside, errors, violations };
}

/** Records every Content-Security-Policy violation the page reports (the array fills as they come). */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return violations;
}

/** Waits until every view shows live results (the engine answered), not only precomputed ones. */
export async function waitForLive(page: Page): Promise<void> {
  await page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });
  await page.waitForFunction(() => document.querySelector('[data-busy="true"]') === null, null, {
    timeout: 90000,
  });
}

/** The element that has the keyboard focus, by its data-iso3. */
export const focusedIso3 = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('[data-iso3]')?.getAttribute('data-iso3') ?? null,
  );

/** Opens the "Tools" panel (export size, your own data, presentation deck) if it is closed. */
export async function openTools(page: Page): Promise<void> {
  const tools = page.locator('[data-testid="tools"]');
  if ((await tools.getAttribute('open')) === null) await tools.locator('> summary').click();
}
