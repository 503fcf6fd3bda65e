import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import { useBuiltAtlas } from '../support/atlas-browser';
import { waitForLive, watchCsp } from '../support/atlas-page';
import { externalReferences } from '../../src/lib/export/standalone-svg';
import { parseCsv, recordsAsObjects } from '../../src/lib/io/csv';
import { englishLines, withoutSourceWords } from '../support/english';

const ROOT = resolve(import.meta.dirname, '../..');
const atlas = useBuiltAtlas();
const today = () => new Date().toISOString().slice(0, 10);

const cspOf = new WeakMap<Page, string[]>();

/** Every view in each language at the slide preset, and a State profile in each language at one more preset (Node checks every figure at every preset). */
const FIT_CASES = [
  ['slide', 'en', 'state=BEL,SWE'],
  ['slide', 'fr', 'state=BEL,SWE'],
  ['slide', 'de', 'state=BEL,SWE'],
  ['slide', 'it', 'state=BEL,SWE'],
  ['slide', 'ru', 'state=BEL,SWE'],
  ['slide', 'es', 'state=BEL,SWE'],
  ['a4', 'en', 'profile=BEL'],
  ['square', 'fr', 'profile=SWE'],
  ['a4', 'de', 'profile=DEU'],
  ['square', 'it', 'profile=ITA'],
  ['a4', 'ru', 'profile=KGZ'],
  ['square', 'es', 'profile=ESP'],
] as const;

/** `npm run figures` with `args`, run in the background into a fresh folder. */
function figuresCli(
  folder: string,
  args: string[],
): Promise<{ out: string; status: number | null; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), folder));
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(ROOT, 'data/scripts/figures.ts'), '--out', out, ...args],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ out, status, stderr }));
  });
}

/** The figure CLI for one preset and language. */
const runFigures = (preset: string, lang: string, state: string) =>
  figuresCli(`atlas-fit-${preset}-${lang}-`, [
    '--preset',
    preset,
    '--lang',
    lang,
    '--state',
    state,
    '--svg-only',
  ]);

/** What the UI exports in 'the same SVG from the UI and from npm run figures'. */
const SAME_STATE = 'stage=prosecuted&state=BEL,SWE';
const PUBLIC_ADDRESS = 'https://example.org/atlas/';
// The CLI starts DuckDB in Node and draws every figure: started when the file loads, beside the
// two lanes below (not ahead of them: their cases wait for their runs), and only the SVG it is
// compared by (not the PNGs too).
const sameSvgCli = figuresCli('atlas-cli-', [
  '--preset',
  'slide',
  '--state',
  SAME_STATE,
  '--date',
  today(),
  '--base',
  PUBLIC_ADDRESS,
  '--formats',
  'svg',
]);

// Started when the file loads, two at a time, so that they run while the first tests click.
const fitRuns = new Map<string, ReturnType<typeof runFigures>>();
for (const lane of [
  FIT_CASES.filter((_, i) => i % 2 === 0),
  FIT_CASES.filter((_, i) => i % 2 === 1),
]) {
  let previous: Promise<unknown> = Promise.resolve();
  for (const [preset, lang, state] of lane) {
    const run = previous.then(() => runFigures(preset, lang, state));
    fitRuns.set(`${preset}-${lang}`, run);
    previous = run;
  }
}

/** Closes the page's context, after checking that nothing broke the Content-Security-Policy. */
async function closeChecked(page: Page) {
  expect(cspOf.get(page), 'Content-Security-Policy violations').toEqual([]);
  await page.context().close();
}

async function open(query: string, deviceScaleFactor = 1): Promise<Page> {
  const context = await atlas.browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    deviceScaleFactor,
  });
  const page = await context.newPage();
  cspOf.set(page, await watchCsp(page));
  await page.goto(`${atlas.server.url}?${query}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 90000 });
  await waitForLive(page);
  return page;
}

async function download(
  page: Page,
  selector: string,
  withoutLink = false,
): Promise<{ name: string; path: string }> {
  const waiting = page.waitForEvent('download', { timeout: 90000 });
  await page.locator(selector).click();
  if (withoutLink) {
    // No public address: the atlas asks first, then exports without a link line.
    const ask = page.locator(`${selector.split(' ')[0]} [data-testid="no-public-address"]`);
    await ask.waitFor();
    await ask.locator('[data-action="export-without-link"]').click();
  }
  const file = await waiting;
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-dl-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function setPublicAddress(page: Page, address: string) {
  await page.locator('[data-testid="tools"] > summary').click();
  await page.fill('[data-testid="public-base"]', address);
  await page.locator('[data-testid="public-base"]').dispatchEvent('change');
}

const pngSize = (path: string) => {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes: bytes.length };
};

const parseSvg = (page: Page, markup: string) =>
  page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      title: doc.querySelector('title')?.textContent ?? '',
      legend: doc.querySelector('#map-legend') !== null,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
      metadata: doc.querySelector('metadata')?.textContent ?? '{}',
      width: doc.documentElement.getAttribute('width'),
      height: doc.documentElement.getAttribute('height'),
    };
  }, markup);

describe('export through the UI', () => {
  it('the map as a standalone SVG: named for its figure, filters, language and date; no link without a public address; renders in rsvg-convert', async () => {
    const page = await open('stage=convicted');
    expect(await page.locator('[data-export-for="map"] .which').textContent()).toContain('Map');
    expect(await page.locator('[data-export-for="states-chart"] .which').textContent()).toContain(
      'chart',
    );
    const svg = await download(page, '[data-export-for="map"] [data-export="svg"]', true);
    expect(svg.name).toBe(`women-share-map_convicted_2017-2021_en_${today()}.svg`);
    const markup = readFileSync(svg.path, 'utf8');
    expect(externalReferences(markup)).toEqual([]);
    const parsed = await parseSvg(page, markup);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toContain("Women's share");
    expect(parsed.legend).toBe(true);
    expect(parsed.text).toContain(
      'Source: United Nations Office on Drugs and Crime (UNODC), Global Report on Trafficking in Persons',
    );
    expect(parsed.text).toContain('Terms: reuse with attribution to UNODC');
    expect(parsed.text).not.toContain('GitHub');
    expect(parsed.text).not.toContain('Permalink');
    expect(parsed.text).toContain('Security Council Resolution 1244');
    const metadata = JSON.parse(parsed.metadata) as {
      permalink: unknown;
      filters: unknown;
      sources: { sourceId: string; provenance: string }[];
    };
    expect(metadata.permalink).toBeNull();
    expect(metadata.filters).toMatchObject({ stage: 'convicted' });
    expect(metadata.sources.find((s) => s.sourceId === 'UNODC_GLOTIP')?.provenance).toContain(
      'GitHub',
    );
    const png = join(mkdtempSync(join(tmpdir(), 'atlas-rsvg-')), 'map.png');
    execFileSync('rsvg-convert', ['-o', png, svg.path]);
    const size = pngSize(png);
    expect([size.width, size.height]).toEqual([Number(parsed.width), Number(parsed.height)]);
    expect(size.bytes).toBeGreaterThan(20000);
    await closeChecked(page);
  });

  it('prints a permalink only once a public address is set', async () => {
    const page = await open('stage=convicted&lang=fr');
    await setPublicAddress(page, 'http://localhost:4173/');
    await page.locator('[data-export-for="regions"] [data-export="svg"]').click();
    await page.locator('[data-export-for="regions"] [data-testid="no-public-address"]').waitFor();
    await page.locator('[data-export-for="regions"] [data-action="set-address"]').click();
    await page.fill('[data-testid="public-base"]', 'https://atlas.example.org/');
    await page.locator('[data-testid="public-base"]').dispatchEvent('change');
    const svg = await download(page, '[data-export-for="regions"] [data-export="svg"]');
    const parsed = await parseSvg(page, readFileSync(svg.path, 'utf8'));
    expect(parsed.text).toContain('Lien permanent\u00a0: https://atlas.example.org/?lang=fr&v=');
    expect(parsed.text).toContain('Citer\u00a0:');
    await closeChecked(page);
  });

  it('downloads PNG at 2x, CSV and CSV for Excel, both read back by the atlas’s reader', async () => {
    const page = await open('stage=convicted&lang=fr');
    const png = await download(page, '[data-export-for="states-chart"] [data-export="png2"]', true);
    const svg = await download(page, '[data-export-for="states-chart"] [data-export="svg"]', true);
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(readFileSync(svg.path, 'utf8'))?.[1]);
    expect(pngSize(png.path).width).toBe(width * 2);
    const csv = await download(page, '[data-export-for="states-chart"] [data-export="csv"]');
    expect(csv.name).toBe(`women-share-states-chart_convicted_2017-2021_fr_${today()}.csv`);
    const text = readFileSync(csv.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = recordsAsObjects(parseCsv(text.slice(1).replace(/\r\n/g, '\n'))).map((r) => r.row);
    const belgium = rows.find((r) => r.iso3 === 'BEL');
    expect(belgium).toMatchObject({ iso3_label: 'Belgique', source_id: 'UNODC_GLOTIP' });
    expect(Number(belgium?.share)).toBeGreaterThan(0);
    expect(Number(belgium?.interval_low)).toBeLessThan(Number(belgium?.share));
    const excel = readFileSync(
      (await download(page, '[data-export-for="states-chart"] [data-export="csv-excel"]')).path,
      'utf8',
    );
    const excelRows = recordsAsObjects(parseCsv(excel.slice(1).replace(/\r\n/g, '\n'), ';')).map(
      (r) => r.row,
    );
    const belgiumExcel = excelRows.find((r) => r.iso3 === 'BEL');
    expect(Number(belgiumExcel?.share?.replace(',', '.'))).toBeCloseTo(Number(belgium?.share), 6);
    await closeChecked(page);
  });

  it('gives the same SVG from the UI and from npm run figures for the same state', async () => {
    // Plot nudges strokes by half a pixel on standard-DPI screens only; Node renders like a HiDPI screen.
    const page = await open(SAME_STATE, 2);
    await setPublicAddress(page, PUBLIC_ADDRESS);
    await page.selectOption('[data-testid="preset"]', 'slide');
    const ui = await download(page, '[data-export-for="regions"] [data-export="svg"]');
    const { out, status, stderr } = await sameSvgCli;
    expect(status, stderr).toBe(0);
    const cli = readFileSync(join(out, ui.name), 'utf8');
    writeFileSync(join(out, `ui-${ui.name}`), readFileSync(ui.path, 'utf8'));
    expect(readFileSync(ui.path, 'utf8')).toBe(cli);
    await closeChecked(page);
  });
});

describe('fixed-size exports in Chromium', () => {
  it.each(FIT_CASES)(
    'keep every figure’s text inside its frame and apart, and in the language: %s, %s, %s',
    async (preset, lang, state) => {
      const { out, status, stderr } = await fitRuns.get(`${preset}-${lang}`)!;
      expect(status, stderr).toBe(0);
      const files = readdirSync(out).filter((f) => f.endsWith('.svg'));
      expect(files.length).toBeGreaterThanOrEqual(state.startsWith('profile') ? 4 : 9);
      const problems: string[] = [];
      const page = await atlas.browser.newPage();
      for (const file of files) {
        await page.setContent(readFileSync(join(out, file), 'utf8').replace(/^<\?xml[^>]*>/, ''));
        const found = await page.evaluate(() => {
          const svg = document.querySelector('svg')!;
          const frame = svg.getBoundingClientRect();
          const boxes = [...svg.querySelectorAll('text')]
            .filter(
              (t) =>
                (t.textContent ?? '').trim() !== '' &&
                !t.closest('[aria-hidden="true"] [aria-hidden="true"]'),
            )
            .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
          const issues: string[] = [];
          for (const { text, box } of boxes)
            if (
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.top < frame.top - 0.5 ||
              box.bottom > frame.bottom + 0.5
            )
              issues.push(`outside: ${text}`);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!.box;
              const b = boxes[j]!.box;
              if (
                Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
                Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2
              )
                issues.push(`overlap: "${boxes[i]!.text}" / "${boxes[j]!.text}"`);
            }
          // What a reader sees or hears; the source line is read whole, so that the test can take
          // out the titles and publishers it names (the only words that stay as published).
          const readable = [
            ...[...svg.querySelectorAll('text:not([data-source-line])')].map(
              (t) => t.textContent ?? '',
            ),
            ...[...svg.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
            ...[...svg.querySelectorAll('title, desc')].map((e) => e.textContent ?? ''),
          ];
          const sourceLine = [...svg.querySelectorAll('text[data-source-line]')]
            .map((t) => t.textContent ?? '')
            .join(' ');
          return { issues, readable, sourceLine };
        });
        problems.push(...found.issues.map((f) => `${file}: ${f}`));
        if (lang !== 'en')
          problems.push(
            ...englishLines([...found.readable, withoutSourceWords(found.sourceLine)], lang).map(
              (text) => `${file}: English: ${text}`,
            ),
          );
      }
      await page.close();
      expect(problems).toEqual([]);
    },
    180000,
  );
});
