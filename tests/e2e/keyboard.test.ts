import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, waitForLive } from '../support/atlas-page';

const atlas = useBuiltAtlas();

interface FocusStop {
  /** The focused element: tag, test id or export format, and its text. */
  name: string;
  /** An outline, a box-shadow or (a State on the map) a thicker stroke shows where the focus is. */
  shown: boolean;
}

/** What has the keyboard focus, and whether the page shows it. */
const focusStop = (page: Page): Promise<FocusStop> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: 'body', shown: false };
    const name = [
      element.tagName.toLowerCase(),
      element.getAttribute('data-testid') ??
        element.getAttribute('data-export') ??
        element.getAttribute('data-iso3') ??
        '',
      (element.textContent ?? '').trim().slice(0, 40),
    ].join(' ');
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.right < 0 || box.bottom < 0)
      return { name, shown: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    let stroke = false;
    if (element instanceof SVGElement) {
      const widthOf = (e: Element | null) => {
        const shape = e?.querySelector('path, circle:not(.hit-target)');
        return shape ? parseFloat(getComputedStyle(shape).strokeWidth) : 0;
      };
      const other = [...(element.parentElement?.children ?? [])].find(
        (e) => e !== element && e.hasAttribute('data-iso3'),
      );
      stroke = widthOf(element) > widthOf(other ?? null);
    }
    return { name, shown: outline || shadow || stroke };
  });

/** A keyboard-only walk: every stop is recorded, and a stop without visible focus is a finding. */
class Walk {
  readonly hidden: string[] = [];
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<FocusStop> {
    await this.page.keyboard.press(key);
    const stop = await focusStop(this.page);
    if (!stop.shown) this.hidden.push(`${key} → ${stop.name}`);
    return stop;
  }

  /** A key that leaves the page (a link followed): no focus to look at until the next page is in. */
  async leave(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Tab (or Shift+Tab) until the focus is on `selector`; fails on a trap or after `max` stops. */
  async tabTo(selector: string, { back = false, max = 150 } = {}): Promise<void> {
    const seen: string[] = [];
    let repeated = 0;
    for (let i = 0; i < max; i++) {
      const stop = await this.press(back ? 'Shift+Tab' : 'Tab');
      repeated = stop.name === seen.at(-1) ? repeated + 1 : 0;
      if (repeated >= 2) throw new Error(`focus trapped on ${stop.name}`);
      seen.push(stop.name);
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
        return;
    }
    throw new Error(`${selector} not reached in ${max} stops: ${seen.join(' | ')}`);
  }

  isOn = (selector: string) =>
    this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

async function settled(page: Page) {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
  await waitForLive(page);
}

describe('a keyboard-only walk through the atlas', () => {
  it('changes a filter, opens a table, visits a State profile and back, and downloads a figure as SVG, with the focus visible at every stop', async () => {
    const { page, errors } = await openAtlas(atlas.browser, atlas.server.url);
    await settled(page);
    const walk = new Walk(page);

    // The first Tab lands on the skip link, shown on screen.
    expect((await walk.press('Tab')).name).toMatch(/^a .*Skip to the map/);

    // A filter: the justice stage, changed with an arrow key.
    await walk.tabTo('[data-testid="stage"]');
    const stageBefore = await page.inputValue('[data-testid="stage"]');
    const atLast = await page
      .locator('[data-testid="stage"]')
      .evaluate((s: HTMLSelectElement) => s.selectedIndex === s.options.length - 1);
    await walk.press(atLast ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(() => page.inputValue('[data-testid="stage"]')).not.toBe(stageBefore);
    const stage = await page.inputValue('[data-testid="stage"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(stage);
    await settled(page);

    // The first view's table, opened with Enter on its summary.
    await walk.tabTo('#view-states > details > summary');
    await walk.press('Enter');
    await page.locator('#view-states > details table').waitFor();
    expect(await walk.isOn('#view-states > details > summary')).toBe(true);

    // Back up to the map's one Tab stop, then to Belgium with the arrow keys, then its profile link.
    await walk.tabTo('[data-figure="osce-map"] [data-iso3]', { back: true });
    await walk.press('Home');
    for (let i = 0; i < 60 && !(await walk.isOn('[data-iso3="BEL"]')); i++)
      await walk.press('ArrowRight');
    expect(await walk.isOn('[data-iso3="BEL"]')).toBe(true);
    await walk.tabTo('[data-profile-link="BEL"]', { max: 1 });
    await walk.leave('Enter');
    await page.locator('[data-profile="BEL"]').waitFor({ timeout: 90000 });
    await settled(page);

    // On the profile: its own skip link first, then back to the atlas.
    expect((await walk.press('Tab')).name).toMatch(/^a .*Skip to the content/);
    await walk.tabTo('[data-testid="profile-back"]');
    await walk.leave('Enter');
    await page.locator('#view-states').waitFor({ timeout: 90000 });
    await settled(page);
    // Back where the walk left the atlas: the stage picked is still applied.
    expect(await page.inputValue('[data-testid="stage"]')).toBe(stage);

    // An exported figure: the chart as SVG, without a link (no public address is set).
    const downloading = page.waitForEvent('download', { timeout: 90000 });
    await walk.tabTo('[data-export-for="states-chart"] [data-export="svg"]');
    await walk.press('Enter');
    // The question takes the focus; Escape closes it and gives the focus back to the button.
    const svgButton = '[data-export-for="states-chart"] [data-export="svg"]';
    await page.locator('[data-testid="no-public-address"]').waitFor();
    await expect.poll(() => walk.isOn('[data-action="set-address"]')).toBe(true);
    await walk.press('Escape');
    await page.locator('[data-testid="no-public-address"]').waitFor({ state: 'detached' });
    expect(await walk.isOn(svgButton)).toBe(true);
    await walk.press('Enter');
    await walk.tabTo('[data-export-for="states-chart"] [data-action="export-without-link"]', {
      max: 1,
    });
    await walk.press('Enter');
    expect(await walk.isOn(svgButton)).toBe(true);
    const file = await downloading;
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-keys-')), file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const markup = readFileSync(path, 'utf8');
    expect(markup).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(markup).toContain("Women's share");
    // A real reader draws it.
    const png = execFileSync('rsvg-convert', ['--format=png', path]);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    expect(walk.hidden).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300000);
});
