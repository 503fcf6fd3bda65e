import { untrack } from 'svelte';
import type { Topology } from 'topojson-specification';
import { dataUrl, fetchManifest, openAtlasEngine, type DataManifest } from './boot';
import type { Engine, Row, TableWriter } from './engine';
import { ViewRunner, type ViewPlan, type ViewResults } from './runner';
import {
  precomputeKey,
  precomputedFile,
  precomputedStates,
  type PrecomputedView,
} from './precomputed';
import { shapeStartup, startupQueries } from './startup';
import type { CountryRow, PublishedFigure, RegionRow, SourceRow } from '../model/rows';
import type { QueryFilters } from '../model/filters';
import { markPerf } from '../perf';

export type LoadStatus = 'engine' | 'data' | 'ready' | 'error';

/**
 * The data the page shows: start-up tables and one result per view, all for the same state
 * of the filters. Owns the engine; user data and the benchmark change tables only through
 * `replaceTables`.
 */
export class AtlasData {
  status = $state<LoadStatus>('engine');
  error = $state<string | null>(null);
  manifest = $state.raw<DataManifest | null>(null);
  topology = $state.raw<Topology | null>(null);
  countries = $state.raw<CountryRow[]>([]);
  sources = $state.raw<SourceRow[]>([]);
  regions = $state.raw<RegionRow[]>([]);
  keyFigures = $state.raw<PublishedFigure[]>([]);
  /** One result per view name; an unchanged view keeps the same object across refreshes. */
  results = $state.raw<ViewResults | null>(null);
  /** The query filters the results were computed for: titles and labels describe these. */
  resultsFor = $state.raw<QueryFilters | null>(null);
  /** Whether the results on screen came from the build-time precomputation or the engine. */
  resultsSource = $state<'precomputed' | 'live' | null>(null);
  engineReady = $state(false);
  /** A user's count source shown alone instead of the bundled ones; changed only with the tables. */
  countSourceOverride = $state<string | null>(null);
  /** Queries under way: the page shows that it is busy. */
  pending = $state(0);
  /** Bumped whenever tables change, so that the views ask again. */
  dataGeneration = $state(0);

  private engine: Engine | null = null;
  private baseUrl: string | null = null;
  /** The precomputed state asked for last: an earlier answer arriving late is dropped. */
  private precomputedWanted: string | null = null;
  private engineArrived: (engine: Engine) => void = () => {};
  /** The engine once it is up: reading a user's file waits for it. */
  readonly whenEngine: Promise<Engine> = new Promise((resolve) => (this.engineArrived = resolve));
  private readonly runner = new ViewRunner();

  /** For tests and build scripts: an engine that is already loaded. */
  constructor(engine?: Engine) {
    if (engine) {
      this.engine = engine;
      this.engineReady = true;
      this.engineArrived(engine);
    }
  }

  async start(baseUrl: string, initial: QueryFilters, plans: readonly ViewPlan[]): Promise<void> {
    this.baseUrl = baseUrl;
    try {
      const engineReady = openAtlasEngine(baseUrl, (step) => {
        if (step === 'data' && this.status === 'engine') this.status = 'data';
      });
      engineReady.catch(() => {});
      const precomputed = this.loadPrecomputed(baseUrl, initial, plans);
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
      const engine = await engineReady;
      markPerf('duckdb-ready');
      this.engine = engine;
      await this.reloadStartup();
      this.engineReady = true;
      this.engineArrived(engine);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The engine, once it is up (for the benchmark's hooks and for reading user files). */
  get readyEngine(): Engine | null {
    return this.engine;
  }

  /**
   * While the engine starts (seconds in WebKit), a change to another state computed at build
   * time (each offender stage) is drawn from its file at once.
   */
  async showPrecomputed(filters: QueryFilters, plans: readonly ViewPlan[]): Promise<void> {
    if (this.engine || !this.baseUrl) return;
    await this.loadPrecomputed(this.baseUrl, filters, plans);
  }

  private async loadPrecomputed(
    baseUrl: string,
    initial: QueryFilters,
    plans: readonly ViewPlan[],
  ): Promise<void> {
    const key = precomputeKey(initial);
    if (key === this.precomputedWanted) return;
    this.precomputedWanted = key;
    if (!precomputedStates().some((state) => precomputeKey(state) === key)) return;
    try {
      const response = await fetch(dataUrl(precomputedFile(key), baseUrl));
      if (!response.ok) return;
      const body = (await response.json()) as PrecomputedView;
      if (this.resultsSource === 'live' || this.precomputedWanted !== key) return;
      this.applyStartup(body.startup);
      const results = Object.fromEntries(
        plans.map((plan) => [plan.name, plan.shape(body.views[plan.name] ?? {})]),
      );
      this.runner.remember(plans, results, this.engine?.generation ?? 0);
      this.results = results;
      this.resultsFor = initial;
      this.resultsSource = 'precomputed';
      this.status = 'ready';
    } catch {
      // The live queries will draw the view; a missing precomputation only costs time.
    }
  }

  private applyStartup(raw: Record<string, Row[]>): void {
    const startup = shapeStartup(raw);
    this.countries = startup.countries;
    this.sources = startup.sources;
    this.regions = startup.regions;
    this.keyFigures = startup.keyFigures;
  }

  private async reloadStartup(): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    const raw: Record<string, Row[]> = {};
    for (const [name, query] of Object.entries(startupQueries()))
      raw[name] = await engine.query(query);
    this.applyStartup(raw);
  }

  async refresh(filters: QueryFilters, plans: readonly ViewPlan[]): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    // Called from an effect: counting must not make that effect depend on the count.
    untrack(() => this.pending++);
    try {
      const outcome = await this.runner.run(plans, (q) => engine.query(q), engine.generation);
      if (outcome.status === 'stale') return;
      this.results = outcome.results;
      this.resultsFor = filters;
      this.resultsSource = 'live';
      this.status = 'ready';
      markPerf('first-live-query');
    } catch (error) {
      this.fail(error);
    } finally {
      untrack(() => this.pending--);
    }
  }

  /**
   * Changes tables (user data, the benchmark's synthetic rows) and the count source the State
   * views draw; every view then asks again.
   */
  async replaceTables(
    change: (writer: TableWriter) => Promise<{ countSourceOverride: string | null }>,
  ): Promise<void> {
    const engine = this.engine;
    if (!engine) throw new Error('the engine is still starting');
    try {
      const { countSourceOverride } = await engine.replaceTables(change);
      this.countSourceOverride = countSourceOverride;
    } catch (error) {
      this.countSourceOverride = null;
      throw error;
    } finally {
      await this.reloadStartup();
      this.dataGeneration++;
    }
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.status = 'error';
  }
}
