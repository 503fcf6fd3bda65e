import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { SqlQuery } from '../../src/lib/data/sql';
import { loadTables } from '../../data/scripts/load-tables';

/** A real DuckDB loaded from a data directory laid out like data/. */
export async function openNodeDatabase(dataDir: string): Promise<{
  connection: DuckDBConnection;
  run(query: SqlQuery): Promise<Record<string, unknown>[]>;
  close(): void;
}> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await loadTables(connection, dataDir);
  return {
    connection,
    async run(query) {
      const reader = await connection.runAndReadAll(query.text, [...query.params] as never);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
