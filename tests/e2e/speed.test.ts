import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { launchChromium } from '../support/browser';
import { precomputeKey, precomputedFile, precomputedStates } from '../../src/lib/data/precomputed';
import { viewPlans } from '../../src/views/registry';
import type { PrecomputedView } from '../../src/lib/data/precomputed';

const DIST = resolve(import.meta.dirname, '../../dist');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a first view that does not wait, and agrees with the engine', () => {
  it.each(precomputedStates().map((s) => [precomputeKey(s), s] as const))(
    'precomputed %s equals the live DuckDB-WASM results',
    async (key, filters) => {
      const page = await browser.newPage({ serviceWorkers: 'block' });
      await page.goto(`${server.url}?bench=1${key === 'default' ? '' : `&${key}`}`);
      await page.waitForFunction(
        () =>
          (
            window as unknown as { atlasBench?: { results(): { source: string | null } } }
          ).atlasBench?.results().source === 'live',
        null,
        { timeout: 120000 },
      );
      const live = await page.evaluate(
        () =>
          (
            window as unknown as { atlasBench: { results(): { views: unknown } } }
          ).atlasBench.results().views,
      );
      const precomputed = JSON.parse(
        readFileSync(resolve(DIST, 'data', precomputedFile(key)), 'utf8'),
      ) as PrecomputedView;
      const shaped = Object.fromEntries(
        viewPlans(filters, { countSourceOverride: null }).map((plan) => [
          plan.name,
          plan.shape(precomputed.views[plan.name] ?? {}),
        ]),
      );
      expect(JSON.parse(JSON.stringify(live))).toEqual(JSON.parse(JSON.stringify(shaped)));
      await page.close();
    },
  );

  it('draws the first chart from the precomputed view while the engine is still loading', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    // The engine's files are held back until the chart is seen: the order is set by the
    // network, not by how fast this machine happens to be.
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/*.wasm', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(server.url);
    // The app's chart, not the static copy of index.html drawn before any script runs.
    await page.waitForSelector('main svg[data-figure="share-by-state"] text[data-iso3]', {
      timeout: 120000,
    });
    expect(await page.getAttribute('main', 'data-results-source')).toBe('precomputed');
    release();
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 120000 });
    await page.close();
  });
});

describe('a large table in a browser tab', () => {
  it('is stored compressed by DuckDB-WASM, and the views still answer from it', async () => {
    type Hooks = {
      atlasBench: {
        useSynthetic(kind: string, rows: number): Promise<unknown>;
        storedBytes(): Promise<number>;
      };
    };
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(`${server.url}?bench=1`);
    await page.waitForSelector('main[data-results-source="live"]', { timeout: 120000 });
    await page.evaluate(() =>
      (window as unknown as Hooks).atlasBench.useSynthetic('range', 500_000),
    );
    const stored = await page.evaluate(() => (window as unknown as Hooks).atlasBench.storedBytes());
    // Uncompressed, these 500,000 rows and the derived tables took 109 MB; compressed, 9 MB.
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(30e6);
    await page.waitForSelector('svg[data-figure="share-by-state"] [data-obs-id*="SYN-"]', {
      timeout: 120000,
    });
    await page.close();
  });
});

describe('npm run bench', () => {
  it('runs and prints well-formed lines', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(import.meta.dirname, '../bench/bench.ts'),
        '--quick',
        '--no-build',
      ],
      { encoding: 'utf8', timeout: 240000 },
    );
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const names = lines.map((l) => l.name);
    for (const name of [
      'first_chart_visible_cold',
      'duckdb_ready',
      'data_loaded_first_live_query',
      'filter_change_repaint',
      'bare_engine_queries',
      'overhead_ratio',
      'application_js_total',
    ])
      expect(names).toContain(name);
    for (const line of lines) {
      expect(typeof line.name).toBe('string');
      if ('gzip_bytes' in line) expect(Number.isInteger(line.gzip_bytes)).toBe(true);
      else if ('bytes' in line) expect(Number.isInteger(line.bytes)).toBe(true);
      else if ('median' in line) expect(typeof line.median).toBe('number');
      else {
        expect(line).toHaveProperty('median_ms');
        expect(line).toHaveProperty('p95_ms');
        expect(line).toHaveProperty('rows');
      }
    }
  }, 250000);
});
