import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { columnNames } from '../../src/lib/vocabulary/contract';
import { LANGS } from '../../src/lib/model/filters';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, openTools, waitForLive } from '../support/atlas-page';
import { axeViolations } from '../support/axe';

const atlas = useBuiltAtlas();

/** A small valid file for the user-data preview: two rows for Albania. */
const USER_CSV = (() => {
  const row = (id: string, sex: string, value: string) =>
    [id, 'USER_DATA', 'ALB', '2020', '2020', '', 'offenders', 'human_trafficking', 'all', 'all']
      .concat(['all', 'convicted', sex, 'count', value, '', '', 'exact', 'persons', '', ''])
      .join(',');
  return `${columnNames('observations').join(',')}\n${row('U1', 'female', '3')}\n${row('U2', 'male', '9')}\n`;
})();

/** Waits until nothing on the page is loading or pending. */
async function settled(page: Page) {
  await waitForLive(page);
  await page.waitForFunction(() => document.querySelector('[data-pending]') === null, null, {
    timeout: 90000,
  });
}

/**
 * Every page state a user reaches, visited in sequence on one page: each yields its name once the
 * page shows it.
 */
async function* pageStates(page: Page, base: string, lang: string): AsyncGenerator<string> {
  await settled(page);
  await page.locator('[data-testid="points"] ol.chosen > li').first().waitFor({ timeout: 90000 });
  yield 'default, talking points open';

  const tables = page.locator('section.view > details');
  for (let i = 0; i < (await tables.count()); i++) await tables.nth(i).locator('> summary').click();
  await expect
    .poll(() => page.locator('section.view > details table').count())
    .toBe(await tables.count());
  yield 'every view’s table open';
  // Closed again: the later states are checked without thousands of table cells.
  for (let i = 0; i < (await tables.count()); i++) await tables.nth(i).locator('> summary').click();
  await expect.poll(() => page.locator('section.view > details table').count()).toBe(0);

  await page.evaluate(() => (location.hash = '#method'));
  await page.locator('[data-testid="method"]').waitFor();
  yield 'Method page';
  await page.evaluate(() => history.back());
  await page.locator('[data-testid="method"]').waitFor({ state: 'detached' });

  await openTools(page);
  await page.locator('[data-testid="user-data"] > summary').click();
  await page.setInputFiles('[data-testid="user-files"]', {
    name: 'mine.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(USER_CSV, 'utf8'),
  });
  await page.locator('[data-testid="user-preview"]').waitFor({ timeout: 90000 });
  await page.locator('[data-testid="user-valid"]').waitFor({ timeout: 90000 });
  yield 'user-data panel with a preview';

  await page.locator('[data-testid="deck-add"]').click();
  await page.locator('[data-testid="deck-present"]').click();
  await page.locator('[data-testid="presentation"] svg').first().waitFor({ timeout: 90000 });
  yield 'presentation mode';
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="presentation"]').waitFor({ state: 'detached' });

  await page.goto(`${base}?lang=${lang}&profile=BEL`);
  for (const iso3 of ['BEL', 'XKX', 'VAT']) {
    if (iso3 !== 'BEL') await page.selectOption('[data-testid="profile-picker"]', iso3);
    await page.locator(`[data-profile="${iso3}"]`).waitFor({ timeout: 90000 });
    await settled(page);
    yield `profile of ${iso3}`;
  }
}

describe('accessibility (axe-core, every rule and impact) in every page state', () => {
  it.each(LANGS)(
    '%s: no violation',
    async (lang) => {
      const { page, errors } = await openAtlas(atlas.browser, atlas.server.url, `lang=${lang}`);
      const found: Record<string, string[]> = {};
      for await (const state of pageStates(page, atlas.server.url, lang)) {
        const violations = await axeViolations(page);
        if (violations.length) found[state] = violations;
      }
      await page.close();
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    },
    300000,
  );
});
