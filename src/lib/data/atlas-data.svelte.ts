import type { Topology } from 'topojson-specification';
import {
  dataUrl,
  executeQuery,
  fetchManifest,
  openAtlasDatabase,
  type DataManifest,
} from './atlas-database';
import type { AsyncDuckDBConnection } from './duckdb';
import { LatestQueryRunner, type Row } from './runner';
import type { SqlQuery } from './sql';
import { sourcesQuery, toSourceRows, type SourceRow } from './queries/sources';
import { regionsQuery, toRegionRows, type RegionRow } from './queries/regions';
import {
  toStateShareRows,
  womenShareByStateQuery,
  type StateShareRow,
} from './queries/women-share-by-state';
import {
  stageYearCountsQuery,
  toStageYearShares,
  type StageYearShare,
} from './queries/share-pivot';
import {
  publishedFiguresQuery,
  toPublishedFigures,
  type PublishedFigure,
} from './queries/published-figures';
import { marketScoresQuery, toMarketScores, type MarketScore } from './queries/market-scores';
import { coverageQuery, toCoverageCells, type CoverageCell } from './queries/coverage';
import type { Filters } from '../state/url-codec';
import { STAGE } from '../vocabulary/codes';

export const UNODC_SOURCE_ID = 'UNODC_GLOTIP';
export const GITOC_EDITION = 2023;

export type LoadStatus = 'engine' | 'data' | 'ready' | 'error';

export interface ViewResults {
  shares: StateShareRow[];
  stageYears: StageYearShare[];
  published: PublishedFigure[];
  scores: MarketScore[];
  coverage: CoverageCell[];
}

/** The queries behind every view, for one state of the filters. */
export function viewQueries(filters: Filters): Record<keyof ViewResults, SqlQuery> {
  const base = {
    stage: filters.stage,
    // The per-State counts by sex are trafficking figures; other markets have none.
    market: filters.market ?? 'human_trafficking',
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
    region: filters.region,
    sourceKind: filters.sourceKind,
  };
  return {
    shares: womenShareByStateQuery({ ...base, sourceId: UNODC_SOURCE_ID }),
    stageYears: stageYearCountsQuery({
      ...base,
      sourceId: UNODC_SOURCE_ID,
      states: filters.selected,
    }),
    published: publishedFiguresQuery({
      excludeSourceId: UNODC_SOURCE_ID,
      sourceKind: filters.sourceKind,
      yearFrom: filters.yearFrom,
      yearTo: filters.yearTo,
    }),
    scores: marketScoresQuery({ edition: GITOC_EDITION, region: filters.region }),
    coverage: coverageQuery({
      stages: Object.keys(STAGE),
      yearFrom: filters.yearFrom,
      yearTo: filters.yearTo,
      region: filters.region,
    }),
  };
}

const SHAPERS: { [K in keyof ViewResults]: (rows: Row[]) => ViewResults[K] } = {
  shares: toStateShareRows,
  stageYears: toStageYearShares,
  published: toPublishedFigures,
  scores: toMarketScores,
  coverage: toCoverageCells,
};

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
  runnerReady = $state(false);

  private runner: LatestQueryRunner | null = null;

  async start(baseUrl: string): Promise<void> {
    try {
      const connectionReady = openAtlasDatabase(baseUrl, (step) => {
        if (step === 'data') this.status = 'data';
      });
      const [manifest, topology] = await Promise.all([
        fetchManifest(baseUrl),
        fetch(dataUrl('osce-map.topo.json', baseUrl)).then((r) => {
          if (!r.ok) throw new Error(`map data: HTTP ${r.status}`);
          return r.json() as Promise<Topology>;
        }),
      ]);
      this.manifest = manifest;
      this.topology = topology;
      const connection: AsyncDuckDBConnection = await connectionReady;
      this.runner = new LatestQueryRunner((q) => executeQuery(connection, q));
      this.sources = toSourceRows(await executeQuery(connection, sourcesQuery()));
      this.regions = toRegionRows(await executeQuery(connection, regionsQuery()));
      this.keyFigures = toPublishedFigures(
        await executeQuery(
          connection,
          publishedFiguresQuery({
            excludeSourceId: UNODC_SOURCE_ID,
            sourceKind: null,
            yearFrom: 1900,
            yearTo: 2100,
          }),
        ),
      );
      this.runnerReady = true;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  async refresh(filters: Filters): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    try {
      const queries = viewQueries(filters);
      const keys = Object.keys(queries) as (keyof ViewResults)[];
      const outcomes = await Promise.all(
        keys.map((key) => runner.run(key, queries[key], SHAPERS[key] as (rows: Row[]) => unknown)),
      );
      if (outcomes.some((o) => o.status === 'stale')) return;
      const results = Object.fromEntries(
        keys.map((key, i) => [key, (outcomes[i] as { value: unknown }).value]),
      ) as unknown as ViewResults;
      this.results = results;
      this.resultsFor = filters;
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}
