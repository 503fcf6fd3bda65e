import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { executeQuery, forgetPreparedStatements } from './atlas-database';
import { loadParquet } from './parquet';
import { viewQueries } from './view-queries';
import { repaintDurations } from '../perf';
import type { AtlasData } from './atlas-data.svelte';
import type { Filters } from '../state/url-codec';
import { SYNTHETIC_SOURCE_ID, SYNTHETIC_SOURCE_SQL, syntheticObservationsSql } from './synthetic';

export interface BenchHooks {
  repaints(): number[];
  /** The engine time for the view queries that differ from those of the previous filters. */
  bareQueryMs(filters: Filters, previous?: Filters): Promise<number>;
  useSynthetic(kind: 'parquet' | 'range', rows: number, url?: string): Promise<{ loadMs: number }>;
}

export function installBenchHooks(data: AtlasData, connection: AsyncDuckDBConnection): void {
  const hooks: BenchHooks = {
    repaints: repaintDurations,
    async bareQueryMs(filters) {
      const started = performance.now();
      for (const query of Object.values(viewQueries(filters, data.countSourceId)))
        await executeQuery(connection, query);
      return performance.now() - started;
    },
    async useSynthetic(kind, rows, url) {
      const started = performance.now();
      if (kind === 'parquet' && url) await loadParquet(connection, 'observations', url);
      else await connection.query(syntheticObservationsSql(rows));
      const loadMs = performance.now() - started;
      await connection.query(`DELETE FROM sources WHERE source_id = '${SYNTHETIC_SOURCE_ID}'`);
      await connection.query(SYNTHETIC_SOURCE_SQL);
      forgetPreparedStatements(connection);
      data.forgetResults();
      data.countSourceId = SYNTHETIC_SOURCE_ID;
      await data.reloadStartup((q) => executeQuery(connection, q));
      return { loadMs };
    },
  };
  (window as unknown as { atlasBench: BenchHooks }).atlasBench = hooks;
}
