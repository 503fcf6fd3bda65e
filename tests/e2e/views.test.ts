import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';

const atlas = useBuiltAtlas();

async function open(query = ''): Promise<Page> {
  const page = await atlas.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${atlas.server.url}${query ? `?${query}` : ''}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60000 });
  await allDrawn(page);
  return page;
}

/** Figures off screen draw when the browser is idle: wait until none is pending. */
const allDrawn = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-pending]') === null, null, {
    timeout: 60000,
  });

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the analytical views in Chromium', () => {
  it('links the views: a subregion, a market and a State clicked in one view filter the others', async () => {
    const page = await open();
    await page.locator('#view-regions [data-group="central_asia"]').first().click();
    await expect.poll(() => param(page, 'region')).toBe('central_asia');
    await expect
      .poll(async () => {
        const states = await page
          .locator('[data-figure="share-by-state"] text[data-iso3]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')));
        return (
          states.length > 0 &&
          states.every((iso3) => ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].includes(iso3 ?? ''))
        );
      })
      .toBe(true);
    await page.locator('#view-markets [data-market="organized_crime_all"]').click();
    await expect.poll(() => param(page, 'market')).toBe('organized_crime_all');
    await expect.poll(() => page.locator('.notice').count()).toBe(1);
    await page.locator('[data-testid="reset"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.locator('#view-coverage [data-iso3="SWE"]').first().click();
    await expect.poll(() => param(page, 'state')).toBe('SWE');
    await expect
      .poll(() => page.locator('[data-figure="pipeline"] title').first().textContent())
      .toContain('Sweden');
    await page.close();
  });

  it('resolves every data-obs-id in view to a source in the sources panel', async () => {
    const page = await open('state=BEL,SWE');
    const result = await page.evaluate(() => {
      const panel = document.querySelector('#sources');
      const listed = new Set(
        [...document.querySelectorAll('#sources [data-obs-ids]')].flatMap((e) =>
          (e.getAttribute('data-obs-ids') ?? '').split(' '),
        ),
      );
      const shown = [...document.querySelectorAll('[data-obs-id]')]
        .filter((e) => !panel?.contains(e))
        .flatMap((e) => (e.getAttribute('data-obs-id') ?? '').split(' '))
        .filter(Boolean);
      const keyFindings = new Set(
        [...document.querySelectorAll('#key-findings [data-obs-id]')].map((e) =>
          e.getAttribute('data-obs-id'),
        ),
      );
      return {
        shown: shown.length,
        missing: [...new Set(shown.filter((id) => !listed.has(id) && !keyFindings.has(id)))],
      };
    });
    expect(result.shown).toBeGreaterThan(50);
    expect(result.missing).toEqual([]);
    const cards = await page
      .locator('#key-findings .card')
      .evaluateAll((els) => els.map((e) => e.querySelector('.source a')?.getAttribute('href')));
    expect(cards.length).toBeGreaterThanOrEqual(6);
    for (const href of cards) expect(await page.locator(href ?? '#none').count()).toBe(1);
    expect(await page.locator('#key-findings [data-obs-id="PRESS-UPTO40-MEMBERS"]').count()).toBe(
      0,
    );
    await page.close();
  });

  it('never draws a range or a bound as a point', async () => {
    const page = await open();
    const marks = await page
      .locator('[data-qualifier="range"], [data-qualifier="at_most"], [data-qualifier="at_least"]')
      .evaluateAll((els) =>
        els.map((e) => ({
          mark: e.getAttribute('data-mark'),
          points: e.querySelectorAll('circle').length,
        })),
      );
    expect(marks.length).toBeGreaterThanOrEqual(4);
    expect(
      marks.every((m) => (m.mark === 'interval' || m.mark === 'bound') && m.points === 0),
    ).toBe(true);
    await page.close();
  });

  it('changes every summary with the filters, and counts the observations in view', async () => {
    const page = await open('year=2019');
    const summaries = () =>
      page
        .locator('[data-view-summary]')
        .evaluateAll((els) =>
          Object.fromEntries(els.map((e) => [e.getAttribute('data-view-summary'), e.textContent])),
        );
    const count = () => page.locator('[data-testid="observation-count"]').textContent();
    const before = await summaries();
    const countBefore = await count();
    await page.selectOption('[data-testid="stage"]', 'formal_contact');
    await expect
      .poll(async () => (await summaries())['view-states'])
      .not.toBe(before['view-states']);
    await allDrawn(page);
    const after = await summaries();
    expect(after['view-regions']).not.toBe(before['view-regions']);
    expect(after['view-coverage']).toBe(before['view-coverage']);
    expect(await count()).not.toBe(countBefore);
    expect(await page.locator('svg[data-figure="regions"] desc').textContent()).toBe(
      after['view-regions'],
    );
    await page.close();
  });

  it('answers: which of the 14 study States publish figures by sex at each stage', async () => {
    const page = await open('year=2019');
    const study = await page
      .locator('#view-coverage svg text[font-weight="700"][data-iso3]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-iso3')));
    expect(study).toHaveLength(14);
    expect(
      await page
        .locator('#view-coverage rect[data-iso3="GBR"][data-stage="convicted"]')
        .first()
        .getAttribute('data-status'),
    ).toBe('total_only');
    expect(
      await page
        .locator('#view-coverage rect[data-iso3="BEL"][data-stage="convicted"][data-year="2019"]')
        .getAttribute('data-status'),
    ).toBe('sex_disaggregated');
    await page.close();
  });

  it('shows the method in French and empty results with a suggestion', async () => {
    const page = await open('lang=fr&market=arms_trafficking#method');
    expect(await page.locator('[data-testid="method"] h2').textContent()).toBe(
      "Comment l'atlas calcule et présente ses chiffres",
    );
    expect(await page.locator('.notice').textContent()).toContain('traite des personnes');
    expect(await page.locator('#view-regions svg').textContent()).toContain(
      'Aucun chiffre ne correspond à ces filtres',
    );
    await page.close();
  });
});
