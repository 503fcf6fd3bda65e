import { OBS_REF_LIMIT } from '../model/obs-ref';
import { DERIVED_TABLES, TABLES, type TableName } from '../vocabulary/contract';
import { columnTypes, identifier, sql, type SqlQuery } from './sql';

/** Offender stages that have per-State counts by sex, and the series drawn from them. */
export const COUNT_STAGES = ['formal_contact', 'prosecuted', 'convicted'] as const;

function literalPath(path: string): SqlQuery {
  if (/['\\\n\r]/.test(path)) throw new Error(`unsafe path for SQL: ${path}`);
  return { text: `'${path}'`, params: [] };
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
  'formal_contact',
  'prosecuted',
  'convicted',
  'arrested',
  'suspected',
  'imprisoned',
  'witness_protection',
  'exit_programme',
] as const;

/** Markets for which the data-gaps view shows what each State publishes. */
export const COVERAGE_MARKETS = ['human_trafficking', 'drug_trafficking'] as const;

/**
 * For every State (and Kosovo), market of COVERAGE_MARKETS, stage and year that any observation
 * covers: what is published about offenders. Four states, never merged: a number for women or
 * men (`published`), counts by sex that are all suppressed (`suppressed`), only a total
 * (`total_only`), or nothing (`none`).
 */
export function createCoverageSql(): SqlQuery {
  return sql`CREATE OR REPLACE TABLE coverage AS
WITH stages AS (SELECT unnest(string_split(${COVERAGE_STAGES.join(' ')}, ' ')) AS stage),
markets AS (SELECT unnest(string_split(${COVERAGE_MARKETS.join(' ')}, ' ')) AS market),
spread AS (
  SELECT area, market, stage, sex, qualifier, obs_id, unnest(range(period_start, period_end + 1)) AS year
  FROM observations
  WHERE population = 'offenders' AND period_start IS NOT NULL AND period_end IS NOT NULL
    AND list_contains(string_split(${COVERAGE_MARKETS.join(' ')}, ' '), market)
),
years AS (SELECT DISTINCT year FROM spread)
SELECT c.iso3, m.market, s.stage, y.year::INTEGER AS year,
  CASE
    WHEN count(o.obs_id) FILTER (WHERE o.sex IN ('female', 'male') AND o.qualifier <> 'suppressed') > 0 THEN 'published'
    WHEN count(o.obs_id) FILTER (WHERE o.sex IN ('female', 'male')) > 0 THEN 'suppressed'
    WHEN count(o.obs_id) > 0 THEN 'total_only'
    ELSE 'none'
  END AS status,
  CASE WHEN count(o.obs_id) > ${OBS_REF_LIMIT}
    THEN '@' || count(o.obs_id) || '/coverage/' || c.iso3 || '/' || m.market || '/' || s.stage || '/' || y.year
    ELSE string_agg(o.obs_id, ' ' ORDER BY o.obs_id) END AS obs_ids
FROM countries c CROSS JOIN markets m CROSS JOIN stages s CROSS JOIN years y
LEFT JOIN spread o ON o.area = c.iso3 AND o.market = m.market AND o.stage = s.stage AND o.year = y.year
GROUP BY c.iso3, m.market, s.stage, y.year`;
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
  return sql`CREATE OR REPLACE TABLE count_series AS
WITH by_sex AS (
  SELECT o.source_id, o.area AS iso3, o.market,
    CASE WHEN o.population = 'victims' THEN 'victims' ELSE o.stage END AS series,
    o.period_start::INTEGER AS year,
    sum(o.value) FILTER (WHERE o.sex = 'female' AND o.qualifier = 'exact')::DOUBLE AS women,
    sum(o.value) FILTER (WHERE o.sex = 'male' AND o.qualifier = 'exact')::DOUBLE AS men,
    sum(o.value) FILTER (WHERE o.sex = 'total' AND o.qualifier = 'exact')::DOUBLE AS total,
    coalesce(bool_or(o.sex = 'female' AND o.qualifier = 'suppressed'), false) AS women_suppressed,
    coalesce(bool_or(o.sex = 'male' AND o.qualifier = 'suppressed'), false) AS men_suppressed,
    coalesce(bool_or(o.sex = 'total' AND o.qualifier = 'suppressed'), false) AS total_suppressed,
    count(*) FILTER (WHERE o.sex = 'female') AS women_rows,
    count(*) FILTER (WHERE o.sex = 'male') AS men_rows,
    count(*) FILTER (WHERE o.sex = 'total') AS total_rows,
    string_agg(o.obs_id, ' ' ORDER BY o.obs_id) FILTER (WHERE o.sex = 'female') AS women_obs_ids,
    string_agg(o.obs_id, ' ' ORDER BY o.obs_id) FILTER (WHERE o.sex = 'male') AS men_obs_ids,
    string_agg(o.obs_id, ' ' ORDER BY o.obs_id) FILTER (WHERE o.sex = 'total') AS total_obs_ids
  FROM observations o
  JOIN countries c ON c.iso3 = o.area
  WHERE o.measure = 'count' AND o.hierarchy = 'all' AND o.role = 'all' AND o.org_type = 'all'
    AND ((o.population = 'offenders' AND list_contains(string_split(${COUNT_STAGES.join(' ')}, ' '), o.stage))
      OR o.population = 'victims')
    AND o.period_start IS NOT NULL AND o.period_start = o.period_end
    AND o.sex IN ('female', 'male', 'total')
  GROUP BY ALL
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
FROM by_sex`;
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
