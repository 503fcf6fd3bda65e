import { OBS_REF_LIMIT } from '../model/obs-ref';
import { COUNT_OFFENCES } from '../model/sources';
import { COUNT_STAGES } from '../model/stages';
import { DERIVED_TABLES, TABLES, type TableName } from '../vocabulary/contract';
import { columnTypes, identifier, sql, type SqlQuery } from './sql';

function literalPath(path: string): SqlQuery {
  if (/['\\\n\r]/.test(path)) throw new Error(`unsafe path for SQL: ${path}`);
  return { text: `'${path}'`, params: [] };
}

/**
 * Run once on a new connection, before any table: the atlas's tables live in a compressed
 * in-memory database. Uncompressed, 10M synthetic observation rows took 1.6 GB of the 3.1 GB a
 * DuckDB-WASM tab can hold; compressed, about 90 MB.
 */
export function openStorageSql(): SqlQuery[] {
  return [sql`ATTACH IF NOT EXISTS ':memory:' AS atlas (COMPRESS)`, sql`USE atlas`];
}

/**
 * Run after every change of tables. DuckDB-WASM compresses the rows of a COMPRESS database as
 * they are committed, the Node DuckDB only at a checkpoint (1M synthetic rows: 188 MB before,
 * 17 MB after).
 */
export function settleStorageSql(): SqlQuery[] {
  return [sql`CHECKPOINT atlas`];
}

/** Build-time SQL (Node): CSV tables from data/ into typed tables. */
export function createTableFromCsvSql(table: TableName, files: string[]): SqlQuery {
  const list = files.map(literalPath);
  const fileList: SqlQuery = {
    text: `[${list.map((p) => p.text).join(', ')}]`,
    params: [],
  };
  return sql`CREATE OR REPLACE TABLE ${identifier(table)} AS SELECT * FROM read_csv(${fileList}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', columns = ${columnTypes(TABLES[table])})`;
}

export type BuiltTable = TableName | keyof typeof DERIVED_TABLES;

export function copyTableToParquetSql(table: BuiltTable, path: string): SqlQuery {
  const columns =
    table in DERIVED_TABLES
      ? DERIVED_TABLES[table as keyof typeof DERIVED_TABLES]
      : TABLES[table as TableName];
  const keyColumns = table === 'coverage' ? 4 : table === 'count_series' ? 5 : 1;
  const order = columns
    .slice(0, keyColumns)
    .map((c) => identifier(c.name).text)
    .join(', ');
  return sql`COPY (SELECT * FROM ${identifier(table)} ORDER BY ${{ text: order, params: [] }}) TO ${literalPath(path)} (FORMAT parquet, COMPRESSION snappy)`;
}

export function countRowsSql(table: BuiltTable): SqlQuery {
  return sql`SELECT count(*)::INTEGER AS n FROM ${identifier(table)}`;
}

/** Stages of the justice process the data-gaps view shows (its columns), and no others. */
export const COVERAGE_STAGES = [
  ...COUNT_STAGES,
  'arrested',
  'suspected',
  'imprisoned',
  'witness_protection',
  'exit_programme',
] as const;

/** Markets for which the data-gaps view shows what each State publishes. */
export const COVERAGE_MARKETS = COUNT_OFFENCES;

/**
 * For every State (and Kosovo), market of COVERAGE_MARKETS, stage and year that any observation
 * covers: what is published about offenders. Five states, never merged: a number for women
 * (`published`), a number for men only, the women's count suppressed or not given
 * (`men_only`), counts by sex that are all suppressed (`suppressed`), only a total
 * (`total_only`), or nothing (`none`).
 */
export function createCoverageSql(): SqlQuery {
  // Counted first, and ids listed only for the cells under the limit: an ordered string_agg
  // over every row of a large table held all its ids at once (10M synthetic rows ran
  // DuckDB-WASM out of memory here). A sorted list takes less memory than an ordered
  // string_agg, and the rows are read again for each use rather than held (DuckDB holds a CTE
  // used twice): after both derived tables at 1M rows the engine's heap, which never shrinks,
  // peaked at 210 MB instead of 623 MB.
  return sql`CREATE OR REPLACE TABLE coverage AS
WITH stages AS (SELECT unnest(string_split(${COVERAGE_STAGES.join(' ')}, ' ')) AS stage),
markets AS (SELECT unnest(string_split(${COVERAGE_MARKETS.join(' ')}, ' ')) AS market),
spread AS NOT MATERIALIZED (
  SELECT area, market, stage, sex, qualifier, obs_id, unnest(range(period_start, period_end + 1)) AS year
  FROM observations
  WHERE population = 'offenders' AND period_start IS NOT NULL AND period_end IS NOT NULL
    AND list_contains(string_split(${COVERAGE_MARKETS.join(' ')}, ' '), market)
),
years AS (SELECT DISTINCT year FROM spread),
cells AS (
  SELECT area, market, stage, year, count(*) AS n,
    count(*) FILTER (WHERE sex IN ('female', 'male')) AS by_sex,
    count(*) FILTER (WHERE sex = 'female' AND qualifier <> 'suppressed') AS women_published,
    count(*) FILTER (WHERE sex = 'male' AND qualifier <> 'suppressed') AS men_published
  FROM spread WHERE stage IN (SELECT stage FROM stages)
  GROUP BY area, market, stage, year
),
listed AS (
  SELECT s.area, s.market, s.stage, s.year, array_to_string(list_sort(list(s.obs_id)), ' ') AS obs_ids
  FROM spread s JOIN cells k ON k.area = s.area AND k.market = s.market AND k.stage = s.stage AND k.year = s.year
  WHERE k.n <= ${OBS_REF_LIMIT}
  GROUP BY s.area, s.market, s.stage, s.year
)
SELECT c.iso3, m.market, s.stage, y.year::INTEGER AS year,
  CASE
    WHEN k.women_published > 0 THEN 'published'
    WHEN k.men_published > 0 THEN 'men_only'
    WHEN k.by_sex > 0 THEN 'suppressed'
    WHEN k.n > 0 THEN 'total_only'
    ELSE 'none'
  END AS status,
  CASE WHEN k.n > ${OBS_REF_LIMIT}
    THEN '@' || k.n || '/coverage/' || c.iso3 || '/' || m.market || '/' || s.stage || '/' || y.year
    ELSE l.obs_ids END AS obs_ids
FROM countries c CROSS JOIN markets m CROSS JOIN stages s CROSS JOIN years y
LEFT JOIN cells k ON k.area = c.iso3 AND k.market = m.market AND k.stage = s.stage AND k.year = y.year
LEFT JOIN listed l ON l.area = c.iso3 AND l.market = m.market AND l.stage = s.stage AND l.year = y.year`;
}

/**
 * The women's share rule, once, in SQL: women / (women + men) where both are published,
 * otherwise women / total; never from a suppressed count (those are NULL here), never over
 * zero persons, and never when women and men together are less than 90% of a published total
 * (a share of a small part of the persons could mislead). `computeWomenShare` in
 * src/lib/method/shares.ts must agree (tested on every row).
 */
const PARTIAL = `women IS NOT NULL AND men IS NOT NULL AND total > 0 AND women + men < 0.9 * total`;
const BY_SEX = `women IS NOT NULL AND men IS NOT NULL AND women + men > 0 AND NOT coalesce(${PARTIAL}, false)`;
const BY_TOTAL = `women IS NOT NULL AND men IS NULL AND total > 0`;
const SHARE_RULE = {
  partial: `coalesce(${PARTIAL}, false)`,
  share: `CASE WHEN ${BY_SEX} THEN 100 * women / (women + men) WHEN ${BY_TOTAL} THEN 100 * women / total END`,
  basis: `CASE WHEN ${BY_SEX} THEN 'women_plus_men' WHEN ${BY_TOTAL} THEN 'total' END`,
  denominator: `CASE WHEN ${BY_SEX} THEN women + men WHEN ${BY_TOTAL} THEN total END`,
};

/**
 * The aggregate the State views read: one row per source, State, market, series (an offender
 * stage, or detected victims) and single year, with the counts by sex side by side, whether
 * each was suppressed, the share by the rule above and the observation rows behind each count.
 */
export function createCountSeriesSql(): SqlQuery {
  const key = 'source_id, iso3, market, series, year';
  const sameKey = (a: string, b: string) =>
    ({
      text: key
        .split(', ')
        .map((k) => `${a}.${k} = ${b}.${k}`)
        .join(' AND '),
      params: [],
    }) satisfies SqlQuery;
  const keyColumns = { text: key, params: [] };
  // As in coverage: ids listed only for the groups under the limit, the rows read again for each use.
  return sql`CREATE OR REPLACE TABLE count_series AS
WITH counted AS NOT MATERIALIZED (
  SELECT o.source_id, o.area AS iso3, o.market,
    CASE WHEN o.population = 'victims' THEN 'victims' ELSE o.stage END AS series,
    o.period_start::INTEGER AS year, o.sex, o.qualifier, o.value, o.obs_id
  FROM observations o
  JOIN countries c ON c.iso3 = o.area
  WHERE o.measure = 'count' AND o.hierarchy = 'all' AND o.role = 'all' AND o.org_type = 'all'
    AND ((o.population = 'offenders' AND list_contains(string_split(${COUNT_STAGES.join(' ')}, ' '), o.stage))
      OR o.population = 'victims')
    AND o.period_start IS NOT NULL AND o.period_start = o.period_end
    AND o.sex IN ('female', 'male', 'total')
),
by_sex AS (
  SELECT ${keyColumns},
    sum(value) FILTER (WHERE sex = 'female' AND qualifier = 'exact')::DOUBLE AS women,
    sum(value) FILTER (WHERE sex = 'male' AND qualifier = 'exact')::DOUBLE AS men,
    sum(value) FILTER (WHERE sex = 'total' AND qualifier = 'exact')::DOUBLE AS total,
    coalesce(bool_or(sex = 'female' AND qualifier = 'suppressed'), false) AS women_suppressed,
    coalesce(bool_or(sex = 'male' AND qualifier = 'suppressed'), false) AS men_suppressed,
    coalesce(bool_or(sex = 'total' AND qualifier = 'suppressed'), false) AS total_suppressed,
    count(*) FILTER (WHERE sex = 'female') AS women_rows,
    count(*) FILTER (WHERE sex = 'male') AS men_rows,
    count(*) FILTER (WHERE sex = 'total') AS total_rows
  FROM counted
  GROUP BY ${keyColumns}
),
listed AS (
  SELECT ${keyColumns},
    array_to_string(list_sort(list(obs_id) FILTER (WHERE sex = 'female')), ' ') AS women_obs_ids,
    array_to_string(list_sort(list(obs_id) FILTER (WHERE sex = 'male')), ' ') AS men_obs_ids,
    array_to_string(list_sort(list(obs_id) FILTER (WHERE sex = 'total')), ' ') AS total_obs_ids
  FROM (
    SELECT r.* FROM counted r JOIN by_sex b ON ${sameKey('r', 'b')}
    WHERE CASE r.sex WHEN 'female' THEN b.women_rows WHEN 'male' THEN b.men_rows ELSE b.total_rows END <= ${OBS_REF_LIMIT}
  )
  GROUP BY ${keyColumns}
),
series AS (
  SELECT b.*, l.women_obs_ids, l.men_obs_ids, l.total_obs_ids
  FROM by_sex b LEFT JOIN listed l ON ${sameKey('b', 'l')}
)
SELECT source_id, iso3, market, series, year, women, men, total,
  women_suppressed, men_suppressed, total_suppressed,
  ${{ text: SHARE_RULE.partial, params: [] }} AS partial_by_sex,
  ${{ text: SHARE_RULE.share, params: [] }} AS share,
  ${{ text: SHARE_RULE.basis, params: [] }} AS basis,
  ${{ text: SHARE_RULE.denominator, params: [] }} AS denominator,
  ${idsOrRef('women', 'female')} AS women_obs_ids,
  ${idsOrRef('men', 'male')} AS men_obs_ids,
  ${idsOrRef('total', 'total')} AS total_obs_ids
FROM series`;
}

/** The ids of one sex's rows of a count_series group, or a reference to them above the limit. */
function idsOrRef(column: 'women' | 'men' | 'total', sex: 'female' | 'male' | 'total'): SqlQuery {
  const rows = { text: `${column}_rows`, params: [] };
  const ids = { text: `${column}_obs_ids`, params: [] };
  return sql`CASE WHEN ${rows} > ${OBS_REF_LIMIT}
    THEN '@' || ${rows} || '/count_series/' || source_id || '/' || iso3 || '/' || market || '/' || series || '/' || year || '/' || ${sex}
    ELSE ${ids} END`;
}

/** The tables derived from observations, in the order they must be built. */
export function derivedTableSql(): SqlQuery[] {
  return [createCoverageSql(), createCountSeriesSql()];
}
