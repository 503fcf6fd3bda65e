import { launchFirefox, launchWebKit, waitFor, type EngineName } from '../support/engine-driver';
import { serveDirectory } from '../support/static-server';

/** `npm run bench -- --engine firefox|webkit` (or --engine=…); null for Chromium, the default. */
export function engineArgument(argv: readonly string[]): EngineName | null {
  const at = argv.findIndex((a) => a === '--engine' || a.startsWith('--engine='));
  if (at < 0) return null;
  const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (value === 'chromium') return null;
  if (value === 'firefox' || value === 'webkit') return value;
  console.error(
    `bench: unknown engine ${value ?? '(none)'}; the engines are chromium, firefox, webkit`,
  );
  process.exit(2);
}

type Emit = (line: Record<string, unknown>) => void;
type Timing = (
  name: string,
  rows: number | string,
  values: number[],
  extra?: Record<string, unknown>,
) => void;

/** Where the time to live results goes, from the page's marks, in page time (ms). */
const MARKS = [
  'first-chart',
  'engine-bundle-eh',
  'engine-bundle-mvp',
  'engine-instantiated',
  'engine-opened',
  'engine-storage-open',
  'duckdb-ready',
  'first-live-query',
] as const;

/**
 * First chart, engine ready and first live results from cold (a new browser each run), then
 * filter changes to repaint in the last run, in Firefox ESR or WebKitGTK. Lines carry `engine`.
 */
export async function benchEngine(
  engine: EngineName,
  dist: string,
  options: { runs: number; changes: number; emit: Emit; timing: Timing },
): Promise<void> {
  const launch = engine === 'firefox' ? launchFirefox : launchWebKit;
  const server = await serveDirectory(dist);
  const samples = new Map<string, number[]>(MARKS.map((m) => [m, []]));
  let bundle = '';
  try {
    for (let run = 0; run < options.runs; run++) {
      const driver = await launch();
      try {
        await driver.goto(`${server.url}?bench=1`);
        await waitFor(
          driver,
          `return performance.getEntriesByName('atlas:first-live-query').length > 0`,
          'live results',
          180000,
        );
        const marks = await driver.js<Record<string, number | null>>(
          `return Object.fromEntries(${JSON.stringify(MARKS)}.map((m) => [m, performance.getEntriesByName('atlas:' + m)[0]?.startTime ?? null]))`,
        );
        for (const mark of MARKS) if (marks[mark] !== null) samples.get(mark)!.push(marks[mark]!);
        bundle = marks['engine-bundle-eh'] !== null ? 'eh' : 'mvp';
        if (run === options.runs - 1) await filterChanges(driver, options);
      } finally {
        await driver.close();
      }
    }
    const extra = { engine, bundle };
    options.timing('first_chart_visible_cold', 'shipped', samples.get('first-chart')!, extra);
    options.timing('duckdb_ready', 'shipped', samples.get('duckdb-ready')!, extra);
    options.timing(
      'data_loaded_first_live_query',
      'shipped',
      samples.get('first-live-query')!,
      extra,
    );
    for (const mark of MARKS.filter((m) => m.startsWith('engine-') && samples.get(m)!.length))
      options.timing(
        `engine_start_${mark.slice('engine-'.length).replace(/-/g, '_')}`,
        'shipped',
        samples.get(mark)!,
        extra,
      );
  } finally {
    await server.close();
  }

  async function filterChanges(
    driver: Awaited<ReturnType<typeof launch>>,
    { changes, timing }: { changes: number; timing: Timing },
  ) {
    await waitFor(driver, `return 'atlasBench' in window`, 'the bench hooks');
    await driver.js(`document.querySelector('#view-states').scrollIntoView()`);
    const stages = ['formal_contact', 'prosecuted', 'convicted'];
    const repaints: number[] = [];
    const counts = `const b = window.atlasBench; return [b.repaints().length, b.allViewsDrawn().length]`;
    for (let i = 0; i < changes; i++) {
      const [r, a] = await driver.js<[number, number]>(counts);
      await driver.select('[data-testid="stage"]', stages[i % 3]!);
      await waitFor(
        driver,
        `const b = window.atlasBench; return b.repaints().length > ${r} && b.allViewsDrawn().length > ${a}`,
        'the repaint',
      );
      repaints.push(await driver.js<number>(`return window.atlasBench.repaints().at(-1)`));
    }
    timing('filter_change_repaint', 'shipped', repaints, {
      engine,
      viewport: '1280x900, States in view',
    });
  }
}
