import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { focusedIso3, openAtlas as open, waitForLive } from '../support/atlas-page';

const atlas = useBuiltAtlas();
const openAtlas = (query = '', viewport?: { width: number; height: number }) =>
  open(atlas.browser, atlas.server.url, query, viewport ? { viewport } : {});

const chartLabel = (page: Page, iso3: string) =>
  page.locator(`[data-figure="share-by-state"] text[data-iso3="${iso3}"]`);
const map = (page: Page) => page.locator('svg[data-figure="osce-map"]');
/** The map draws when it scrolls into view. */
/** A box measured once the element is on the page: a figure may be redrawn in between. */
async function boxOf(locator: Locator) {
  let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
  await expect.poll(async () => (box = await locator.boundingBox())).not.toBeNull();
  return box!;
}

async function showMap(page: Page) {
  await waitForLive(page);
  await page.locator('[data-figure-block="map"]').scrollIntoViewIfNeeded();
  await map(page).locator('[data-iso3]').first().waitFor({ timeout: 90000 });
}

describe('the built atlas in Chromium', () => {
  it('shows the share for Belgium, formal contact 2020, as in the UNODC file (128 women, 317 men), with its interval', async () => {
    const { page, errors, outside, violations } = await openAtlas('stage=formal_contact&year=2020');
    await showMap(page);
    const label = chartLabel(page, 'BEL');
    await expect.poll(() => label.textContent()).toBe('28.8% (24–34%) · 128 of 445');
    expect(await label.getAttribute('data-obs-id')).toBe(
      'GLOTIP-BEL-2020-formal_contact-female GLOTIP-BEL-2020-formal_contact-male',
    );
    expect(await map(page).locator('[data-iso3="BEL"]').getAttribute('aria-label')).toContain(
      '28.8% (24–34%) · 128 of 445',
    );
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('updates the URL on a filter change and restores the view on reload', async () => {
    const { page } = await openAtlas();
    expect(new URL(page.url()).search).toBe('');
    await page.selectOption('[data-testid="stage"]', 'prosecuted');
    await page.selectOption('[data-testid="year-from"]', '2018');
    await page.selectOption('[data-testid="year-to"]', '2018');
    await expect.poll(() => new URL(page.url()).search).toBe('?stage=prosecuted&year=2018');
    await expect
      .poll(() => page.locator('[data-figure="share-by-state"] title').first().textContent())
      .toContain('prosecuted, trafficking in persons, 2018');
    const before = await page
      .locator('[data-figure="share-by-state"] text[data-iso3]')
      .allTextContents();
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]');
    expect(await page.inputValue('[data-testid="stage"]')).toBe('prosecuted');
    expect(await page.inputValue('[data-testid="year-from"]')).toBe('2018');
    await expect
      .poll(() => page.locator('[data-figure="share-by-state"] text[data-iso3]').allTextContents())
      .toEqual(before);
    await page.close();
  });

  it('switches to French, with French number formats, keeps it in the URL and makes no outside request', async () => {
    const { page, outside } = await openAtlas('stage=formal_contact&year=2020');
    await page.selectOption('[data-testid="lang"]', 'fr');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Atlas des femmes dans la criminalité organisée');
    await expect
      .poll(() => chartLabel(page, 'BEL').textContent())
      .toMatch(/^28,8[\u00a0\u202f]% \(24–34[\u00a0\u202f]%\) · 128 sur 445$/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(outside).toEqual([]);
    await page.close();
  });

  it('opens in the browser’s language when the address names none', async () => {
    const context = await atlas.browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(atlas.server.url);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await context.close();
  });

  it('reports hostile and unknown URL values, ignores them, and rewrites the address to what is shown', async () => {
    const { page, errors } = await openAtlas(
      'stage=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&year=99999&state=XXX&region=ZZ&from=2020&to=2010&lang=en&lang=fr',
    );
    const warning = await page.locator('[data-testid="url-warning"]').textContent();
    expect(warning).toContain('Some settings in the address were not applied');
    expect(warning).toContain('lang was given more than once: en applied, fr ignored');
    expect(warning).toContain('XXX');
    expect(warning).toContain('ZZ');
    expect(await page.inputValue('[data-testid="stage"]')).toBe('convicted');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[data-chip]').count()).toBe(0);
    // Only what was applied stays in the address: the first of the repeated languages.
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when a permalink was made for another dataset version', async () => {
    const { page } = await openAtlas('stage=convicted&v=0000oldversion');
    await expect
      .poll(() => page.locator('[data-testid="version-notice"]').textContent())
      .toContain('0000oldversion');
    await page.close();
  });

  it('shows a message that says what to do when the data cannot load', async () => {
    const page = await atlas.browser.newPage({ serviceWorkers: 'block' });
    await page.route(/\/data\/observations\.parquet(\?|$)/, (route) =>
      route.fulfill({ status: 200, body: 'not parquet at all' }),
    );
    await page.goto(atlas.server.url);
    await page.waitForSelector('.error', { timeout: 90000 });
    expect(await page.locator('.error').textContent()).toMatch(
      /could not load its data: .*Parquet/,
    );
    await page.close();
  });
});

describe('the first screen', () => {
  it.each([
    [1440, 900],
    [390, 844],
  ])(
    'at %ix%i shows a chart above the fold, without horizontal overflow (screenshot saved)',
    async (width, height) => {
      const { page } = await openAtlas('study=1', { width, height });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const chart = await boxOf(page.locator('svg[data-figure="share-by-state"]'));
      // The chart's title and its first bars are on the first screen.
      expect(chart.y + 160).toBeLessThanOrEqual(height);
      const firstBar = await boxOf(
        page.locator('svg[data-figure="share-by-state"] rect[data-iso3]').first(),
      );
      expect(firstBar.y + firstBar.height).toBeLessThanOrEqual(height);
      const mapBox = await boxOf(page.locator('svg[data-figure="osce-map"]'));
      expect(mapBox.width).toBeLessThanOrEqual(width);
      // No value label is clipped by the chart's edge.
      const clipped = await page.evaluate(() => {
        const svg = document.querySelector('svg[data-figure="share-by-state"]');
        const right = svg?.getBoundingClientRect().right ?? 0;
        return [...(svg?.querySelectorAll('text') ?? [])]
          .filter((t) => t.getBoundingClientRect().right > right + 1)
          .map((t) => t.textContent);
      });
      expect(clipped).toEqual([]);
      await page.screenshot({
        path: resolve(import.meta.dirname, `screenshots/atlas-${width}x${height}.png`),
      });
      await page.close();
    },
  );

  it('on a phone, folds the filters behind one button that says what is set', async () => {
    const { page } = await openAtlas('stage=prosecuted', { width: 390, height: 844 });
    const toggle = page.locator('[data-testid="filters-toggle"]');
    expect(await toggle.textContent()).toContain('Prosecuted');
    expect(await page.locator('[data-testid="stage"]').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('[data-testid="stage"]').isVisible()).toBe(true);
    await page.close();
  });

  it('shows a busy indicator while the views wait for the engine', async () => {
    const page = await atlas.browser.newPage({ serviceWorkers: 'block' });
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${atlas.server.url}?stage=prosecuted&year=2019`);
    await page.waitForSelector('[data-testid="busy"]', { timeout: 90000 });
    expect(await page.getAttribute('main', 'data-busy')).toBe('true');
    release();
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });
    await expect
      .poll(() => page.locator('[data-testid="busy"]').count(), { timeout: 90000 })
      .toBe(0);
    await page.close();
  });

  it('has skip links to the map and to the filters', async () => {
    const { page } = await openAtlas();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#view-states',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#filters',
    );
    await page.close();
  });
});

describe('the OSCE map in Chromium', () => {
  it('is one Tab stop; arrows move in name order, Home and End, typing jumps; Enter selects', async () => {
    const { page } = await openAtlas('stage=formal_contact&year=2020');
    await showMap(page);
    const states = await map(page)
      .locator('[data-iso3]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-iso3'),
          e.getAttribute('tabindex'),
          e.getAttribute('data-name'),
        ]),
      );
    expect(states).toHaveLength(58);
    expect(states.filter(([, tab]) => tab === '0')).toHaveLength(1);
    const names = states.map(([, , name]) => name ?? '').sort((a, b) => a.localeCompare(b, 'en'));
    await map(page).locator('[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-name'))).toBe(
      names[0],
    );
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-name'))).toBe(
      names[1],
    );
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-name'))).toBe(
      names[names.length - 1],
    );
    await page.keyboard.type('belg');
    expect(await focusedIso3(page)).toBe('BEL');
    // The tooltip follows the focus and links to the profile.
    await expect.poll(() => page.locator('.map .tooltip strong').textContent()).toBe('Belgium');
    expect(
      await page.locator('.map .tooltip a[data-profile-link="BEL"]').getAttribute('href'),
    ).toMatch(/\/profile\/BEL\/(\?|$)/);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('BEL');
    await expect
      .poll(() => map(page).locator('[data-iso3="BEL"]').getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => focusedIso3(page)).toBe('BEL');
    // Leaving and coming back by Tab lands on the last State, not on the first of 58 stops.
    await page.keyboard.press('Tab');
    expect(await focusedIso3(page)).not.toBe('BEL');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedIso3(page)).toBe('BEL');
    await page.close();
  });

  it('lets a user hover and click every micro-state through a hit target of at least 24 px', async () => {
    const { page } = await openAtlas('stage=formal_contact&year=2018');
    await showMap(page);
    for (const iso3 of ['AND', 'VAT', 'LIE', 'MLT', 'MCO', 'SMR']) {
      const target = map(page).locator(`[data-iso3="${iso3}"] circle.hit-target`);
      await waitForLive(page);
      await target.waitFor();
      // The map may redraw between finding a symbol and using it: measure, hover and click
      // again until the page shows the result, never more than needed.
      await expect
        .poll(async () => (await target.boundingBox())?.width ?? 0, { message: iso3 })
        .toBeGreaterThanOrEqual(24);
      const name = await map(page).locator(`[data-iso3="${iso3}"]`).getAttribute('data-name');
      await expect
        .poll(async () => {
          await target.hover();
          return page.locator('.map .tooltip strong').textContent();
        })
        .toBe(name);
      const selected = () =>
        new URL(page.url()).searchParams.get('state')?.split(',').includes(iso3) ?? false;
      for (let attempt = 0; attempt < 4 && !selected(); attempt++) {
        await target.click();
        await expect
          .poll(selected, { timeout: 20000 })
          .toBe(true)
          .catch(() => undefined);
      }
      expect(selected(), iso3).toBe(true);
    }
    // The Holy See's symbol does not cover Kosovo (measured once the map holds still).
    const overlapOf = async () => {
      const vat = await map(page).locator('[data-iso3="VAT"] circle.hit-target').boundingBox();
      const kosovo = await map(page).locator('[data-iso3="XKX"] path').first().boundingBox();
      if (!vat || !kosovo) return null;
      return !(
        vat.x + vat.width < kosovo.x ||
        kosovo.x + kosovo.width < vat.x ||
        vat.y + vat.height < kosovo.y ||
        kosovo.y + kosovo.height < vat.y
      );
    };
    let overlap: boolean | null = null;
    await expect.poll(async () => (overlap = await overlapOf())).not.toBeNull();
    expect(overlap).toBe(false);
    await page.close();
  });

  it('is large enough to read: Ukraine is at least 100 px wide at 1440 px', async () => {
    const { page } = await openAtlas('', { width: 1440, height: 900 });
    await showMap(page);
    const ukraine = await boxOf(map(page).locator('[data-iso3="UKR"] path').first());
    expect(ukraine.width).toBeGreaterThanOrEqual(100);
    await page.close();
  });

  it('highlights a clicked State in the chart and outlines the study States on demand', async () => {
    const { page } = await openAtlas();
    await showMap(page);
    await map(page).locator('[data-iso3="AUT"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('AUT');
    await expect
      .poll(() =>
        page.locator('[data-figure="share-by-state"] rect[data-iso3="AUT"]').getAttribute('stroke'),
      )
      .toBe('#b35806');
    expect(await page.locator('[data-layer="study-outline"] path').count()).toBe(0);
    await page.locator('[data-testid="outline-study"]').check();
    await expect
      .poll(() => map(page).locator('[data-layer="study-outline"] path').count())
      .toBeGreaterThanOrEqual(14);
    expect(new URL(page.url()).searchParams.get('study')).toBe('1');
    await page.close();
  });

  it('draws States outside a chosen region apart from missing data', async () => {
    const { page } = await openAtlas('region=central_asia');
    await showMap(page);
    await expect
      .poll(() => map(page).locator('[data-iso3="DEU"]').getAttribute('data-outside'))
      .toBe('true');
    const text = await page.locator('[data-figure="share-by-state"]').textContent();
    expect(text).not.toContain('of the 57 participating States');
    await page.close();
  });
});
