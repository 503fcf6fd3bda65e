import type { Topology } from 'topojson-specification';
import {
  dataUrl,
  executeQuery,
  fetchManifest,
  openAtlasDatabase,
  type DataManifest,
} from './atlas-database';
import type { AsyncDuckDBConnection } from './duckdb';
import { LatestQueryRunner } from './runner';
import { availableYearsQuery, toYearCoverage, type YearCoverage } from './queries/available-years';
import { sourcesQuery, toSourceRows, type SourceRow } from './queries/sources';
import {
  toStateShareRows,
  womenShareByStateQuery,
  type StateShareRow,
} from './queries/women-share-by-state';
import type { Filters } from '../state/url-codec';

export const UNODC_SOURCE_ID = 'UNODC_GLOTIP';
export const TRAFFICKING = 'human_trafficking';

export type LoadStatus = 'engine' | 'data' | 'ready' | 'error';

/** Owns the connection and the results the views draw; views never see SQL. */
export class AtlasData {
  status = $state<LoadStatus>('engine');
  error = $state<string | null>(null);
  manifest = $state.raw<DataManifest | null>(null);
  topology = $state.raw<Topology | null>(null);
  sources = $state.raw<SourceRow[]>([]);
  years = $state.raw<YearCoverage[]>([]);
  shares = $state.raw<StateShareRow[] | null>(null);
  sharesFor = $state.raw<Pick<Filters, 'stage' | 'year'> | null>(null);

  runnerReady = $state(false);
  private connection: AsyncDuckDBConnection | null = null;
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
      this.connection = await connectionReady;
      const connection = this.connection;
      this.runner = new LatestQueryRunner((q) => executeQuery(connection, q));
      this.sources = toSourceRows(await executeQuery(connection, sourcesQuery()));
      this.runnerReady = true;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }

  async refresh(filters: Pick<Filters, 'stage' | 'year'>): Promise<void> {
    if (!this.runner) return;
    try {
      const [years, shares] = await Promise.all([
        this.runner.run(
          'years',
          availableYearsQuery({
            stage: filters.stage,
            sourceId: UNODC_SOURCE_ID,
            market: TRAFFICKING,
          }),
          toYearCoverage,
        ),
        this.runner.run(
          'shares',
          womenShareByStateQuery({ ...filters, sourceId: UNODC_SOURCE_ID, market: TRAFFICKING }),
          toStateShareRows,
        ),
      ]);
      if (years.status === 'fresh') this.years = years.value;
      if (shares.status === 'fresh') {
        this.shares = shares.value;
        this.sharesFor = { ...filters };
      }
      this.status = 'ready';
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.status = 'error';
    }
  }
}
