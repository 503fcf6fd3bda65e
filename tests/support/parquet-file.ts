import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** A Parquet file written by DuckDB from one SELECT, in a new temporary folder; its path. */
export async function parquetFile(
  name: string,
  select: string,
  options: { rowGroupSize?: number } = {},
): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-pq-')), name);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const groups = options.rowGroupSize ? `, ROW_GROUP_SIZE ${options.rowGroupSize}` : '';
    await connection.run(`COPY (${select}) TO '${file}' (FORMAT parquet${groups})`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return file;
}
