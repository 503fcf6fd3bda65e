import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from '../support/atlas-browser';

const atlas = useBuiltAtlas();

describe('presentation mode and offline use', () => {
  it('steps through a deck of three saved views with the network cut', async () => {
    const context = await atlas.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${atlas.server.url}?stage=formal_contact`);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await page.selectOption('[data-testid="deck-figure"]', 'states-chart');
    await page.locator('[data-testid="deck-add"]').click();
    await page.selectOption('[data-testid="stage"]', 'prosecuted');
    await page.selectOption('[data-testid="deck-figure"]', 'regions');
    await page.locator('[data-testid="deck-add"]').click();
    await page.selectOption('[data-testid="stage"]', 'convicted');
    await page.selectOption('[data-testid="deck-figure"]', 'map');
    await page.locator('[data-testid="deck-add"]').click();
    expect(await page.locator('[data-testid="deck-count"]').textContent()).toContain('3');
    await context.setOffline(true);
    await page.locator('[data-testid="deck-present"]').click();
    const slide = () =>
      page.locator('[data-testid="presentation"] svg title').first().textContent();
    await expect
      .poll(() => page.locator('[data-testid="slide-counter"]').textContent())
      .toBe('1 / 3');
    await expect.poll(slide).toContain('formal contact');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('[data-testid="slide-counter"]').textContent())
      .toBe('2 / 3');
    await expect.poll(slide).toContain('by subregion');
    await expect.poll(slide).toContain('prosecuted');
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.locator('[data-testid="slide-counter"]').textContent())
      .toBe('3 / 3');
    await expect.poll(slide).toContain('convicted');
    expect(
      await page.locator('[data-testid="presentation"] svg[data-figure="osce-map"]').count(),
    ).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('[data-testid="slide-counter"]').textContent())
      .toBe('2 / 3');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="presentation"]').count()).toBe(0);
    await context.close();
  });

  it('opens a second time with no network, from the service worker', async () => {
    const context = await atlas.browser.newContext();
    const page = await context.newPage();
    await page.goto(atlas.server.url);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
    expect(
      await page.locator('svg[data-figure="share-by-state"] text[data-iso3]').count(),
    ).toBeGreaterThan(5);
    await context.close();
  });
});
