import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, openTools, waitForLive } from '../support/atlas-page';
import { VIEWS } from '../../src/views/registry';
import type { FilterField } from '../../src/lib/model/filters';
import { columnNames } from '../../src/lib/vocabulary/contract';

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

type Bench = { atlasBench: { refreshes(): number } };
const refreshes = (page: Page) =>
  page.evaluate(() => (window as unknown as Bench).atlasBench.refreshes());

/** Observations of a user's file: women and men convicted in two States in one year. */
function userFile(year: number): string {
  const header = columnNames('observations');
  const lines = [header.join(',')];
  for (const [i, [area, sex, value]] of [
    ['ALB', 'female', '3'],
    ['ALB', 'male', '9'],
    ['MKD', 'female', '4'],
    ['MKD', 'male', '6'],
  ].entries()) {
    const cells: Record<string, string> = {
      obs_id: `U${i}`,
      source_id: 'USER_DATA',
      area: area ?? '',
      period_start: String(year),
      period_end: String(year),
      population: 'offenders',
      market: 'human_trafficking',
      hierarchy: 'all',
      role: 'all',
      org_type: 'all',
      stage: 'convicted',
      sex: sex ?? '',
      measure: 'count',
      value: value ?? '',
      qualifier: 'exact',
      unit: 'persons',
    };
    lines.push(header.map((c) => cells[c] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('a change of tables, and a view that fails', () => {
  it('asks the views once after a user’s file is loaded, at the period widened to its years', async () => {
    const { page } = await openAtlas(atlas.browser, atlas.server.url, 'bench=1&year=2020');
    await waitForLive(page);
    await page.waitForFunction(() => 'atlasBench' in window);
    await openTools(page);
    await page.locator('[data-testid="user-data"] summary').click();
    await page.setInputFiles('[data-testid="user-files"]', {
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(userFile(2012), 'utf8'),
    });
    await page.waitForSelector('[data-testid="user-valid"]');
    const before = await refreshes(page);
    await page.locator('[data-testid="user-load"]').click();
    await page.waitForSelector('[data-testid="user-loaded"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2012');
    await expect
      .poll(() =>
        page
          .locator('[data-figure="share-by-state"] [data-obs-id*="U0"]')
          .count()
          .catch(() => 0),
      )
      .toBeGreaterThan(0);
    await waitForLive(page);
    expect(await refreshes(page)).toBe(before + 1);
    await page.close();
  });

  it('shows a failing view’s message in its own section and keeps the others', async () => {
    const page = await atlas.browser.newPage({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The GI-TOC scores table arrives with another table's columns: only the markets view reads it.
    const wrong = readFileSync(resolve(import.meta.dirname, '../../dist/data/regions.parquet'));
    await page.route(/market_scores\.parquet/, (route) =>
      route.fulfill({ body: wrong, contentType: 'application/octet-stream' }),
    );
    await page.goto(`${atlas.server.url}?lang=de`);
    await waitForLive(page);
    await allDrawn(page);
    const failed = page.locator('#view-markets [data-view-failed="markets"]');
    expect(await failed.textContent()).toContain('Diese Ansicht konnte nicht gezeichnet werden');
    expect(await page.locator('#view-markets svg[data-figure]').count()).toBe(0);
    expect(await page.locator('[data-view-failed]').count()).toBe(1);
    expect(await page.getAttribute('main', 'data-status')).toBe('ready');
    const drawn = await page
      .locator('section[data-view]:not(#view-markets)')
      .evaluateAll((sections) =>
        sections.map((s) => s.querySelectorAll('svg[data-figure]').length > 0),
      );
    expect(drawn.length).toBeGreaterThan(4);
    expect(drawn.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
