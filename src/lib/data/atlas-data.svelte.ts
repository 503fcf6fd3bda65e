import { untrack } from 'svelte';
import type { Topology } from 'topojson-specification';
import { dataUrl, fetchManifest, openAtlasEngine, type DataManifest } from './boot';
import type { Engine, Row, TableWriter } from './engine';
import { ViewRunner, type ViewFailures, type ViewPlan, type ViewResults } from './runner';
import { sameData } from './same-data';
import {
  precomputeKey,
  precomputedFile,
  precomputedStates,
  type PrecomputedView,
} from './precomputed';
import { shapeStartup, startupQueries, type StartupTables } from './startup';
import type { CountYears } from './queries/stage-years';
import { listedRowsQuery } from './queries/listed-rows';
import type { CountryRow, PublishedFigure, RegionRow, SourceRow } from '../model/rows';
import type { QueryFilters } from '../model/filters';
import { markPerf } from '../perf';

export type LoadStatus = 'engine' | 'data' | 'ready' | 'error';

/** The tables the views ask: a new object with every change of tables, so one signal. */
export interface TableVersion {
  generation: number;
  /** A user's count source the State views' queries draw alone instead of the bundled ones. */
  countSourceOverride: string | null;
}

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
  countYears = $state.raw<CountYears[]>([]);
  /** One result per view name; an unchanged view keeps the same object across refreshes. */
  results = $state.raw<ViewResults | null>(null);
  /** Why a view has no result (its queries or shaping failed), by view name; the others show. */
  failures = $state.raw<ViewFailures>({});
  /** The query filters the results were computed for: titles and labels describe these. */
  resultsFor = $state.raw<QueryFilters | null>(null);
  /** Whether the results on screen came from the build-time precomputation or the engine. */
  resultsSource = $state<'precomputed' | 'live' | null>(null);
  engineReady = $state(false);
  /**
   * The count source the results on screen were drawn from, when a user's replaces the bundled
   * ones; changed with the results, like the start-up tables after a change of tables.
   */
  countSourceOverride = $state<string | null>(null);
  /** Queries under way: the page shows that it is busy. */
  pending = $state(0);
  /** Replaced whenever tables change, in one step, so that the views ask again once. */
  tables = $state.raw<TableVersion>({ generation: 0, countSourceOverride: null });
  /** Start-up tables read after a change of tables, shown with the first results that follow. */
  private staged: { tables: TableVersion; startup: StartupTables } | null = null;

  private engine: Engine | null = null;
  private baseUrl: string | null = null;
  /** The precomputed state asked for last: an earlier answer arriving late is dropped. */
  private precomputedWanted: string | null = null;
  private engineArrived: (engine: Engine) => void = () => {};
  /** The engine once it is up: reading a user's file waits for it. */
  readonly whenEngine: Promise<Engine> = new Promise((resolve) => (this.engineArrived = resolve));
  private readonly runner = new ViewRunner();
  /** How many times the views asked the engine (the benchmark and tests count them). */
  refreshes = 0;

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
      const startup = await this.readStartup();
      if (startup) this.applyStartup(startup);
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
      this.applyStartup(shapeStartup(body.startup));
      const results = Object.fromEntries(
        plans.map((plan) => [plan.name, plan.shape(body.views[plan.name] ?? {})]),
      );
      this.runner.remember(plans, results, this.engine?.generation ?? 0);
      this.results = results;
      this.failures = {};
      this.resultsFor = initial;
      this.resultsSource = 'precomputed';
      this.status = 'ready';
    } catch {
      // The live queries will draw the view; a missing precomputation only costs time.
    }
  }

  /** Shows start-up tables; a table equal to the one shown keeps its object (no redraw). */
  private applyStartup(startup: StartupTables): void {
    const kept = <T>(shown: T, next: T) => (sameData(shown, next) ? shown : next);
    this.countries = kept(this.countries, startup.countries);
    this.sources = kept(this.sources, startup.sources);
    this.regions = kept(this.regions, startup.regions);
    this.keyFigures = kept(this.keyFigures, startup.keyFigures);
    this.countYears = kept(this.countYears, startup.countYears);
  }

  private async readStartup(): Promise<StartupTables | null> {
    const engine = this.engine;
    if (!engine) return null;
    const raw: Record<string, Row[]> = {};
    for (const [name, query] of Object.entries(startupQueries()))
      raw[name] = await engine.query(query);
    return shapeStartup(raw);
  }

  async refresh(filters: QueryFilters, plans: readonly ViewPlan[]): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    // Called from an effect: reading and counting must not make that effect depend on them.
    const tables = untrack(() => this.tables);
    this.refreshes++;
    untrack(() => this.pending++);
    try {
      const outcome = await this.runner.run(plans, (q) => engine.query(q), engine.generation);
      if (outcome.status === 'stale') return;
      // A change of tables shows in one step: its start-up tables and count source with the
      // first results asked of them.
      const staged = this.staged;
      if (staged?.tables === tables) {
        this.staged = null;
        this.applyStartup(staged.startup);
        this.countSourceOverride = tables.countSourceOverride;
      }
      this.results = outcome.results;
      this.failures = outcome.failures;
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

  /** The observation rows behind ids and references in view, each once, for the reader to list. */
  async listedRows(obsIds: readonly string[]): Promise<Row[]> {
    const engine = await this.whenEngine;
    return engine.query(listedRowsQuery(obsIds));
  }

  /**
   * Changes tables (user data, the benchmark's synthetic rows) and the count source the State
   * views draw. The views then ask again, once: the new tables and count source and whatever
   * `alongside` changes (the period widened to the loaded years) reach them in one step.
   */
  async replaceTables<T extends { countSourceOverride: string | null }>(
    change: (writer: TableWriter) => Promise<T>,
    alongside?: (outcome: T) => void,
  ): Promise<void> {
    const engine = this.engine;
    if (!engine) throw new Error('the engine is still starting');
    let outcome: T | null = null;
    try {
      outcome = await engine.replaceTables(change);
    } finally {
      const startup = await this.readStartup();
      const tables = {
        generation: this.tables.generation + 1,
        countSourceOverride: outcome?.countSourceOverride ?? null,
      };
      if (startup) this.staged = { tables, startup };
      this.tables = tables;
      if (outcome) alongside?.(outcome);
    }
  }

  private fail(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error);
    this.status = 'error';
  }
}
