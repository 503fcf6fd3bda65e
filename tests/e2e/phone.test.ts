import { describe, expect, it } from 'vitest';
import { useBuiltAtlas } from '../support/atlas-browser';
import { openAtlas, waitForLive } from '../support/atlas-page';
import { textFitIssues } from '../support/text-fit';
import { LANGS } from '../../src/lib/model/filters';

const atlas = useBuiltAtlas();
const PHONE = { width: 390, height: 844 };
describe('every view on a 390x844 phone', () => {
  it.each(LANGS)(
    'keeps every figure’s text inside the screen and apart: %s',
    async (lang) => {
      const { page } = await openAtlas(atlas.browser, atlas.server.url, `lang=${lang}`, {
        viewport: PHONE,
      });
      await waitForLive(page);
      // Figures below the fold are drawn when they come near or when the browser is idle.
      for (const block of await page.locator('[data-figure-block]').all())
        await block.scrollIntoViewIfNeeded();
      await page.waitForFunction(
        () => document.querySelector('[data-pending="true"]') === null,
        null,
        {
          timeout: 90000,
        },
      );
      const selector = 'main svg[data-figure]';
      expect(await page.locator(selector).count()).toBeGreaterThanOrEqual(6);
      expect(await page.locator('main svg[data-figure="markets"]').count()).toBe(1);
      const issues = await page.evaluate(textFitIssues, { selector, edge: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      // The micro-states keep apart and named: each symbol with its name, none over another.
      const micro = await page.evaluate(() =>
        ['AND', 'VAT', 'LIE', 'MLT', 'MCO', 'SMR'].map((iso3) => {
          const group = document.querySelector(`svg[data-figure="osce-map"] [data-iso3="${iso3}"]`);
          const circle = group?.querySelector('circle[r="6"]')?.getBoundingClientRect();
          return {
            iso3,
            named: group?.querySelector('text')?.textContent === group?.getAttribute('data-name'),
            x: circle?.x ?? 0,
            y: circle?.y ?? 0,
          };
        }),
      );
      await page.close();
      expect(micro.filter((m) => !m.named).map((m) => m.iso3)).toEqual([]);
      for (const a of micro)
        for (const b of micro)
          if (a.iso3 < b.iso3)
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.iso3} and ${b.iso3}`).toBeGreaterThan(24);
      expect(issues).toEqual([]);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    },
    240000,
  );
});
