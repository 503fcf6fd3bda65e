import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openNodeEngine } from '../../data/scripts/node-engine';
import {
  SYNTHETIC_SOURCE_ID,
  syntheticObservationsSql,
  syntheticSourceSql,
} from '../../src/lib/data/synthetic';
import { sql } from '../../src/lib/data/sql';
import { viewPlans } from '../../src/views/registry';
import { DEFAULT_FILTERS, queryFiltersOf } from '../../src/lib/model/filters';

/** The atlas's tables with the observations replaced by `rows` synthetic ones, in the Node engine. */
async function syntheticEngine(rows: number) {
  const opened = await openNodeEngine(resolve(import.meta.dirname, '../../data'));
  await opened.engine.replaceTables(async (writer) => {
    for (const statement of syntheticSourceSql()) await writer.exec(statement);
    for (const statement of syntheticObservationsSql(rows)) await writer.exec(statement);
    return null;
  });
  return opened;
}

describe('the benchmark’s synthetic rows', () => {
  it('replace the observations through the engine, all labelled synthetic, and every view’s SQL runs on them', async () => {
    const { engine, close } = await syntheticEngine(5000);
    try {
      const [counts] = await engine.query(
        sql`SELECT count(*) AS n, count(DISTINCT source_id) AS sources, min(source_id) AS source FROM observations`,
      );
      expect(Number(counts?.n)).toBe(5000);
      expect(Number(counts?.sources)).toBe(1);
      expect(counts?.source).toBe(SYNTHETIC_SOURCE_ID);
      const [source] = await engine.query(
        sql`SELECT publisher FROM sources WHERE source_id = ${SYNTHETIC_SOURCE_ID}`,
      );
      expect(source?.publisher).toBe('SYNTHETIC DATA (benchmark only)');
      for (const plan of viewPlans(queryFiltersOf(DEFAULT_FILTERS), { countSourceOverride: null }))
        for (const query of Object.values(plan.queries)) await engine.query(query);
      // A figure of that source at a hierarchy level stays a published figure; its counts do not.
      await engine.replaceTables(async (writer) => {
        await writer.exec(
          sql`INSERT INTO observations SELECT * REPLACE ('SYN-LEADERS' AS obs_id, 'leadership' AS hierarchy, 'share' AS measure, 30.0 AS value, 'percent' AS unit, 2020 AS period_start, 2020 AS period_end) FROM observations LIMIT 1`,
        );
        return null;
      });
      const hierarchy = viewPlans(queryFiltersOf(DEFAULT_FILTERS), {
        countSourceOverride: SYNTHETIC_SOURCE_ID,
      }).find((p) => p.name === 'hierarchy')!;
      const listed = (await engine.query(hierarchy.queries.published!)).filter(
        (r) => r.source_id === SYNTHETIC_SOURCE_ID,
      );
      expect(listed.map((r) => r.obs_id)).toEqual(['SYN-LEADERS']);
    } finally {
      close();
    }
  }, 60000);

  it('every view’s SQL runs unchanged through the Node executor on a million rows (the path for a server-side DuckDB)', async () => {
    const { engine, close } = await syntheticEngine(1_000_000);
    try {
      const [counts] = await engine.query(sql`SELECT count(*) AS n FROM observations`);
      expect(Number(counts?.n)).toBe(1_000_000);
      const [series] = await engine.query(sql`SELECT count(*) AS n FROM count_series`);
      expect(Number(series?.n)).toBeGreaterThan(0);
      // Stored compressed (openStorageSql): uncompressed, these tables took 188 MB.
      const [stored] = await engine.query(
        sql`SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'`,
      );
      expect(Number(stored?.bytes)).toBeLessThan(50e6);
      const states = new Set<number>();
      for (const filters of [
        DEFAULT_FILTERS,
        { ...DEFAULT_FILTERS, stage: 'prosecuted' as const, region: 'OSCE_2023_STUDY' },
      ])
        for (const plan of viewPlans(queryFiltersOf(filters), {
          countSourceOverride: SYNTHETIC_SOURCE_ID,
        }))
          for (const [name, query] of Object.entries(plan.queries)) {
            const rows = await engine.query(query);
            expect(Array.isArray(rows), `${plan.name}.${name}`).toBe(true);
            // The counts the State views draw are not listed again as published figures.
            if (name === 'published')
              expect(rows.filter((r) => r.source_id === SYNTHETIC_SOURCE_ID)).toEqual([]);
            if (plan.name === 'states' && filters === DEFAULT_FILTERS) {
              states.add(rows.length);
              // The shares come from the synthetic counts, not from nothing.
              expect(rows.some((r) => r.share !== null)).toBe(true);
            }
          }
      // The States view answers one row per State and Kosovo whatever the table's size.
      expect([...states]).toEqual([58]);
    } finally {
      close();
    }
  }, 600000);

  it('refuses a row count out of range', () => {
    expect(() => syntheticObservationsSql(0)).toThrow('rows out of range');
    expect(() => syntheticObservationsSql(1.5)).toThrow('rows out of range');
  });
});
