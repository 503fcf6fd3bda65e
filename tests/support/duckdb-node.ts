import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTableFromCsvSql } from '../../src/lib/data/build-sql';
import type { SqlQuery } from '../../src/lib/data/sql';

/** A real DuckDB loaded from a data directory laid out like data/. */
export async function openNodeDatabase(dataDir: string): Promise<{
  connection: DuckDBConnection;
  run(query: SqlQuery): Promise<Record<string, unknown>[]>;
  close(): void;
}> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const observationFiles = readdirSync(resolve(dataDir, 'observations'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => resolve(dataDir, 'observations', f));
  await connection.run(createTableFromCsvSql('countries', [resolve(dataDir, 'countries.csv')]));
  await connection.run(createTableFromCsvSql('sources', [resolve(dataDir, 'sources.csv')]));
  await connection.run(createTableFromCsvSql('observations', observationFiles));
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
