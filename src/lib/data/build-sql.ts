import { DERIVED_TABLES, TABLES, type TableName } from '../vocabulary/contract';
import { STAGE } from '../vocabulary/codes';

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

export type BuiltTable = TableName | keyof typeof DERIVED_TABLES;

export function copyTableToParquetSql(table: BuiltTable, path: string): string {
  const columns = table === 'coverage' ? DERIVED_TABLES.coverage : TABLES[table];
  const order = columns
    .slice(0, table === 'coverage' ? 3 : 1)
    .map((c) => `"${c.name}"`)
    .join(', ');
  return `COPY (SELECT * FROM "${table}" ORDER BY ${order}) TO ${literalPath(path)} (FORMAT parquet, COMPRESSION snappy)`;
}

export function countRowsSql(table: BuiltTable): string {
  return `SELECT count(*)::INTEGER AS n FROM "${table}"`;
}

/**
 * For every State (and Kosovo), every stage and every year that any observation covers:
 * whether a figure by sex exists, only a total, or nothing. Offenders only.
 */
export function createCoverageSql(): string {
  const stages = Object.keys(STAGE)
    .map((code) => {
      if (!/^[a-z_]+$/.test(code)) throw new Error(`unexpected stage code ${code}`);
      return `('${code}')`;
    })
    .join(', ');
  return `CREATE OR REPLACE TABLE coverage AS
WITH stages(stage) AS (VALUES ${stages}),
spread AS (
  SELECT area, stage, sex, obs_id, unnest(range(period_start, period_end + 1)) AS year
  FROM observations
  WHERE population = 'offenders' AND period_start IS NOT NULL AND period_end IS NOT NULL
),
years AS (SELECT DISTINCT year FROM spread)
SELECT c.iso3, s.stage, y.year::INTEGER AS year,
  CASE
    WHEN count(o.obs_id) FILTER (WHERE o.sex IN ('female', 'male')) > 0 THEN 'sex_disaggregated'
    WHEN count(o.obs_id) > 0 THEN 'total_only'
    ELSE 'none'
  END AS status,
  string_agg(o.obs_id, ' ' ORDER BY o.obs_id) AS obs_ids
FROM countries c CROSS JOIN stages s CROSS JOIN years y
LEFT JOIN spread o ON o.area = c.iso3 AND o.stage = s.stage AND o.year = y.year
GROUP BY c.iso3, s.stage, y.year`;
}
