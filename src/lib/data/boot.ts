import { Engine } from './engine';
import { markPerf } from '../perf';
import { derivedTableSql, openStorageSql, settleStorageSql } from './build-sql';

export interface DataManifest {
  version: string;
  tables: Record<string, { rows: number; bytes: number; file: string }>;
}

/**
 * A bundled data file's address. Every file but the manifest carries the data version, so a
 * cached copy always belongs to the app that asks for it (see public/sw.js).
 */
export function dataUrl(path: string, baseUrl: string): string {
  const url = new URL(`data/${path}`, baseUrl);
  if (path !== 'manifest.json') url.searchParams.set('v', __ATLAS_DATA_VERSION__);
  return url.href;
}

/** The tables the app loads from public/data; the derived ones come ready-made from the build. */
export const ATLAS_TABLES = [
  'countries',
  'regions',
  'sources',
  'observations',
  'market_scores',
  'coverage',
  'count_series',
] as const;

export type LoadProgress = (step: 'engine' | 'data' | 'ready', detail?: string) => void;

let enginePromise: Promise<Engine> | null = null;

/** Boots the engine and loads the bundled tables; the engine starts before the data arrive. */
export function openAtlasEngine(
  baseUrl: string,
  onProgress: LoadProgress = () => {},
): Promise<Engine> {
  enginePromise ??= (async () => {
    onProgress('engine');
    // Loaded on demand so the first view does not wait for the engine's JavaScript.
    const databaseReady = import('./duckdb').then((m) => m.getDatabase());
    const parquetReady = import('./parquet');
    // The data download starts now and runs while the engine starts (not after the first
    // figures are drawn, which would hold the module's evaluation).
    const buffersReady = ATLAS_TABLES.map((table) => {
      const url = dataUrl(`${table}.parquet`, baseUrl);
      return {
        table,
        buffer: fetch(url).then((response) => {
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          return response.arrayBuffer();
        }),
      };
    });
    buffersReady.forEach((b) => b.buffer.catch(() => {}));
    const db = await databaseReady;
    const [{ insertParquet }, { wasmConnector }] = await Promise.all([
      parquetReady,
      import('./wasm-connector'),
    ]);
    const connection = await db.connect();
    const connector = wasmConnector(db, connection);
    for (const statement of openStorageSql()) await connector.exec(statement);
    const engine = new Engine(connector, derivedTableSql, settleStorageSql);
    markPerf('engine-storage-open');
    onProgress('data');
    // The derived tables come from the build; rebuilding them here would only cost time.
    await engine.replaceTables(async (writer) => {
      for (const { table, buffer } of buffersReady) {
        onProgress('data', table);
        await insertParquet(writer, table, await buffer);
      }
    }, false);
    onProgress('ready');
    return engine;
  })();
  enginePromise.catch(() => {
    enginePromise = null;
  });
  return enginePromise;
}

export async function fetchManifest(baseUrl: string): Promise<DataManifest> {
  const response = await fetch(dataUrl('manifest.json', baseUrl));
  if (!response.ok) throw new Error(`data/manifest.json: HTTP ${response.status}`);
  return (await response.json()) as DataManifest;
}
