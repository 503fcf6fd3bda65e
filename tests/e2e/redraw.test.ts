import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, waitForLive } from '../support/atlas-page';
import { VIEWS } from '../../src/views/registry';
import type { FilterField } from '../../src/lib/model/filters';

const atlas = useBuiltAtlas();

/** Figures off screen draw when the browser is idle: wait until none is pending. */
const allDrawn = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-pending]') === null, null, {
    timeout: 90000,
  });

/** Remembers every figure's SVG element now on the page. */
const markFigures = (page: Page) =>
  page.evaluate(() => {
    const marked = new WeakSet<Element>(document.querySelectorAll('svg[data-figure]'));
    (window as unknown as { markedFigures: WeakSet<Element> }).markedFigures = marked;
  });

/** For each view section, whether any of its figures is a new SVG element since the mark. */
const redrawnViews = (page: Page) =>
  page.evaluate(() => {
    const marked = (window as unknown as { markedFigures: WeakSet<Element> }).markedFigures;
    return Object.fromEntries(
      [...document.querySelectorAll('section[data-view]')].map((section) => [
        section.getAttribute('data-view'),
        [...section.querySelectorAll('svg[data-figure]')].some((svg) => !marked.has(svg)),
      ]),
    );
  });

/** The atlas page's views, and whether each honours a filter field. */
const honouring = (field: FilterField) =>
  Object.fromEntries(
    VIEWS.filter((v) => v.page === 'atlas').map((v) => [v.name, v.honours.includes(field)]),
  );

describe('a filter change redraws only the views it concerns', () => {
  it('redraws, after a change of hierarchy level, only the views that honour it', async () => {
    const { page } = await openAtlas(atlas.browser, atlas.server.url);
    await waitForLive(page);
    await allDrawn(page);
    await markFigures(page);
    const expected = honouring('hierarchy');
    const concerned = Object.keys(expected).filter((name) => expected[name]);
    expect(concerned.length).toBeGreaterThan(0);
    expect(concerned.length).toBeLessThan(Object.keys(expected).length);

    const level = await page.locator('[data-testid="level"] option').nth(1).getAttribute('value');
    await page.selectOption('[data-testid="level"]', level ?? '');
    // Done when every concerned view has redrawn (off screen: when idle) and nothing is pending.
    await expect
      .poll(async () => {
        const redrawn = await redrawnViews(page);
        return concerned.every((name) => redrawn[name]);
      })
      .toBe(true);
    await waitForLive(page);
    await allDrawn(page);
    expect(await redrawnViews(page)).toEqual(expected);
    await page.close();
  });

  it('keeps the first figures when the live results equal the precomputed ones', async () => {
    const page = await atlas.browser.newPage({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
    });
    // The engine's files wait until the precomputed figures are marked: the order is set here,
    // not by how fast this machine happens to be.
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(atlas.server.url);
    await page.waitForSelector('main[data-results-source="precomputed"]', { timeout: 90000 });
    await allDrawn(page);
    await markFigures(page);
    const views = Object.keys(honouring('stage'));
    expect(Object.keys(await redrawnViews(page)).sort()).toEqual([...views].sort());
    release();
    await waitForLive(page);
    await allDrawn(page);
    expect(await redrawnViews(page)).toEqual(Object.fromEntries(views.map((v) => [v, false])));
    await page.close();
  });
});
