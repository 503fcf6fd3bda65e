import * as duckdb from '@duckdb/duckdb-wasm';
import { markPerf } from '../perf';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import workerStartUrl from './duckdb-worker-start.js?url';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl },
  eh: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl },
};

let databasePromise: Promise<duckdb.AsyncDuckDB> | null = null;

/** The one shared engine: every caller awaits the same instantiation. */
export function getDatabase(): Promise<duckdb.AsyncDuckDB> {
  databasePromise ??= (async () => {
    const bundle = await duckdb.selectBundle(BUNDLES);
    if (!bundle.mainWorker) throw new Error('no DuckDB worker bundle for this browser');
    markPerf(`engine-bundle-${bundle.mainModule === ehWasmUrl ? 'eh' : 'mvp'}`);
    // Through a starter that fills in what WebKitGTK lacks (see duckdb-worker-start.js).
    const engineWorker = new URL(bundle.mainWorker, location.href).href;
    const worker = new Worker(workerStartUrl, { type: 'classic', name: engineWorker });
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    markPerf('engine-instantiated');
    await db.open({
      query: { castBigIntToDouble: true, castDecimalToDouble: true },
      // The engine must never fetch extensions: the atlas works offline.
      allowUnsignedExtensions: false,
    });
    markPerf('engine-opened');
    return db;
  })();
  databasePromise.catch(() => {
    databasePromise = null;
  });
  return databasePromise;
}

export type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
