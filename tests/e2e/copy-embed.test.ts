import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { waitForLive, watchCsp } from '../support/atlas-page';
import { controlled } from '../support/service-worker';
import { serveDirectory, type StaticServer } from '../support/static-server';

const atlas = useBuiltAtlas();
const SHOTS = process.env.ATLAS_SHOTS ?? mkdtempSync(join(tmpdir(), 'atlas-copy-'));
const PUBLIC = 'https://atlas.example.org/atlas/';

async function open(
  query: string,
  options: { clipboard?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ page: Page; csp: string[] }> {
  const context = await atlas.browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  if (options.clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(atlas.server.url).origin,
    });
  const page = await context.newPage();
  const csp = await watchCsp(page);
  await page.goto(`${atlas.server.url}?${query}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
  await waitForLive(page);
  return { page, csp };
}

async function download(page: Page, selector: string): Promise<string> {
  const waiting = page.waitForEvent('download', { timeout: 90000 });
  await page.locator(selector).click();
  const ask = page.locator(`${selector.split(' ')[0]} [data-testid="no-public-address"]`);
  await ask.waitFor();
  await ask.locator('[data-action="export-without-link"]').click();
  const file = await waiting;
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const svgSize = (markup: string) => {
  const open = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  return {
    width: Number(/\swidth="(\d+)"/.exec(open)?.[1]),
    height: Number(/\sheight="(\d+)"/.exec(open)?.[1]),
  };
};

describe('Copy figure', () => {
  for (const [lang, said] of [
    ['en', 'Figure copied as an image'],
    ['ru', 'Рисунок скопирован как изображение'],
  ] as const)
    it(`puts the figure on the clipboard as a PNG with its summary as text (${lang})`, async () => {
      const { page, csp } = await open(`stage=convicted&lang=${lang}`, { clipboard: true });
      const bar = '[data-export-for="states-chart"]';
      await page.bringToFront();
      await page.locator(`${bar} [data-export="copy"]`).click();
      await expect.poll(() => page.locator(`${bar} .status`).textContent()).toContain(said);
      const read = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return null;
        const png = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
        const text = await (await item.getType('text/plain')).text();
        return { types: item.types, png: Array.from(png), text };
      });
      expect(read).not.toBeNull();
      expect(read?.types).toEqual(expect.arrayContaining(['image/png', 'text/plain']));
      const bytes = Buffer.from(read?.png ?? []);
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      writeFileSync(join(SHOTS, `copied-states-chart-${lang}.png`), bytes);
      // The same page as the SVG export (without link), at 2x.
      const svg = svgSize(readFileSync(await download(page, `${bar} [data-export="svg"]`), 'utf8'));
      expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
        width: svg.width * 2,
        height: svg.height * 2,
      });
      expect(read?.text).toBe(
        await page.locator('[data-view-summary="view-states"]').textContent(),
      );
      expect(read?.text.length).toBeGreaterThan(40);
      expect(csp).toEqual([]);
      await page.context().close();
    });

  it('downloads the PNG and says so where the browser has no image clipboard', async () => {
    const { page } = await open('stage=convicted');
    await page.evaluate(() => {
      // As in a browser without ClipboardItem (Firefox ESR before 127).
      (window as unknown as { ClipboardItem?: unknown }).ClipboardItem = undefined;
    });
    const waiting = page.waitForEvent('download', { timeout: 90000 });
    await page.locator('[data-export-for="states-chart"] [data-export="copy"]').click();
    expect((await waiting).suggestedFilename()).toMatch(/states-chart.*@2x\.png$/);
    await expect
      .poll(() => page.locator('[data-export-for="states-chart"] .status').textContent())
      .toBe(
        'This browser cannot put an image on the clipboard, so the PNG was downloaded instead.',
      );
    await page.context().close();
  });
});

describe('PNG exports in the atlas’s font', () => {
  it('draw their text in the embedded Noto Sans, not the system’s fallback', async () => {
    // The proof rests on this machine having no Noto Sans of its own: an SVG in an <img>
    // without the embedded font then falls back to another font.
    expect(execFileSync('fc-match', ['Noto Sans'], { encoding: 'utf8' })).not.toMatch(/^Noto/);
    const { page, csp } = await open('stage=convicted&lang=ru');
    const bar = '[data-export-for="states-chart"]';
    const png = readFileSync(await download(page, `${bar} [data-export="png2"]`));
    const svg = readFileSync(await download(page, `${bar} [data-export="svg"]`), 'utf8');
    expect(svg).not.toContain('@font-face');
    const compared = await page.evaluate(
      async ({ png, svg }) => {
        const pixels = async (url: string, width: number, height: number) => {
          const image = new Image();
          await new Promise((done, fail) => {
            image.onload = done;
            image.onerror = fail;
            image.src = url;
          });
          const canvas = document.createElement('canvas');
          canvas.width = width;
          canvas.height = height;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no canvas');
          context.fillStyle = '#ffffff';
          context.fillRect(0, 0, width, height);
          context.drawImage(image, 0, 0, width, height);
          return context.getImageData(0, 0, width, height).data;
        };
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const { naturalWidth: width, naturalHeight: height } = image;
        const withFont = await pixels(image.src, width, height);
        const blob = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        const withoutFont = await pixels(blob, width, height);
        // The same SVG without the @font-face the export embeds: the system's fallback font.
        let differing = 0;
        for (let i = 0; i < withFont.length; i += 4)
          if (Math.abs((withFont[i] ?? 0) - (withoutFont[i] ?? 0)) > 48) differing++;
        return { width, height, differing };
      },
      { png: png.toString('base64'), svg },
    );
    // The glyphs differ from the fallback's: thousands of pixels of text.
    expect(compared.differing).toBeGreaterThan(2000);
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

describe('A PNG too large for a canvas', () => {
  it('is made at the largest scale that fits, and the bar says so', async () => {
    const { page, csp } = await open('stage=convicted');
    await page.locator('[data-testid="tools"] > summary').click();
    await page.selectOption('[data-testid="preset"]', 'slide');
    const png = readFileSync(await download(page, '[data-export-for="map"] [data-export="png4"]'));
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // 1920 x 1080 at 4x would be 33 megapixels; 2.84x is 16.7.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 5453,
      height: 3067,
    });
    await expect
      .poll(() => page.locator('[data-export-for="map"] .status').textContent())
      .toBe(
        'The PNG was too large for this browser, so it was made at 2.84× (5453 × 3067 px) instead of 4×.',
      );
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

describe('Embed', () => {
  let host: StaticServer;
  let hostDir: string;
  beforeAll(async () => {
    hostDir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
    host = await serveDirectory(hostDir, 0, {
      // A mission's page: its own policy, which lets it frame the atlas and run the listener.
      headers: {
        'content-security-policy': `default-src 'self'; script-src 'unsafe-inline'; frame-src ${new URL(atlas.server.url).origin}`,
      },
    });
  });
  afterAll(() => host.close());

  async function embedCodeOf(page: Page, figure: string): Promise<string> {
    await page.locator('[data-testid="tools"] > summary').click();
    await page.fill('[data-testid="public-base"]', PUBLIC);
    await page.locator('[data-testid="public-base"]').dispatchEvent('change');
    const bar = `[data-export-for="${figure}"]`;
    await page.locator(`${bar} [data-export="embed"]`).click();
    const code = await page.locator(`${bar} [data-testid="embed-code"]`).inputValue();
    expect(code).toContain(`<iframe src="${PUBLIC}embed.html?view=${figure}&amp;`);
    // Re-pointed from the public address to the test's server.
    return code
      .replaceAll(PUBLIC, atlas.server.url)
      .replaceAll(new URL(PUBLIC).origin, new URL(atlas.server.url).origin);
  }

  it('shows the figure on another origin, fits its content, and opens the atlas with the same filters by keyboard', async () => {
    const { page } = await open('stage=prosecuted&state=BEL,SWE&from=2018&lang=ru');
    const code = await embedCodeOf(page, 'regions');
    writeFileSync(
      join(hostDir, 'mission.html'),
      `<!doctype html><html><body><h1>Mission</h1>${code}<p id="after">after</p></body></html>`,
    );
    const context = page.context();
    const mission = await context.newPage();
    const csp = await watchCsp(mission);
    await mission.goto(`${host.url}mission.html`);
    const frame = mission.frameLocator('iframe');
    await frame.locator('main[data-ready="true"]').waitFor({ timeout: 90000 });
    await expect.poll(() => frame.locator('svg').first().getAttribute('lang')).toBe('ru');
    // The frame's inside takes the content's height (not the code's 640 px), whatever that is.
    const content = () =>
      frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const frameHeight = () => mission.locator('iframe').evaluate((f) => f.clientHeight);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await content())))
      .toBeLessThan(2);
    expect(await frameHeight()).not.toBe(640);
    expect(await frame.locator('[data-embed-summary]').textContent()).not.toBe('');
    await mission.screenshot({ path: join(SHOTS, 'embed-ru.png'), fullPage: true });
    // By keyboard: the link opens the atlas with the embed's filters and language.
    const link = frame.locator('[data-testid="open-in-atlas"]');
    expect(await link.textContent()).toBe('Открыть в атласе');
    await link.focus();
    const opening = context.waitForEvent('page');
    await mission.keyboard.press('Enter');
    const opened = await opening;
    await opened.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    const params = new URL(opened.url()).searchParams;
    expect(params.get('state')).toBe('BEL,SWE');
    expect(params.get('stage')).toBe('prosecuted');
    expect(params.get('from')).toBe('2018');
    expect(params.get('lang')).toBe('ru');
    expect(await opened.locator('[data-testid="lang"]').inputValue()).toBe('ru');
    expect(csp).toEqual([]);
    await context.close();
  });

  it('the app itself refuses to be framed', async () => {
    writeFileSync(
      join(hostDir, 'app.html'),
      `<!doctype html><html><body><iframe src="${atlas.server.url}?lang=ru" width="800" height="600"></iframe></body></html>`,
    );
    const context = await atlas.browser.newContext({ serviceWorkers: 'block' });
    const mission = await context.newPage();
    const refused = mission.waitForEvent('console', {
      predicate: (message) => message.text().includes("frame-ancestors 'none'"),
      timeout: 60000,
    });
    await mission.goto(`${host.url}app.html`);
    await refused;
    const framed = mission.frames().find((f) => f !== mission.mainFrame());
    expect(await framed?.locator('#app').count()).toBe(0);
    await context.close();
  });

  it('shows the map as a picture, without the page’s hint to hover or tap (nothing there reacts)', async () => {
    const page = await atlas.browser.newPage();
    await page.goto(`${atlas.server.url}embed.html?view=map&lang=de`);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    const words = await page.locator('main svg').first().textContent();
    expect(words).toContain('Kleinststaaten');
    expect(words).not.toContain('tippen Sie');
    await page.close();
  });

  it('opens from the service worker’s cache with the server gone', async () => {
    const own = await serveDirectory(resolve(import.meta.dirname, '../../dist'));
    const context: BrowserContext = await atlas.browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${own.url}embed.html?view=regions&lang=ru`);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    await controlled(page);
    await own.close();
    await page.reload();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
    expect(await page.locator('main').getAttribute('data-embed')).toBe('regions');
    expect(await page.locator('[data-testid="open-in-atlas"]').textContent()).toBe(
      'Открыть в атласе',
    );
    await context.close();
  });
});
