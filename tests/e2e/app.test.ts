import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { launchChromium } from '../support/browser';

const DIST = resolve(import.meta.dirname, '../../dist');
const require = createRequire(import.meta.url);
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAtlas(
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const outside: string[] = [];
  const errors: string[] = [];
  const origin = new URL(server.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${query ? `?${query}` : ''}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60000 });
  return { page, outside, errors };
}

const chartLabel = (page: Page, iso3: string) =>
  page.locator(`[data-figure="share-by-state"] text[data-iso3="${iso3}"]`);

describe('the built atlas in Chromium', () => {
  it('shows the share for Belgium, formal contact 2020, as in the UNODC file (128 women, 317 men)', async () => {
    const { page, errors } = await openAtlas('stage=formal_contact&year=2020');
    const label = chartLabel(page, 'BEL');
    await expect.poll(() => label.textContent()).toBe('28.8% (128 of 445)');
    expect(await label.getAttribute('data-obs-id')).toBe(
      'GLOTIP-BEL-2020-formal_contact-female GLOTIP-BEL-2020-formal_contact-male',
    );
    expect(
      await page.locator('[data-figure="osce-map"] [data-iso3="BEL"]').getAttribute('aria-label'),
    ).toContain('28.8% (128 of 445)');
    expect(errors).toEqual([]);
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
      .poll(() => page.locator('[data-figure="share-by-state"] title').textContent())
      .toContain('prosecuted, trafficking in persons, 2018');
    const before = await page
      .locator('[data-figure="share-by-state"] text[data-iso3]')
      .allTextContents();
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]');
    expect(await page.inputValue('[data-testid="stage"]')).toBe('prosecuted');
    expect(await page.inputValue('[data-testid="year-from"]')).toBe('2018');
    expect(await page.inputValue('[data-testid="year-to"]')).toBe('2018');
    expect(
      await page.locator('[data-figure="share-by-state"] text[data-iso3]').allTextContents(),
    ).toEqual(before);
    await page.close();
  });

  it('makes no request outside its own origin, with the network cut', async () => {
    const { page, outside } = await openAtlas('lang=fr');
    await page.selectOption('[data-testid="stage"]', 'formal_contact');
    await page.locator('[data-figure="osce-map"] [data-iso3="DEU"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('DEU');
    expect(outside).toEqual([]);
    await page.close();
  });

  it('switches to French, with French number formats, and keeps it in the URL', async () => {
    const { page } = await openAtlas('stage=formal_contact&year=2020');
    await page.selectOption('[data-testid="lang"]', 'fr');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Atlas des femmes dans la criminalité organisée');
    await expect
      .poll(() => chartLabel(page, 'BEL').textContent())
      .toMatch(/^28,8[\u00a0\u202f]% \(128 sur 445\)$/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.close();
  });

  it('selects a State from the map by click and by keyboard, and the chart follows', async () => {
    const { page } = await openAtlas('stage=formal_contact&year=2020');
    await page.locator('[data-figure="osce-map"] [data-iso3="BEL"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('BEL');
    await expect
      .poll(() => page.locator('[data-testid="selection"]').textContent())
      .toContain('Belgium');
    await page.locator('[data-figure="osce-map"] [data-iso3="MCO"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('BEL,MCO');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'))).toBe(
      'MDA',
    );
    await page.locator('[data-chip="BEL"] button').click();
    await page.locator('[data-chip="MCO"] button').click();
    await expect.poll(() => new URL(page.url()).searchParams.has('state')).toBe(false);
    await page.close();
  });

  it('ignores hostile URL parameters with a visible message instead of failing', async () => {
    const { page, errors } = await openAtlas(
      'stage=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&year=99999&state=%27%3B--',
    );
    expect(await page.locator('.warning').textContent()).toContain(
      'were not understood and were ignored',
    );
    expect(await page.inputValue('[data-testid="stage"]')).toBe('convicted');
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const { page } = await openAtlas();
    await page.addScriptTag({
      content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'),
    });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${(v.nodes as { target: string[] }[])
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('shows a message that says what to do when the data cannot load', async () => {
    const page = await browser.newPage();
    await page.route('**/data/observations.parquet', (route) =>
      route.fulfill({ status: 200, body: 'not parquet at all' }),
    );
    await page.goto(server.url);
    await page.waitForSelector('.error', { timeout: 60000 });
    expect(await page.locator('.error').textContent()).toMatch(
      /could not load its data: .*Parquet/,
    );
    await page.close();
  });
});

describe('the OSCE map in Chromium', () => {
  it('has every participating State and Kosovo as a focusable element with data-iso3, reachable by Tab', async () => {
    const { page } = await openAtlas();
    const map = page.locator('[data-figure="osce-map"]');
    const codes = await map
      .locator('[data-iso3]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-iso3'),
          e.getAttribute('tabindex'),
          e.getAttribute('aria-label'),
        ]),
      );
    expect(codes).toHaveLength(58);
    expect(new Set(codes.map((c) => c[0])).size).toBe(58);
    expect(codes.every(([, tab, label]) => tab === '0' && (label ?? '').length > 3)).toBe(true);
    await map.locator('[data-iso3="ALB"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'))).toMatch(
      /^[A-Z]{3}$/,
    );
    await page.close();
  });

  it.each(['AND', 'VAT', 'LIE', 'MLT', 'MCO', 'SMR'])(
    'lets a user hover and click the micro-state %s through a hit target of at least 24 px',
    async (iso3) => {
      const { page } = await openAtlas('stage=formal_contact&year=2018');
      const target = page.locator(
        `[data-figure="osce-map"] [data-iso3="${iso3}"] circle.hit-target`,
      );
      const box = await target.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.height).toBeGreaterThanOrEqual(24);
      await target.hover();
      const name = await page
        .locator(`[data-figure="osce-map"] [data-iso3="${iso3}"]`)
        .getAttribute('aria-label');
      await expect
        .poll(() => page.locator('.map .tooltip strong').textContent())
        .toBe(name?.split(':')[0]);
      await target.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe(iso3);
      await page.close();
    },
  );

  it('filters the chart when a State is clicked, and outlines the study States on demand', async () => {
    const { page } = await openAtlas('stage=formal_contact&year=2018');
    await page.locator('[data-figure="osce-map"] [data-iso3="DEU"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('DEU');
    await expect
      .poll(() =>
        page
          .locator('[data-figure="share-by-state"] g[aria-label="bar"] rect[fill="#b35806"]')
          .count(),
      )
      .toBe(1);
    expect(await page.locator('[data-layer="study-outline"] path').count()).toBe(0);
    await page.locator('[data-testid="outline-study"]').check();
    await expect
      .poll(() =>
        page.locator('[data-figure="osce-map"] [data-layer="study-outline"] path').count(),
      )
      .toBeGreaterThanOrEqual(14);
    expect(new URL(page.url()).searchParams.get('study')).toBe('1');
    await page.close();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('renders at %ix%i without horizontal overflow (screenshot saved)', async (width, height) => {
    const { page } = await openAtlas('study=1', { width, height });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const mapBox = await page.locator('svg[data-figure="osce-map"]').boundingBox();
    expect(mapBox!.width).toBeLessThanOrEqual(width);
    await page.screenshot({
      path: resolve(import.meta.dirname, `screenshots/atlas-${width}x${height}.png`),
      fullPage: false,
    });
    await page.close();
  });
});
