import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { SqlQuery } from './sql';
import type { Row } from './runner';

export interface DataManifest {
  version: string;
  tables: Record<string, { rows: number; bytes: number; file: string }>;
}

export function dataUrl(path: string, baseUrl: string): string {
  return new URL(`data/${path}`, baseUrl).href;
}

export const ATLAS_TABLES = [
  'countries',
  'regions',
  'sources',
  'observations',
  'market_scores',
  'coverage',
] as const;

let connectionPromise: Promise<AsyncDuckDBConnection> | null = null;

export type LoadProgress = (step: 'engine' | 'data' | 'ready', detail?: string) => void;

/** Boots the engine and loads the bundled tables; the engine starts before the data arrive. */
export function openAtlasDatabase(
  baseUrl: string,
  onProgress: LoadProgress = () => {},
): Promise<AsyncDuckDBConnection> {
  connectionPromise ??= (async () => {
    onProgress('engine');
    // Loaded on demand so the first view does not wait for the engine's JavaScript.
    const databaseReady = import('./duckdb').then((m) => m.getDatabase());
    const parquetReady = import('./parquet');
    // The data download runs while the engine starts.
    const buffersReady = ATLAS_TABLES.map((table) => ({
      table,
      buffer: parquetReady.then((m) =>
        m.fetchParquet(new URL(`data/${table}.parquet`, baseUrl).href),
      ),
    }));
    buffersReady.forEach((b) => b.buffer.catch(() => {}));
    const db = await databaseReady;
    const { insertParquet } = await parquetReady;
    const connection = await db.connect();
    onProgress('data');
    for (const { table, buffer } of buffersReady) {
      onProgress('data', table);
      await insertParquet(connection, table, await buffer);
    }
    onProgress('ready');
    return connection;
  })();
  connectionPromise.catch(() => {
    connectionPromise = null;
  });
  return connectionPromise;
}

export async function fetchManifest(baseUrl: string): Promise<DataManifest> {
  const response = await fetch(new URL('data/manifest.json', baseUrl).href);
  if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status}`);
  return (await response.json()) as DataManifest;
}

const statements = new WeakMap<
  AsyncDuckDBConnection,
  Map<string, Promise<AsyncPreparedStatement>>
>();

/** Runs a query as a prepared statement, prepared once per SQL text and connection. */
export async function executeQuery(
  connection: AsyncDuckDBConnection,
  query: SqlQuery,
): Promise<Row[]> {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let prepared = cache.get(query.text);
  if (!prepared) {
    prepared = connection.prepare(query.text);
    cache.set(query.text, prepared);
    prepared.catch(() => cache?.delete(query.text));
  }
  const result = await (await prepared).query(...query.params);
  return result.toArray().map((row) => row.toJSON() as Row);
}

/** Forgets prepared statements, e.g. after a table they read was replaced. */
export function forgetPreparedStatements(connection: AsyncDuckDBConnection): void {
  statements.delete(connection);
}

/** The shared engine instance (for registering in-memory files). */
export async function atlasDatabase(): Promise<import('@duckdb/duckdb-wasm').AsyncDuckDB> {
  return (await import('./duckdb')).getDatabase();
}
