import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { serveDirectory } from '../support/static-server';
import { launchChromium } from '../support/browser';
import { syntheticObservationsSql } from '../../src/lib/data/synthetic';
import { createTableFromCsvSql } from '../../src/lib/data/build-sql';
import { openNodeEngine } from '../../data/scripts/node-engine';
import { DEFAULT_FILTERS } from '../../src/lib/model/filters';
import { columnNames } from '../../src/lib/vocabulary/contract';
import { openTools } from '../support/atlas-page';
import { benchEngine, engineArgument } from './engines';
import { VIEWS } from '../../src/views/registry';
import { honouredFilters } from '../../src/views/context';
import type { Filters } from '../../src/lib/model/filters';
import { SYNTHETIC_SOURCE_ID } from '../../src/lib/data/synthetic';

// Usage: npm run bench [-- --quick] [-- --no-build] [-- --no-synthetic] [-- --only=STAGE,...]
//        npm run bench -- --engine firefox|webkit (cold loads and filter changes in that engine)
// Stages: cold (cold loads and changes on the shipped data), user_200k, user_1m (CSV),
// user_parquet_1m, parquet_1m (the synthetic table straight into the engine), range_10m,
// hostile_parquet (a small Parquet file that unpacks to 1.8 GB of text: refused, peak memory).
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const quick = process.argv.includes('--quick');
const COLD_RUNS = quick ? 2 : 5;
const CHANGES = quick ? 4 : 20;
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const STAGES = [
  'cold',
  'user_200k',
  'user_1m',
  'user_parquet_1m',
  'parquet_1m',
  'range_10m',
  'hostile_parquet',
];
const unknown = only?.filter((stage) => !STAGES.includes(stage)) ?? [];
if (unknown.length > 0) {
  console.error(`bench: unknown stage ${unknown.join(', ')}; the stages are ${STAGES.join(', ')}`);
  process.exit(2);
}
const runs = (stage: string) => !only || only.includes(stage);

const emit = (line: Record<string, unknown>) => console.log(JSON.stringify(line));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? null
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null);
};
const timing = (
  name: string,
  rows: number | string,
  values: number[],
  extra: Record<string, unknown> = {},
) =>
  emit({
    name,
    rows,
    median_ms: round(percentile(values, 50)),
    p95_ms: round(percentile(values, 95)),
    samples: values.length,
    ...extra,
  });
const round4 = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000);
const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * Runs in the page before its own scripts: when the static States chart is parsed and painted,
 * the layout shifts (CLS, from the first paint until the app has taken over) and where the
 * chart was before the app replaced the static page.
 */
function watchStaticPage() {
  const w = window as unknown as {
    staticWatch: {
      chart: number | null;
      top: number | null;
      cls: number;
      clsBefore: number;
      tookOver: number | null;
    };
  };
  w.staticWatch = { chart: null, top: null, cls: 0, clsBefore: 0, tookOver: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (entry.hadRecentInput) continue;
      // From the frame the app replaced the static page in (a frame is at most ~50 ms here).
      if (w.staticWatch.tookOver !== null && entry.startTime >= w.staticWatch.tookOver - 50)
        w.staticWatch.cls += entry.value;
      else w.staticWatch.clsBefore += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const gone = new MutationObserver(() => {
    if (w.staticWatch.chart === null || document.getElementById('prerender')) return;
    w.staticWatch.tookOver = performance.now();
    gone.disconnect();
  });
  gone.observe(document, { childList: true, subtree: true });
  const seen = new MutationObserver(() => {
    const chart = document.querySelector('#prerender svg[data-figure="share-by-state"]');
    if (!chart || w.staticWatch.chart !== null) return;
    seen.disconnect();
    w.staticWatch.chart = -1;
    requestAnimationFrame(() =>
      setTimeout(() => {
        w.staticWatch.chart = performance.now();
        w.staticWatch.top = chart.getBoundingClientRect().top + scrollY;
      }),
    );
  });
  seen.observe(document, { childList: true, subtree: true });
}

async function takeover(page: Page) {
  await page.waitForFunction(() => document.getElementById('prerender') === null, null, {
    timeout: 120000,
  });
  // Shifts are reported after the frame that made them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
  return page.evaluate(() => {
    const w = window as unknown as {
      staticWatch: { chart: number | null; top: number | null; cls: number; clsBefore: number };
    };
    const live = document.querySelector('#view-states svg[data-figure="share-by-state"]');
    const top = live ? live.getBoundingClientRect().top + scrollY : null;
    // What the page fetched before the static chart was painted (the document and any file
    // whose response ended by then), and the static figures' files it fetched at all.
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    const chartAt = w.staticWatch.chart ?? 0;
    const before = entries.filter((e) => e.responseEnd <= chartAt);
    const staticFiles = entries.filter((e) => /\/static\/[^/]+\.svg$/.test(e.name));
    return {
      bytesBefore: before.reduce((sum, e) => sum + e.encodedBodySize, 0),
      filesBefore: before.map((e) => new URL(e.name).pathname.split('/').pop() || '/'),
      staticFigureBytes: staticFiles.reduce((sum, e) => sum + e.encodedBodySize, 0),
      staticFigureFiles: staticFiles.length,
      staticChart: w.staticWatch.chart,
      cls: w.staticWatch.cls,
      clsBefore: w.staticWatch.clsBefore,
      shift:
        top !== null && w.staticWatch.top !== null ? Math.round(top - w.staticWatch.top) : null,
    };
  });
}

if (!process.argv.includes('--no-build'))
  execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

function assetSizes() {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) =>
      statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)],
    );
  let appJsGzip = 0;
  for (const file of walk(DIST).sort()) {
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    const name = file.replace(`${DIST}/`, '');
    if (name.endsWith('.js') && !name.includes('duckdb-browser')) appJsGzip += gz;
    emit({ name: `asset:${name}`, bytes: bytes.length, gzip_bytes: gz });
  }
  emit({ name: 'application_js_total', bytes: null, gzip_bytes: appJsGzip });
  // What the page loads before its first chart: the entry and the chunks index.html preloads;
  // lazy chunks (office formats, Parquet readers, other languages' catalogues) come later.
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const firstChunks = [
    ...new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '')),
  ];
  const firstGzip = firstChunks.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(DIST, name)), { level: 9 }).length,
    0,
  );
  emit({ name: 'application_js_before_first_chart', bytes: null, gzip_bytes: firstGzip });
}

async function syntheticParquet(rows: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const { engine, close } = await openNodeEngine();
  try {
    await engine.replaceTables(async (writer) => {
      await writer.exec(createTableFromCsvSql('countries', [resolve(ROOT, 'data/countries.csv')]));
      for (const statement of syntheticObservationsSql(rows)) await writer.exec(statement);
    }, false);
    const target = join(dir, 'synthetic.parquet');
    if (target.includes("'")) throw new Error(`unsafe temporary path: ${target}`);
    await engine.copyOut({
      text: `COPY observations TO '${target}' (FORMAT parquet, COMPRESSION snappy)`,
      params: [],
    });
  } finally {
    close();
  }
  return dir;
}

/**
 * Renderer memory as it is now, garbage included: the renderer processes of this benchmark's
 * own browser (descendants of this process), not those of other browsers on a shared machine.
 */
function rendererRssNowMb(): number | null {
  try {
    const rows = execSync('ps -eo pid=,ppid=,rss=,args=', { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), args: m[4] ?? '' }));
    const ours = new Set([process.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const row of rows)
        if (!ours.has(row.pid) && ours.has(row.ppid)) {
          ours.add(row.pid);
          grew = true;
        }
    }
    const kb = rows
      .filter((r) => ours.has(r.pid) && r.args.includes('--type=renderer'))
      .reduce((sum, r) => sum + r.rss, 0);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

/** Renderer memory (all renderer processes) once the page's garbage has been collected. */
async function rendererRssMb(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  return rendererRssNowMb();
}

type BenchWindow = {
  atlasBench: {
    repaints(): number[];
    allViewsDrawn(): number[];
    bareQueryMs(f: unknown, p: unknown): Promise<number>;
  };
};

/** Applies one change through the UI and returns the time to repaint the figures on screen and to draw them all. */
async function timedChange(page: Page, change: () => Promise<unknown>) {
  const counts = () =>
    page.evaluate(() => {
      const bench = (window as never as BenchWindow).atlasBench;
      return [bench.repaints().length, bench.allViewsDrawn().length] as const;
    });
  const [repaintsBefore, allBefore] = await counts();
  await change();
  await page.waitForFunction(
    ([r, a]) => {
      const bench = (window as never as BenchWindow).atlasBench;
      return bench.repaints().length > r && bench.allViewsDrawn().length > a;
    },
    [repaintsBefore, allBefore] as const,
    { timeout: 120000 },
  );
  return page.evaluate(() => {
    const bench = (window as never as BenchWindow).atlasBench;
    return { repaint: bench.repaints().at(-1) ?? 0, all: bench.allViewsDrawn().at(-1) ?? 0 };
  });
}

/** Remembers every figure's SVG element now on the page. */
const markFigures = (page: Page) =>
  page.evaluate(() => {
    const marked = new WeakSet<Element>(document.querySelectorAll('svg[data-figure]'));
    (window as unknown as { benchMarked: WeakSet<Element> }).benchMarked = marked;
  });

/** Figures (SVG elements) new since the mark, and the views they belong to. */
const redrawnSince = (page: Page) =>
  page.evaluate(() => {
    const marked = (window as unknown as { benchMarked: WeakSet<Element> }).benchMarked;
    const fresh = [...document.querySelectorAll('svg[data-figure]')].filter((s) => !marked.has(s));
    const views = new Set(
      fresh.map((s) => s.closest('section[data-view]')?.getAttribute('data-view')),
    );
    return { figures: fresh.length, views: views.size };
  });

/**
 * The atlas views whose inputs a change alters: a field they honour, or their queries. Their
 * figures are the ones that should redraw; any other redraw is wasted.
 */
function changedViews(before: Filters, after: Filters, countSourceOverride: string | null) {
  const queries = (view: (typeof VIEWS)[number], f: Filters) =>
    JSON.stringify(view.queries(f, { countSourceOverride }));
  const views = VIEWS.filter(
    (v) =>
      v.page === 'atlas' &&
      (JSON.stringify(honouredFilters(v, before)) !== JSON.stringify(honouredFilters(v, after)) ||
        queries(v, before) !== queries(v, after)),
  );
  return { views: views.length, figures: views.reduce((n, v) => n + v.figures.length, 0) };
}

async function measureFilterChanges(
  page: Page,
  label: string,
  rows: number | string,
  changes = CHANGES,
) {
  await page.locator('#view-states').scrollIntoViewIfNeeded();
  const stages = ['formal_contact', 'prosecuted', 'convicted'];
  const repaints: number[] = [];
  const allDrawn: number[] = [];
  const bare: number[] = [];
  const redrawn: { figures: number; views: number }[] = [];
  const expected: { figures: number; views: number }[] = [];
  for (let i = 0; i < changes; i++) {
    const stage = stages[i % 3] ?? 'convicted';
    const stageBefore = await page.locator('[data-testid="stage"]').inputValue();
    await markFigures(page);
    const timed = await timedChange(page, () => page.selectOption('[data-testid="stage"]', stage));
    redrawn.push(await redrawnSince(page));
    expected.push(
      changedViews(
        { ...DEFAULT_FILTERS, stage: stageBefore } as Filters,
        { ...DEFAULT_FILTERS, stage } as Filters,
        rows === 'shipped' ? null : SYNTHETIC_SOURCE_ID,
      ),
    );
    repaints.push(timed.repaint);
    allDrawn.push(timed.all);
    const previous = stages[(i + 2) % 3] ?? 'convicted';
    const filters = (s: string) => ({ ...DEFAULT_FILTERS, stage: s });
    bare.push(
      await page.evaluate(
        ([now, before]) => (window as never as BenchWindow).atlasBench.bareQueryMs(now, before),
        [filters(stage), filters(previous)] as const,
      ),
    );
  }
  timing(`filter_change_repaint${label}`, rows, repaints, { viewport: '1440x900, States in view' });
  timing(`filter_change_all_views_drawn${label}`, rows, allDrawn);
  timing(`bare_engine_queries${label}`, rows, bare);
  // Counts, not times: every figure redrawn after each change, beside those whose view changed.
  emit({
    name: `figures_redrawn_per_filter_change${label}`,
    rows,
    median_ms: null,
    p95_ms: null,
    figures: percentile(
      redrawn.map((r) => r.figures),
      50,
    ),
    views: percentile(
      redrawn.map((r) => r.views),
      50,
    ),
    expected_figures: percentile(
      expected.map((e) => e.figures),
      50,
    ),
    expected_views: percentile(
      expected.map((e) => e.views),
      50,
    ),
    all_equal: redrawn.every(
      (r, i) => r.figures === expected[i]?.figures && r.views === expected[i]?.views,
    ),
  });
  const ratio = (percentile(repaints, 50) ?? 0) / Math.max(0.001, percentile(bare, 50) ?? 1);
  emit({
    name: `overhead_ratio${label}`,
    rows,
    median_ms: Math.round(ratio * 100) / 100,
    p95_ms: null,
  });
}

async function measureLanguageSwitches(page: Page, rows: number | string, changes = CHANGES) {
  await page.locator('#view-states').scrollIntoViewIfNeeded();
  const repaints: number[] = [];
  const allDrawn: number[] = [];
  for (let i = 0; i < changes; i++) {
    const lang = i % 2 === 0 ? 'fr' : 'en';
    const timed = await timedChange(page, () => page.selectOption('[data-testid="lang"]', lang));
    repaints.push(timed.repaint);
    allDrawn.push(timed.all);
  }
  timing('language_switch_repaint', rows, repaints, { viewport: '1440x900, States in view' });
  timing('language_switch_all_views_drawn', rows, allDrawn);
}

const otherEngine = engineArgument(process.argv);
if (otherEngine) {
  await benchEngine(otherEngine, DIST, { runs: COLD_RUNS, changes: CHANGES, emit, timing });
  process.exit(0);
}

const synthetic =
  quick || process.argv.includes('--no-synthetic') || !runs('parquet_1m')
    ? null
    : await syntheticParquet(1_000_000);
const syntheticStages = !quick && !process.argv.includes('--no-synthetic');
const server = await serveDirectory(
  DIST,
  0,
  synthetic ? { mounts: { '/bench-data/': synthetic } } : {},
);
const browser = await launchChromium();
try {
  assetSizes();
  const firstChart: number[] = [];
  const duckdbReady: number[] = [];
  const liveQuery: number[] = [];
  const staticChart: number[] = [];
  const takeoverCls: number[] = [];
  const loadCls: number[] = [];
  const takeoverShift: number[] = [];
  const downloads: Awaited<ReturnType<typeof takeover>>[] = [];
  for (let run = 0; run < (runs('cold') ? COLD_RUNS : 0); run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(watchStaticPage);
    const page = await context.newPage();
    await page.goto(`${server.url}?bench=1`);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-live-query').length > 0,
      null,
      { timeout: 120000 },
    );
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        ['first-chart', 'duckdb-ready', 'first-live-query'].map((m) => [
          m,
          performance.getEntriesByName(`atlas:${m}`)[0]?.startTime ?? null,
        ]),
      ),
    );
    firstChart.push(marks['first-chart'] ?? NaN);
    const handover = await takeover(page);
    staticChart.push(handover.staticChart ?? NaN);
    takeoverCls.push(handover.cls);
    loadCls.push(handover.clsBefore);
    takeoverShift.push(handover.shift ?? NaN);
    downloads.push(handover);
    duckdbReady.push(marks['duckdb-ready'] ?? NaN);
    liveQuery.push(marks['first-live-query'] ?? NaN);
    if (run === COLD_RUNS - 1) {
      await page.waitForFunction(() => 'atlasBench' in window);
      await measureFilterChanges(page, '', 'shipped');
      await measureLanguageSwitches(page, 'shipped');
      emit({
        name: 'renderer_memory_shipped_mb',
        rows: 'shipped',
        median_ms: null,
        p95_ms: null,
        rss_mb: await rendererRssMb(page),
      });
    }
    await context.close();
  }
  if (runs('cold')) {
    timing('first_chart_visible_cold', 'shipped', staticChart, {
      what: 'the States chart of index.html (static SVG) painted, before any script runs',
    });
    timing('first_chart_drawn_by_app_cold', 'shipped', firstChart);
    const last = downloads.at(-1);
    emit({
      name: 'downloaded_before_first_chart',
      rows: 'shipped',
      bytes: last?.bytesBefore ?? null,
      files: last?.filesBefore ?? [],
      what: 'response bodies (as sent; the local server does not compress) ended before the static States chart was painted, 1440x900',
    });
    emit({
      name: 'static_figure_files_fetched',
      rows: 'shipped',
      bytes: last?.staticFigureBytes ?? null,
      files: last?.staticFigureFiles ?? null,
      what: 'lazy static figures (static/*.svg) the page fetched before the app took over',
    });
    emit({
      name: 'cls_on_takeover',
      rows: 'shipped',
      median: round4(percentile(takeoverCls, 50)),
      max: round4(Math.max(...takeoverCls)),
      samples: takeoverCls.length,
    });
    emit({
      name: 'cls_before_takeover',
      rows: 'shipped',
      median: round4(percentile(loadCls, 50)),
      max: round4(Math.max(...loadCls)),
      what: 'layout shifts while the static page shows (the font arriving)',
    });
    emit({
      name: 'takeover_chart_shift_px',
      rows: 'shipped',
      median: percentile(takeoverShift, 50),
      max: Math.max(...takeoverShift),
      what: "the States chart's top in the app minus in the static page, 1440x900",
    });
    timing('duckdb_ready', 'shipped', duckdbReady);
    timing('data_loaded_first_live_query', 'shipped', liveQuery);
  }

  /**
   * A user's CSV through the page, as a police service would load it: from choosing the file to
   * "rows are valid" (read in the worker, staged and checked by the engine), then to loaded.
   */
  const userFile = async (rows: number, label: string, format: 'csv' | 'parquet' = 'csv') => {
    const header = columnNames('observations');
    const stages = ['formal_contact', 'prosecuted', 'convicted'];
    const lines = [header.join(',')];
    for (let i = 0; i < rows; i++) {
      const cells: Record<string, string> = {
        obs_id: `B${i}`,
        source_id: 'USER_DATA',
        area: i % 2 ? 'ALB' : 'MKD',
        period_start: '2020',
        period_end: '2020',
        population: 'offenders',
        market: 'human_trafficking',
        hierarchy: 'all',
        role: 'all',
        org_type: 'all',
        stage: stages[i % 3] ?? 'convicted',
        sex: i % 4 < 2 ? 'female' : 'male',
        measure: 'count',
        value: String(i % 50),
        qualifier: 'exact',
        unit: 'persons',
        denominator: `district ${Math.floor(i / 12)}`,
      };
      lines.push(header.map((c) => cells[c] ?? '').join(','));
    }
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-user-'));
    const csv = join(dir, `user${label}.csv`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const file = format === 'csv' ? csv : join(dir, `user${label}.parquet`);
    if (format === 'parquet') {
      // Typed as a user's tool would write it (years and values as numbers), by DuckDB.
      const { engine, close } = await openNodeEngine();
      try {
        await engine.copyOut({
          text: `COPY (SELECT * FROM read_csv('${csv}')) TO '${file}' (FORMAT parquet, COMPRESSION snappy)`,
          params: [],
        });
      } finally {
        close();
      }
    }
    const name = `user_${format}`;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${server.url}?bench=1`);
      await page.waitForSelector('main[data-results-source="live"]', { timeout: 120000 });
      await openTools(page);
      await page.locator('[data-testid="user-data"] summary').click();
      const started = Date.now();
      await page.setInputFiles('[data-testid="user-files"]', file);
      await page.waitForSelector(
        '[data-testid="user-valid"], [data-testid="user-error"], [data-testid="user-issues"]',
        {
          timeout: 600000,
        },
      );
      const checked = Date.now();
      if ((await page.locator('[data-testid="user-valid"]').count()) === 0)
        throw new Error(
          (await page.locator('[data-testid="user-data"]').textContent()) ?? 'refused',
        );
      timing(`${name}_read_and_check${label}`, rows, [checked - started], {
        bytes: statSync(file).size,
      });
      await page.locator('[data-testid="user-load"]').click();
      await page.waitForSelector('[data-testid="user-loaded"]', { timeout: 600000 });
      timing(`${name}_load${label}`, rows, [Date.now() - checked]);
      emit({
        name: `renderer_memory_${name}${label}_mb`,
        rows,
        median_ms: null,
        p95_ms: null,
        rss_mb: await rendererRssMb(page),
      });
    } catch (error) {
      emit({
        name: `${name}_read_and_check${label}`,
        rows,
        median_ms: null,
        p95_ms: null,
        error: String(error).slice(0, 300),
      });
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  if (runs('user_200k')) await userFile(200_000, '_200k');

  /**
   * A hostile Parquet file through the page: 200,000 rows with one 9,000-character note, which
   * the file stores once (a few MB) and which unpacks to 1.8 GB of text. It must be refused
   * with its own message while the renderer stays within its memory budget: the peak is
   * sampled every 50 ms from choosing the file to the message.
   */
  const hostileParquet = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-hostile-'));
    const file = join(dir, 'hostile.parquet');
    const { engine, close } = await openNodeEngine();
    try {
      const columns = columnNames('observations')
        .map((c) =>
          c === 'obs_id'
            ? `'H' || i AS obs_id`
            : c === 'note'
              ? `repeat('n', 9000) AS note`
              : `'' AS ${c}`,
        )
        .join(', ');
      await engine.copyOut({
        text: `COPY (SELECT ${columns} FROM range(200000) t(i)) TO '${file}' (FORMAT parquet, COMPRESSION snappy)`,
        params: [],
      });
    } finally {
      close();
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${server.url}?bench=1`);
      await page.waitForSelector('main[data-results-source="live"]', { timeout: 120000 });
      await openTools(page);
      await page.locator('[data-testid="user-data"] summary').click();
      const before = await rendererRssMb(page);
      let peak = rendererRssNowMb() ?? 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rendererRssNowMb() ?? 0)), 50);
      const started = Date.now();
      try {
        await page.setInputFiles('[data-testid="user-files"]', file);
        await page.waitForSelector('[data-testid="user-error"], [data-testid="user-valid"]', {
          timeout: 600000,
        });
      } finally {
        clearInterval(sampler);
      }
      const refused = Date.now() - started;
      const message = (await page.locator('[data-testid="user-error"]').textContent()) ?? '';
      timing('hostile_parquet_refused', 200_000, [refused], {
        bytes: statSync(file).size,
        peak_rss_mb: peak,
        rss_mb_before: before,
        rss_mb_after: await rendererRssMb(page),
        refused: message.trim().slice(0, 120),
      });
    } catch (error) {
      emit({
        name: 'hostile_parquet_refused',
        rows: 200_000,
        median_ms: null,
        p95_ms: null,
        error: String(error).slice(0, 300),
      });
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  if (runs('hostile_parquet')) await hostileParquet();

  if (syntheticStages) {
    if (runs('user_1m')) await userFile(1_000_000, '_1m');
    if (runs('user_parquet_1m')) await userFile(1_000_000, '_1m', 'parquet');
    type Bench = {
      atlasBench: {
        useSynthetic(
          k: string,
          n: number,
          u?: string,
        ): Promise<{ loadMs: number; totalMs: number }>;
      };
    };
    const scale = async (
      label: string,
      rows: number,
      kind: 'parquet' | 'range',
      metric: string,
    ) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      try {
        await page.goto(`${server.url}?bench=1`);
        await page.waitForFunction(() => 'atlasBench' in window, null, { timeout: 120000 });
        const load = await page.evaluate(
          ([k, n, u]) => (window as never as Bench).atlasBench.useSynthetic(k, n, u),
          [kind, rows, `${server.url}bench-data/synthetic.parquet`] as const,
        );
        timing(metric, rows, [load.loadMs], {
          synthetic: true,
          // With the derived tables rebuilt and the start-up tables read again.
          total_ms: Math.round(load.totalMs),
          ...(kind === 'parquet' ? { reader: 'hyparquet' } : {}),
        });
        emit({
          name: `renderer_memory${label}_mb`,
          rows,
          median_ms: null,
          p95_ms: null,
          rss_mb: await rendererRssMb(page),
        });
        await measureFilterChanges(page, label, rows, CHANGES);
        // Memory after the changes beside memory after the load: it must not grow per change.
        emit({
          name: `renderer_memory${label}_after_changes_mb`,
          rows,
          median_ms: null,
          p95_ms: null,
          changes: CHANGES,
          rss_mb: await rendererRssMb(page),
        });
      } catch (error) {
        const state = await page
          .evaluate(
            () =>
              document.querySelector('main')?.getAttribute('data-status') +
              ' ' +
              (document.querySelector('.error')?.textContent ?? ''),
          )
          .catch(() => 'page lost');
        emit({
          name: `filter_change_repaint${label}`,
          rows,
          median_ms: null,
          p95_ms: null,
          error: `${(error as Error).message.split('\n')[0]}; page: ${state}`.slice(0, 300),
        });
      } finally {
        await page.close();
      }
    };
    if (synthetic) await scale('_1m', 1_000_000, 'parquet', 'load_parquet_1m_hyparquet');
    if (runs('range_10m')) await scale('_10m', 10_000_000, 'range', 'generate_10m_in_duckdb');
  }
} finally {
  await browser.close();
  await server.close();
}
