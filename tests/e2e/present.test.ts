import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openTools } from '../support/atlas-page';

const atlas = useBuiltAtlas();

describe('presentation mode and offline use', () => {
  it('steps through a deck of three saved views with the network cut, fills the screen, and restores the filters after', async () => {
    const context = await atlas.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${atlas.server.url}?stage=formal_contact`);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });
    await openTools(page);
    await page.selectOption('[data-testid="deck-figure"]', 'states-chart');
    await page.locator('[data-testid="deck-add"]').click();
    await page.selectOption('[data-testid="stage"]', 'prosecuted');
    await page.selectOption('[data-testid="deck-figure"]', 'regions');
    await page.locator('[data-testid="deck-add"]').click();
    await page.selectOption('[data-testid="stage"]', 'convicted');
    await page.selectOption('[data-testid="deck-figure"]', 'map');
    await page.locator('[data-testid="deck-add"]').click();
    expect(await page.locator('[data-testid="deck-count"]').textContent()).toContain('3');
    await page.selectOption('[data-testid="stage"]', 'formal_contact');
    await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe('formal_contact');
    const before = new URL(page.url()).search;
    await context.setOffline(true);
    await page.locator('[data-testid="deck-present"]').click();
    const counter = () => page.locator('[data-testid="slide-counter"]').textContent();
    const slide = () =>
      page.locator('[data-testid="presentation"] svg title').first().textContent();
    /** A slide whose figure runs over several pages shows them one by one before the next slide. */
    const stepTo = async (key: string, wanted: string) => {
      for (let i = 0; i < 12 && !((await counter()) ?? '').startsWith(wanted); i++)
        await page.keyboard.press(key);
      await expect.poll(async () => ((await counter()) ?? '').startsWith(wanted)).toBe(true);
    };
    await expect.poll(async () => ((await counter()) ?? '').startsWith('1 / 3')).toBe(true);
    await expect.poll(slide).toContain('formal contact');
    // The slide fills the screen and carries its source and terms.
    await expect
      .poll(
        async () =>
          (await page.locator('[data-testid="presentation"] svg').first().boundingBox())?.width ??
          0,
      )
      .toBeGreaterThanOrEqual(1280 * 0.9);
    expect(await page.locator('[data-testid="presentation"] svg').first().textContent()).toContain(
      'Terms:',
    );
    await stepTo('ArrowRight', '2 / 3');
    await expect.poll(slide).toContain('By subregion');
    await expect.poll(slide).toContain('prosecuted');
    await stepTo('PageDown', '3 / 3');
    await expect.poll(slide).toContain('convicted');
    expect(
      await page.locator('[data-testid="presentation"] svg[data-figure="osce-map"]').count(),
    ).toBe(1);
    await stepTo('ArrowLeft', '2 / 3');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="presentation"]').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).search).toBe(before);
    await context.close();
  });

  it('refuses a deck file over 1 MB, and names the slide whose filters could not all be applied', async () => {
    const page = await atlas.browser.newPage({ serviceWorkers: 'block' });
    await page.goto(atlas.server.url);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    await openTools(page);
    const deck = (slides: unknown[], padding = '') =>
      Buffer.from(
        JSON.stringify({
          kind: 'women-in-organized-crime-atlas-deck',
          datasetVersion: '',
          slides,
          padding,
        }),
      );
    await page.setInputFiles('[data-testid="deck-load"]', {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: deck([], 'x'.repeat(1024 * 1024)),
    });
    await expect
      .poll(() => page.locator('[data-testid="deck-message"]').textContent())
      .toMatch(/larger than 1\u00a0MB/);
    await page.setInputFiles('[data-testid="deck-load"]', {
      name: 'deck.json',
      mimeType: 'application/json',
      buffer: deck([
        { query: 'stage=convicted', figure: 'map' },
        { query: 'region=ZZ&stage=prosecuted', figure: 'states-chart' },
      ]),
    });
    await expect
      .poll(() => page.locator('[data-testid="deck-message"]').textContent())
      .toContain('2 slide');
    const warnings = await page.locator('[data-testid="deck-warnings"] li').allTextContents();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Slide 2: .*ZZ/);
    await page.close();
  });
});
