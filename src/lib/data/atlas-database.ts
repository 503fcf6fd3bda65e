import { getDatabase, type AsyncDuckDBConnection } from './duckdb';
import { loadParquet } from './parquet';
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
    const databaseReady = getDatabase();
    const buffersReady = ATLAS_TABLES.map((table) => ({
      table,
      url: new URL(`data/${table}.parquet`, baseUrl).href,
    }));
    const db = await databaseReady;
    const connection = await db.connect();
    onProgress('data');
    for (const { table, url } of buffersReady) {
      onProgress('data', table);
      await loadParquet(connection, table, url);
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

export async function executeQuery(
  connection: AsyncDuckDBConnection,
  query: SqlQuery,
): Promise<Row[]> {
  const statement = await connection.prepare(query.text);
  try {
    const result = await statement.query(...query.params);
    return result.toArray().map((row) => row.toJSON() as Row);
  } finally {
    await statement.close();
  }
}
