import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Engine, type Connector, type Row } from '../../src/lib/data/engine';
import { derivedTableSql, openStorageSql, settleStorageSql } from '../../src/lib/data/build-sql';
import type { SqlQuery } from '../../src/lib/data/sql';
import { loadTables } from './load-tables';

/** Rows as plain JSON, as DuckDB-WASM hands them to the browser (BigInt as Number). */
function plainRows(rows: Record<string, unknown>[]): Row[] {
  return JSON.parse(
    JSON.stringify(rows, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
  ) as Row[];
}

/** The connector over DuckDB's Node API: the same SQL the browser runs, on the same tables. */
export function nodeConnector(connection: DuckDBConnection): Connector {
  let fileDirectory: string | null = null;
  return {
    async query(query: SqlQuery) {
      const reader = await connection.runAndReadAll(query.text, [...query.params] as never);
      return plainRows(reader.getRowObjectsJS() as Record<string, unknown>[]);
    },
    async exec(query: SqlQuery) {
      await connection.run(query.text, [...query.params] as never);
    },
    forgetStatements() {},
    /** Files for read_csv go to a private temporary directory that DuckDB searches. */
    async registerFile(name: string, content: Uint8Array | Blob) {
      const bytes = content instanceof Blob ? new Uint8Array(await content.arrayBuffer()) : content;
      if (!fileDirectory) {
        fileDirectory = mkdtempSync(join(tmpdir(), 'atlas-files-'));
        await connection.run(`SET file_search_path = '${fileDirectory.replaceAll("'", "''")}'`);
      }
      writeFileSync(join(fileDirectory, basename(name)), bytes);
    },
    async dropFile(name: string) {
      if (fileDirectory) rmSync(join(fileDirectory, basename(name)), { force: true });
    },
  };
}

export interface NodeEngine {
  engine: Engine;
  connection: DuckDBConnection;
  close(): void;
}

/** An engine over an in-memory DuckDB, loaded from a data directory laid out like data/. */
export async function openNodeEngine(dataDir?: string): Promise<NodeEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const connector = nodeConnector(connection);
  for (const statement of openStorageSql()) await connector.exec(statement);
  const engine = new Engine(connector, derivedTableSql, settleStorageSql);
  if (dataDir) await engine.replaceTables((writer) => loadTables(writer, dataDir));
  return {
    engine,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
