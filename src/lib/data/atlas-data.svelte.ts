import type { Topology } from 'topojson-specification';
import {
  dataUrl,
  executeQuery,
  fetchManifest,
  openAtlasDatabase,
  type DataManifest,
} from './atlas-database';
import { LatestQueryRunner, type Executor, type Row } from './runner';
import type { SourceRow } from './queries/sources';
import type { RegionRow } from './queries/regions';
import type { PublishedFigure } from './queries/published-figures';
import {
  precomputeKey,
  precomputedFile,
  precomputedStates,
  type PrecomputedView,
} from './precomputed';
import {
  shapeStartup,
  shapeViews,
  startupQueries,
  viewQueries,
  VIEW_SHAPERS,
  UNODC_SOURCE_ID,
  type ViewResults,
} from './view-queries';
import { markPerf } from '../perf';
import type { Filters } from '../state/url-codec';

export { UNODC_SOURCE_ID, GITOC_EDITION, viewQueries, type ViewResults } from './view-queries';

export type LoadStatus = 'engine' | 'data' | 'ready' | 'error';

/** Owns the connection and the results the views draw; views never see SQL. */
export class AtlasData {
  status = $state<LoadStatus>('engine');
  error = $state<string | null>(null);
  manifest = $state.raw<DataManifest | null>(null);
  topology = $state.raw<Topology | null>(null);
  sources = $state.raw<SourceRow[]>([]);
  regions = $state.raw<RegionRow[]>([]);
  /** Every published figure, whatever the filters: the key findings always show. */
  keyFigures = $state.raw<PublishedFigure[]>([]);
  results = $state.raw<ViewResults | null>(null);
  resultsFor = $state.raw<Filters | null>(null);
  /** Whether the results on screen came from the build-time precomputation or the engine. */
  resultsSource = $state<'precomputed' | 'live' | null>(null);
  runnerReady = $state(false);
  /** The source whose counts by sex the State views draw (the bundled UNODC data by default). */
  countSourceId = $state(UNODC_SOURCE_ID);

  private runner: LatestQueryRunner | null = null;
  /** Set once the engine is up; user data and bench hooks need it. */
  connection: import('./duckdb').AsyncDuckDBConnection | null = null;

  constructor(executor?: Executor) {
    if (executor) {
      this.runner = new LatestQueryRunner(executor);
      this.runnerReady = true;
    }
  }

  async start(baseUrl: string, initial: Filters): Promise<void> {
    try {
      const connectionReady = openAtlasDatabase(baseUrl, (step) => {
        if (step === 'data' && this.status === 'engine') this.status = 'data';
      });
      connectionReady.catch(() => {});
      const precomputed = this.loadPrecomputed(baseUrl, initial);
      const [manifest, topology] = await Promise.all([
        fetchManifest(baseUrl),
        fetch(dataUrl('osce-map.topo.json', baseUrl)).then((r) => {
          if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
          return r.json() as Promise<Topology>;
        }),
        precomputed,
      ]);
      this.manifest = manifest;
      this.topology = topology;
      const connection = await connectionReady;
      markPerf('duckdb-ready');
      this.connection = connection;
      this.runner = new LatestQueryRunner((q) => executeQuery(connection, q));
      const startupRaw: Record<string, Row[]> = {};
      for (const [name, query] of Object.entries(startupQueries()))
        startupRaw[name] = await executeQuery(connection, query);
      this.applyStartup(startupRaw);
      this.runnerReady = true;
      if (location.search.includes('bench')) {
        const { installBenchHooks } = await import('./bench-hooks');
        installBenchHooks(this, connection);
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  private async loadPrecomputed(baseUrl: string, initial: Filters): Promise<void> {
    const key = precomputeKey(initial);
    if (!precomputedStates().some((state) => precomputeKey(state) === key)) return;
    try {
      const response = await fetch(dataUrl(precomputedFile(key), baseUrl));
      if (!response.ok) return;
      const body = (await response.json()) as PrecomputedView;
      if (this.resultsSource === 'live') return;
      this.applyStartup(body.startup);
      this.results = shapeViews(body.views);
      this.resultsFor = initial;
      this.resultsSource = 'precomputed';
      this.status = 'ready';
    } catch {
      // The live queries will draw the view; a missing precomputation only costs time.
    }
  }

  private applyStartup(raw: Record<string, Row[]>): void {
    const startup = shapeStartup(raw);
    this.sources = startup.sources;
    this.regions = startup.regions;
    this.keyFigures = startup.keyFigures;
  }

  /** Reloads the start-up tables (after a table was replaced) and redraws. */
  async reloadStartup(execute: (q: import('./sql').SqlQuery) => Promise<Row[]>): Promise<void> {
    const raw: Record<string, Row[]> = {};
    for (const [name, query] of Object.entries(startupQueries())) raw[name] = await execute(query);
    this.applyStartup(raw);
  }

  forgetResults(): void {
    this.runner?.forget();
  }

  async refresh(filters: Filters): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    try {
      const queries = viewQueries(filters, this.countSourceId);
      const keys = Object.keys(queries) as (keyof ViewResults)[];
      const outcomes = await Promise.all(
        keys.map((key) =>
          runner.run(key, queries[key], VIEW_SHAPERS[key] as (rows: Row[]) => unknown),
        ),
      );
      if (outcomes.some((o) => o.status === 'stale')) return;
      const results = Object.fromEntries(
        keys.map((key, i) => [key, (outcomes[i] as { value: unknown }).value]),
      ) as unknown as ViewResults;
      this.results = results;
      this.resultsFor = filters;
      this.resultsSource = 'live';
      this.status = 'ready';
      markPerf('first-live-query');
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}
