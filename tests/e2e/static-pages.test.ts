import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { atlasHost } from '../support/atlas-host';
import { controlled } from '../support/service-worker';
import { LANGS } from '../../src/lib/model/filters';
import { staticPagePath } from '../../src/lib/state/page-address';

// The pages the build writes before the app (issue 25 §4): the default view in index.html, a
// page per State and language, link previews with ATLAS_PUBLIC_URL. Run on the built app.
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const AREAS = readFileSync(resolve(ROOT, 'data/countries.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '');

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDirectory(DIST, 0, { mounts: { '/sub/path/': DIST } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withoutScript(path: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return { page, close: () => context.close() };
}

describe('pages that work before the app', () => {
  it('without JavaScript, / shows the States chart as SVG with its title, and says what needs JavaScript', async () => {
    const { page, close } = await withoutScript('');
    const chart = page.locator('#prerender .static-wide svg[data-figure="share-by-state"]');
    await chart.waitFor();
    expect(await chart.locator('title, text').first().textContent()).toMatch(/Women's share/);
    expect(await chart.locator('text[data-iso3]').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="noscript"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="noscript"]').textContent()).toMatch(/JavaScript/);
    expect(await page.title()).toBe('Women in Organized Crime Atlas');
    // The figures below the first screen are files of their own, shown here as images.
    const regions = page.locator('[data-static-figure="regions"] img');
    await regions.scrollIntoViewIfNeeded();
    await expect
      .poll(() => regions.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.locator('[data-static-figure="regions"] .static-room').isVisible()).toBe(
      false,
    );
    // A picture: the map's file does not ask to hover or tap what cannot react.
    const map = await page
      .locator('[data-static-figure="map"] img')
      .evaluate((img: HTMLImageElement) => fetch(img.src).then((r) => r.text()));
    expect(map).toContain('Micro-states are drawn as circles.');
    expect(map).not.toContain('Hover, focus or tap');
    // An <img> cannot reach the page's fonts: the file carries the Noto Sans its text needs.
    const file = await regions.evaluate((img: HTMLImageElement) =>
      fetch(img.src).then((r) => r.text()),
    );
    expect(file).toMatch(
      /@font-face\{font-family:'Noto Sans';[^}]*font-weight:400;src:url\(data:font\/woff2;base64,/,
    );
    expect(file).toMatch(/@font-face\{font-family:'Noto Sans';[^}]*font-weight:700;/);
    await close();
  });

  it('without JavaScript, profile/BEL/ shows Belgium’s summary, figures and sources; fr in French', async () => {
    const { page, close } = await withoutScript('profile/BEL/');
    expect(await page.locator('h1').textContent()).toBe('Belgium');
    expect(await page.locator('[data-testid="static-profile-summary"]').textContent()).toMatch(
      /Belgium/,
    );
    expect(await page.locator('#prerender section[data-static-view] svg').count()).toBeGreaterThan(
      0,
    );
    expect(await page.locator('.static-sources li[data-source-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(7);
    await page.goto(`${server.url}profile/BEL/fr/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Belgique');
    expect(await page.locator('[data-testid="noscript"]').textContent()).toMatch(/nécessitent/);
    await close();
  });

  it('has a page for each of the 58 areas in six languages, each with its title and description', async () => {
    expect(AREAS).toHaveLength(58);
    for (const iso3 of AREAS)
      for (const lang of LANGS) {
        const response = await fetch(`${server.url}${staticPagePath(iso3, lang)}`);
        expect(response.status, `${iso3} ${lang}`).toBe(200);
        const html = await response.text();
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(`data-static-profile="${iso3}"`);
        expect(html).toMatch(/<meta name="description" content="[^"]+"/);
        expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
        // No public address at build: no og:image or og:url.
        expect(html).not.toContain('og:image');
      }
  });

  it('hands over to the app without leaving the static page behind', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(`${server.url}?bench=1`);
    await page.waitForSelector('main[data-ready="true"]');
    await page.waitForFunction(() => document.getElementById('prerender') === null);
    expect(await page.locator('svg[data-figure="share-by-state"]').count()).toBe(1);
    // With JavaScript the app draws the figures below the first screen: their files stay unread.
    expect(fetched.filter((url) => url.includes('/static/'))).toEqual([]);
    await page.goto(`${server.url}profile/BEL/fr/?bench=1`);
    await page.waitForSelector('[data-profile="BEL"]');
    await page.waitForFunction(() => document.getElementById('prerender') === null);
    expect(await page.locator('#profile-heading').textContent()).toBe('Belgique');
    await page.close();
  });

  it('keeps the first chart and a State’s heading where the static page drew them when the app takes over', async () => {
    const cases = [
      {
        path: '',
        before: '#prerender svg[data-figure="share-by-state"]',
        after: 'svg[data-figure="share-by-state"]',
        widths: [1440, 1200, 900],
      },
      {
        path: 'profile/BEL/',
        before: '#static-profile-heading',
        after: '#profile-heading',
        widths: [1440, 390],
      },
    ];
    for (const { path, before, after, widths } of cases)
      for (const width of widths) {
        const tops: number[] = [];
        for (const withApp of [false, true]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          // The static page as a visitor with JavaScript sees it before the app's module arrives.
          if (!withApp) await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
          await page.goto(`${server.url}${path}?bench=1`);
          if (withApp)
            await page.waitForFunction(() => document.getElementById('prerender') === null);
          const target = withApp ? after : before;
          await page.waitForSelector(target);
          await page.evaluate(() => document.fonts.ready);
          tops.push(
            await page.evaluate(
              (selector) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY,
              target,
            ),
          );
          await page.close();
        }
        const shift = Math.abs(tops[1]! - tops[0]!) <= 2 ? 'none' : tops;
        expect({ path, width, shift }).toEqual({ path, width, shift: 'none' });
      }
  });

  it('works under a sub-path: data, links and a State’s page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sub/path/profile/BEL/de/?bench=1`);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 90000 });
    expect(await page.locator('#profile-heading').textContent()).toBe('Belgien');
    expect(await page.locator('[data-testid="profile-back"]').getAttribute('href')).toBe(
      '/sub/path/?lang=de',
    );
    await page.goto(`${server.url}sub/path/?state=BEL&lang=fr&bench=1`);
    await page.waitForSelector('main[data-ready="true"]');
    const link = page.locator('[data-profile-link="BEL"]').first();
    await link.waitFor({ state: 'attached' });
    expect(await link.getAttribute('href')).toBe('/sub/path/profile/BEL/fr/?state=BEL');
    await page.close();
  });
});

describe('State pages offline', () => {
  it('opens a State’s page offline after a first visit, without the other pages in the first download', async () => {
    const host = await atlasHost('static');
    await host.serve(DIST);
    const context = await browser.newContext();
    try {
      const first = await context.newPage();
      await first.goto(`${host.url}profile/BEL/`);
      await controlled(first);
      const keys = await first.evaluate(async () => {
        const all: string[] = [];
        for (const name of await caches.keys())
          for (const r of await (await caches.open(name)).keys()) all.push(r.url);
        return all;
      });
      expect(keys.some((k) => k.endsWith('/profile/BEL/'))).toBe(true);
      expect(keys.some((k) => /\/profile\/(?!BEL\/$)/.test(k))).toBe(false);
      expect(keys.some((k) => k.includes('/previews/'))).toBe(false);
      await host.stop();
      await first.close();
      const page = await context.newPage();
      await page.goto(`${host.url}profile/BEL/`);
      expect(await page.locator('h1').first().textContent()).toBe('Belgium');
      await page.waitForSelector('[data-profile="BEL"]', { timeout: 90000 });
      // A State never visited opens as the app, which reads the State from the address.
      await page.goto(`${host.url}profile/FRA/`);
      await page.waitForSelector('[data-profile="FRA"]', { timeout: 90000 });
      expect(await page.locator('#profile-heading').textContent()).toBe('France');
    } finally {
      await context.close();
      await host.stop();
    }
  }, 240000);
});

describe('link previews with ATLAS_PUBLIC_URL', () => {
  it('writes og:image as a 1200x630 PNG with text, og:url and sitemap.xml with absolute addresses', async () => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-static-'));
    try {
      cpSync(join(DIST, 'index.html'), join(out, 'index.html'));
      symlinkSync(join(DIST, 'data'), join(out, 'data'));
      symlinkSync(join(DIST, 'assets'), join(out, 'assets'));
      execFileSync(
        process.execPath,
        ['--import', 'tsx', 'data/scripts/static-pages.ts', '--out', out, '--areas', 'BEL'],
        { cwd: ROOT, env: { ...process.env, ATLAS_PUBLIC_URL: 'https://atlas.example.org/wioc/' } },
      );
      const html = readFileSync(join(out, 'profile/BEL/fr/index.html'), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(image).toMatch(/^https:\/\/atlas\.example\.org\/wioc\/previews\/.+\.png$/);
      expect(html).toContain(
        '<meta property="og:url" content="https://atlas.example.org/wioc/profile/BEL/fr/"',
      );
      const png = readFileSync(join(out, new URL(image).pathname.replace('/wioc/', '')));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
      expect(sitemap).toContain('<loc>https://atlas.example.org/wioc/profile/BEL/ru/</loc>');
      // The text is drawn: the title band holds dark pixels (a missing font draws nothing).
      const local = await serveDirectory(out);
      const page = await browser.newPage();
      await page.goto(`${local.url}index.html`);
      const dark = await page.evaluate(
        async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = 1200;
          canvas.height = 630;
          const g = canvas.getContext('2d');
          if (!g) return -1;
          g.drawImage(img, 0, 0);
          const { data } = g.getImageData(64, 130, 900, 80);
          let n = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 80) n++;
          return n;
        },
        `${local.url}${new URL(image).pathname.replace('/wioc/', '')}`,
      );
      expect(dark).toBeGreaterThan(2000);
      await page.close();
      await local.close();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('Copy link', () => {
  it('points to the figure (its anchor, the same filters), which opens scrolled to it; without an address it offers files', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}?stage=prosecuted&bench=1`);
    await page.waitForSelector('main[data-ready="true"]');
    const bar = page.locator('[data-export-for="regions"]');
    await bar.locator('[data-export="link"]').click();
    const offer = bar.locator('[data-testid="share-instead"]');
    await offer.waitFor();
    expect(await offer.locator('[data-share-instead]').count()).toBe(2);
    const download = page.waitForEvent('download');
    await offer.locator('[data-share-instead="svg"]').click();
    expect((await download).suggestedFilename()).toMatch(/\.svg$/);
    await page.locator('[data-testid="tools"] > summary').click();
    await page.fill('[data-testid="public-base"]', 'https://atlas.example.org/');
    await page.locator('[data-testid="public-base"]').dispatchEvent('change');
    await bar.locator('[data-export="link"]').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/^https:\/\/atlas\.example\.org\/\?.*stage=prosecuted/);
    expect(link).toMatch(/#figure-regions$/);
    const opened = await context.newPage();
    await opened.goto(link.replace('https://atlas.example.org/?', `${server.url}?bench=1&`));
    await opened.waitForSelector('main[data-ready="true"]');
    await expect
      .poll(() =>
        opened.evaluate(() => {
          const top = document.getElementById('figure-regions')?.getBoundingClientRect().top;
          return top !== undefined && top >= -2 && top < 100;
        }),
      )
      .toBe(true);
    await context.close();
  });
});
