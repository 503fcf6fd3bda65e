import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { startupQueries, viewQueries } from '../../src/lib/data/view-queries';
import {
  precomputeKey,
  precomputedFile,
  precomputedStates,
  type PrecomputedView,
} from '../../src/lib/data/precomputed';
import type { SqlQuery } from '../../src/lib/data/sql';
import type { Row } from '../../src/lib/data/runner';

async function run(connection: DuckDBConnection, query: SqlQuery): Promise<Row[]> {
  const reader = await connection.runAndReadAll(query.text, [...query.params] as never);
  return JSON.parse(
    JSON.stringify(reader.getRowObjectsJS(), (_, v) => (typeof v === 'bigint' ? Number(v) : v)),
  ) as Row[];
}

/** The same SQL the browser runs, run at build time so the first view draws before the engine is up. */
export async function writePrecomputed(
  connection: DuckDBConnection,
  outDir: string,
  version: string,
): Promise<string[]> {
  const written: string[] = [];
  const startup: Record<string, Row[]> = {};
  for (const [name, query] of Object.entries(startupQueries()))
    startup[name] = await run(connection, query);
  for (const filters of precomputedStates()) {
    const key = precomputeKey(filters);
    const views: Record<string, Row[]> = {};
    for (const [name, query] of Object.entries(viewQueries(filters)))
      views[name] = await run(connection, query);
    const file = resolve(outDir, precomputedFile(key));
    mkdirSync(dirname(file), { recursive: true });
    const body: PrecomputedView = { key, version, views, startup };
    writeFileSync(file, JSON.stringify(body));
    written.push(key);
  }
  return written;
}
