import { allViewsDrawnDurations, repaintDurations } from '../perf';
import type { QueryFilters } from '../model/filters';
import type { AtlasData } from './atlas-data.svelte';
import type { ViewPlan } from './runner';
import { queryKey, sql, type SqlQuery } from './sql';
import { fetchParquet, insertParquet } from './parquet';
import { SYNTHETIC_SOURCE_ID, syntheticObservationsSql, syntheticSourceSql } from './synthetic';

/** Installed only when the page's query is exactly `bench=1`: the benchmark's and tests' hooks. */
export interface BenchHooks {
  repaints(): number[];
  allViewsDrawn(): number[];
  /** How many times the views asked the engine since the page opened. */
  refreshes(): number;
  /** The results the views draw now, by view name, and where they came from. */
  results(): { source: string | null; views: unknown };
  /** Engine time for the queries of `filters` that differ from those of `previous`. */
  bareQueryMs(filters: QueryFilters, previous?: QueryFilters): Promise<number>;
  useSynthetic(
    kind: 'parquet' | 'range',
    rows: number,
    url?: string,
  ): Promise<{ loadMs: number; totalMs: number }>;
  /** Bytes the engine's tables hold in memory. */
  storedBytes(): Promise<number>;
}

export function installBenchHooks(
  data: AtlasData,
  plansFor: (filters: QueryFilters) => ViewPlan[],
): void {
  const queriesOf = (filters: QueryFilters) => {
    const all = new Map<string, SqlQuery>();
    for (const plan of plansFor(filters))
      for (const q of Object.values(plan.queries)) all.set(queryKey(q), q);
    return all;
  };
  const hooks: BenchHooks = {
    repaints: repaintDurations,
    allViewsDrawn: allViewsDrawnDurations,
    refreshes: () => data.refreshes,
    results: () => ({ source: data.resultsSource, views: data.results }),
    async bareQueryMs(filters, previous) {
      const engine = data.readyEngine;
      if (!engine) throw new Error('engine not ready');
      const before = previous ? queriesOf(previous) : new Map<string, SqlQuery>();
      const changed = [...queriesOf(filters)].filter(([key]) => !before.has(key));
      const started = performance.now();
      await Promise.all(changed.map(([, q]) => engine.queryUncached(q)));
      return performance.now() - started;
    },
    async useSynthetic(kind, rows, url) {
      const started = performance.now();
      let loadMs = 0;
      await data.replaceTables(async (writer) => {
        if (kind === 'parquet' && url)
          await insertParquet(writer, 'observations', await fetchParquet(url));
        else for (const statement of syntheticObservationsSql(rows)) await writer.exec(statement);
        loadMs = performance.now() - started;
        for (const statement of syntheticSourceSql()) await writer.exec(statement);
        return { countSourceOverride: SYNTHETIC_SOURCE_ID };
      });
      return { loadMs, totalMs: performance.now() - started };
    },
    async storedBytes() {
      const engine = data.readyEngine;
      if (!engine) throw new Error('engine not ready');
      const [row] = await engine.queryUncached(
        sql`SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'`,
      );
      return Number(row?.bytes ?? 0);
    },
  };
  (window as unknown as { atlasBench: BenchHooks }).atlasBench = hooks;
}
