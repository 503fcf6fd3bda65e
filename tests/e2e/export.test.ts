import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { launchChromium } from '../support/browser';
import { externalReferences } from '../../src/lib/export/standalone-svg';

const ROOT = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let browser: Browser;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await serveDirectory(resolve(ROOT, 'dist'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  query: string,
  viewport = { width: 1280, height: 900 },
  deviceScaleFactor = 1,
): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor });
  const page = await context.newPage();
  await page.goto(`${server.url}?${query}`);
  await page.waitForSelector('main[data-results-source="live"]', { timeout: 60000 });
  return page;
}

async function download(page: Page, selector: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

const pngSize = (path: string) => {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
};

describe('export through the UI', () => {
  it('downloads a standalone SVG that parses, has title, source, legend, no external reference, and renders in rsvg-convert', async () => {
    const page = await open('stage=convicted');
    const svg = await download(page, '#view-states [data-export="svg"] >> nth=1');
    expect(svg.name).toBe('map.svg');
    const markup = readFileSync(svg.path, 'utf8');
    expect(externalReferences(markup)).toEqual([]);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        title: doc.querySelector('title')?.textContent ?? '',
        legend: doc.querySelector('#map-legend') !== null,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        width: doc.documentElement.getAttribute('width'),
        height: doc.documentElement.getAttribute('height'),
      };
    }, markup);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toContain("Women's share");
    expect(parsed.legend).toBe(true);
    expect(parsed.text).toContain('Source: United Nations Office on Drugs and Crime');
    expect(parsed.text).toContain('Security Council Resolution 1244');
    const png = join(mkdtempSync(join(tmpdir(), 'atlas-rsvg-')), 'map.png');
    execFileSync('rsvg-convert', ['-o', png, svg.path]);
    const size = pngSize(png);
    expect([size.width, size.height]).toEqual([Number(parsed.width), Number(parsed.height)]);
    expect(size.bytes).toBeGreaterThan(20000);
    await page.context().close();
  });

  it('downloads PNG at 2x and CSV with a BOM and source columns', async () => {
    const page = await open('stage=convicted');
    const png = await download(page, '#view-regions [data-export="png2"]');
    const svg = await download(page, '#view-regions [data-export="svg"]');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(readFileSync(svg.path, 'utf8'))?.[1]);
    expect(pngSize(png.path).width).toBe(width * 2);
    const csv = readFileSync(
      (await download(page, '#view-regions [data-export="csv"]')).path,
      'utf8',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('source_publisher');
    expect(csv).toContain('United Nations Office on Drugs and Crime (UNODC)');
    await page.context().close();
  });

  it('gives the same SVG from the UI and from npm run figures for the same state', async () => {
    // Plot nudges strokes by half a pixel on standard-DPI screens only; Node renders like a HiDPI screen.
    const page = await open('stage=prosecuted&state=BEL,SWE', { width: 1280, height: 900 }, 2);
    await page.locator('details.settings summary').click();
    await page.selectOption('[data-testid="preset"]', 'slide');
    await page.fill('[data-testid="public-base"]', 'https://example.org/atlas/');
    await page.locator('[data-testid="public-base"]').dispatchEvent('change');
    const ui = readFileSync(
      (await download(page, '#view-regions [data-export="svg"]')).path,
      'utf8',
    );
    const out = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(ROOT, 'data/scripts/figures.ts'),
        '--out',
        out,
        '--preset',
        'slide',
        '--state',
        'stage=prosecuted&state=BEL,SWE',
        '--date',
        today(),
        '--base',
        'https://example.org/atlas/',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const cli = readFileSync(join(out, 'regions.svg'), 'utf8');
    writeFileSync(join(out, 'ui-regions.svg'), ui);
    expect(ui).toBe(cli);
    await page.context().close();
  });

  it.each(['slide', 'a4', 'square'] as const)(
    'keeps text inside the frame and apart at the %s preset, in English and French',
    async (preset) => {
      const out = mkdtempSync(join(tmpdir(), `atlas-fit-${preset}-`));
      const problems: string[] = [];
      const page = await browser.newPage();
      for (const lang of ['en', 'fr']) {
        const result = spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            resolve(ROOT, 'data/scripts/figures.ts'),
            '--out',
            join(out, lang),
            '--preset',
            preset,
            '--lang',
            lang,
            '--state',
            'state=BEL,SWE',
          ],
          { cwd: ROOT, encoding: 'utf8' },
        );
        expect(result.status, result.stderr).toBe(0);
        for (const name of [
          'states-chart',
          'map',
          'regions',
          'pipeline',
          'comparison',
          'hierarchy',
          'markets',
          'coverage',
        ]) {
          await page.setContent(
            readFileSync(join(out, lang, `${name}.svg`), 'utf8').replace(/^<\?xml[^>]*>/, ''),
          );
          const found = await page.evaluate(() => {
            const svg = document.querySelector('svg')!;
            const frame = svg.getBoundingClientRect();
            const boxes = [...svg.querySelectorAll('text')]
              .filter((t) => (t.textContent ?? '').trim() !== '')
              .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
            const issues: string[] = [];
            for (const { text, box } of boxes) {
              if (
                box.left < frame.left - 0.5 ||
                box.right > frame.right + 0.5 ||
                box.top < frame.top - 0.5 ||
                box.bottom > frame.bottom + 0.5
              )
                issues.push(`outside: ${text}`);
            }
            for (let i = 0; i < boxes.length; i++) {
              for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i]!.box;
                const b = boxes[j]!.box;
                const overlap =
                  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
                  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
                if (overlap) issues.push(`overlap: "${boxes[i]!.text}" / "${boxes[j]!.text}"`);
              }
            }
            return issues;
          });
          problems.push(...found.map((f) => `${lang} ${name}: ${f}`));
        }
      }
      await page.close();
      expect(problems).toEqual([]);
    },
    120000,
  );
});
