import { TABLES, type TableName } from '../vocabulary/contract';

function literalPath(path: string): string {
  if (/['\\\n\r]/.test(path)) throw new Error(`unsafe path for SQL: ${path}`);
  return `'${path}'`;
}

/** Build-time SQL (Node): CSV tables from data/ into typed tables, then into Parquet. */
export function createTableFromCsvSql(table: TableName, files: string[]): string {
  const columns = TABLES[table].map((c) => `'${c.name}': '${c.sqlType}'`).join(', ');
  const fileList = `[${files.map(literalPath).join(', ')}]`;
  return `CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv(${fileList}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${columns}})`;
}

export function copyTableToParquetSql(table: TableName, path: string): string {
  const order = TABLES[table][0]?.name ?? 'rowid';
  return `COPY (SELECT * FROM "${table}" ORDER BY "${order}") TO ${literalPath(path)} (FORMAT parquet, COMPRESSION snappy)`;
}

export function countRowsSql(table: TableName): string {
  return `SELECT count(*)::INTEGER AS n FROM "${table}"`;
}
