import { TABLES, type ColumnSpec } from '../vocabulary/contract';
import { codesOf, QUALIFIER_SHAPE } from '../vocabulary/codes';
import { describe, OBSERVATION_KEY } from '../validation/validate';
import { localText as lt, type LocalText } from '../i18n/local-text';
import { identifier, joinSql, sql, type SqlParam, type SqlQuery } from './sql';

/** How many rows each rule lists; the rest are counted. */
export const RULE_ROWS = 100;

/** One row that breaks a rule: its record (0-based, file order), the cell, and what the message needs. */
export interface RuleHit {
  rec: number;
  value: string | null;
  x: unknown;
  y: unknown;
  total: number;
}

export interface RuleContext {
  file: string;
  /** The physical line of a record (0-based, file order). */
  lineOf(rec: number): number;
}

/** One check of the staged observations, as one SQL query, with the words for what it finds. */
export interface ObservationRule {
  column: string;
  query: SqlQuery;
  message(hit: RuleHit, context: RuleContext): LocalText;
  allowed: LocalText | null | ((hit: RuleHit) => LocalText);
}

/** The table a user's file is staged in, checked, and inserted from (user-tables.ts). */
const STAGED = 'user_staged_observations';
/** Its name as a constant piece of SQL text (not quoted, so the statements read as before). */
export const STAGED_TABLE: SqlQuery = { text: STAGED, params: [] };
/** What JavaScript's trim() removes (the row-by-row validator's rule), character for character. */
const WHITESPACE =
  '\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF';
const NOT_WHITESPACE = `[^${[...WHITESPACE].map((ch) => `\\x{${ch.codePointAt(0)?.toString(16)}}`).join('')}]`;
const ID = '[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}';

const col = (name: string): SqlQuery => sql`${identifier(name)}`;
const inList = (values: readonly string[]): SqlQuery =>
  values.length === 0
    ? sql`(NULL)`
    : { text: `(${values.map(() => '?').join(', ')})`, params: values };
const WHITESPACE_LIST = inList([...WHITESPACE]);
// An empty cell is NULL before the cast: a million failed casts of '' took over a second.
const num = (name: string) => sql`TRY_CAST(NULLIF(${col(name)}, '') AS DOUBLE)`;

function select(where: SqlQuery, parts: { value?: SqlQuery; x?: SqlQuery } = {}): SqlQuery {
  return sql`SELECT rowid AS rec, ${parts.value ?? sql`NULL`} AS value, ${parts.x ?? sql`NULL`} AS x, NULL AS y, count(*) OVER () AS total FROM ${STAGED_TABLE} WHERE ${where} ORDER BY rowid LIMIT ${RULE_ROWS}`;
}

const fixed = (text: LocalText) => (): LocalText => text;

/** The contract's cell rules for one column: a stray space, then the column's kind. */
function cellRules(spec: ColumnSpec): ObservationRule[] {
  const c = col(spec.name);
  // The first and last characters (code points, as in JavaScript) against the list: a regular
  // expression over every cell took 0.1 s a column at a million rows, trim(c, list) a second.
  const spaced = sql`(${c}[1] IN ${WHITESPACE_LIST} OR ${c}[-1] IN ${WHITESPACE_LIST})`;
  const notSpaced = sql`NOT ${spaced}`;
  const present = sql`${c} <> ''`;
  const rules: ObservationRule[] = [
    {
      column: spec.name,
      query: select(spaced, { value: c }),
      message: fixed(lt('issue_spaces')),
      allowed: null,
    },
  ];
  if (spec.required)
    rules.push({
      column: spec.name,
      query: select(sql`${c} = ''`, { value: c }),
      message: fixed(lt('issue_required')),
      allowed: describe(spec),
    });
  const broken: Partial<Record<ColumnSpec['kind'], [SqlQuery, LocalText]>> = {
    id: [sql`NOT regexp_full_match(${c}, ${ID})`, lt('issue_not_identifier')],
    id_list: [sql`NOT regexp_full_match(${c}, ${`${ID}( ${ID})*`})`, lt('issue_not_id_list')],
    code: [
      sql`${c} NOT IN ${inList(spec.vocabulary ? codesOf(spec.vocabulary) : [])}`,
      lt('issue_unknown_code'),
    ],
    year: [
      sql`NOT (regexp_full_match(${c}, ${'\\d{4}'}) AND TRY_CAST(${c} AS INTEGER) BETWEEN 1900 AND 2100)`,
      lt('issue_not_year'),
    ],
    number: [sql`NOT regexp_full_match(${c}, ${'-?\\d+(\\.\\d+)?'})`, lt('issue_not_number')],
    bool: [sql`${c} NOT IN ('true', 'false')`, lt('issue_not_boolean')],
    url: [sql`NOT regexp_full_match(${c}, ${`https?://${NOT_WHITESPACE}+`})`, lt('issue_not_url')],
    iso_numeric: [sql`NOT regexp_full_match(${c}, ${'\\d{3}'})`, lt('issue_not_iso_numeric')],
  };
  const check = broken[spec.kind];
  if (check)
    rules.push({
      column: spec.name,
      query: select(sql`${present} AND ${notSpaced} AND ${check[0]}`, { value: c }),
      message: fixed(check[1]),
      allowed: describe(spec),
    });
  return rules;
}

const shapes = (shape: string) =>
  Object.entries(QUALIFIER_SHAPE)
    .filter(([, s]) => s === shape)
    .map(([q]) => q);
const qualifierIs = (shape: string) => sql`"qualifier" IN ${inList(shapes(shape))}`;
const text = (x: unknown) => (x === null || x === undefined ? '' : String(x));

/** Rows with the same key: the first row's record and value, for every later row that differs. */
function conflictRule(): ObservationRule {
  const key = joinSql(
    OBSERVATION_KEY.map((name) => sql`${col(name)}`),
    ', ',
  );
  const value = sql`"value" || ' / ' || "value_low" || ' / ' || "value_high" || ' / ' || "qualifier"`;
  return {
    column: 'value',
    // A hash of the key finds the keys with more than one value cheaply; the rows of those
    // keys are then compared on the key itself, so a hash collision cannot make a conflict.
    query: sql`WITH bad AS (SELECT hash(${key}) AS h FROM ${STAGED_TABLE} GROUP BY h HAVING min(${value}) <> max(${value})) SELECT rec, value, x, y, count(*) OVER () AS total FROM (SELECT rowid AS rec, ${value} AS value, first_value(rowid) OVER w AS x, first_value(${value}) OVER w AS y FROM ${STAGED_TABLE} WHERE hash(${key}) IN (SELECT h FROM bad) WINDOW w AS (PARTITION BY ${key} ORDER BY rowid)) WHERE value <> y ORDER BY rec LIMIT ${RULE_ROWS}`,
    message: (hit, { lineOf }) =>
      lt('issue_conflict', {
        where: lt('issueRow', { line: lineOf(Number(hit.x)) }),
        value: text(hit.y),
      }),
    allowed: lt('allowed_one_value'),
  };
}

function duplicateIdRule(): ObservationRule {
  return {
    column: 'obs_id',
    query: sql`SELECT rec, value, x, NULL AS y, count(*) OVER () AS total FROM (SELECT rowid AS rec, "obs_id" AS value, first_value(rowid) OVER (PARTITION BY "obs_id" ORDER BY rowid) AS x FROM ${STAGED_TABLE}) WHERE rec <> x ORDER BY rec LIMIT ${RULE_ROWS}`,
    message: (hit, { file, lineOf }) =>
      lt('issue_duplicate_obs', {
        first: lt('issueFileRow', { file, line: lineOf(Number(hit.x)) }),
      }),
    allowed: lt('allowed_each_once_all'),
  };
}

/**
 * Every rule the contract and the observation rules set for a user's observations, in the
 * order the row-by-row validator reports them, each as one query over the staged table.
 */
export function observationRules(known: {
  sources: readonly string[];
  areas: readonly string[];
}): ObservationRule[] {
  const empty = (name: string) => sql`${col(name)} = ''`;
  const filled = (name: string) => sql`${col(name)} <> ''`;
  const rule = (
    column: string,
    where: SqlQuery,
    message: ObservationRule['message'],
    allowed: LocalText | null = null,
    x?: SqlQuery,
  ): ObservationRule => ({
    column,
    query: select(where, { value: col(column), x }),
    message,
    allowed,
  });
  const withQualifier =
    (key: 'issue_needs_value' | 'issue_no_bounds' | 'issue_lower_only' | 'issue_upper_only') =>
    (hit: RuleHit) =>
      lt(key, { qualifier: text(hit.x) });
  const valueRules = ['value', 'value_low', 'value_high'].flatMap((name) => [
    rule(
      name,
      sql`"measure" = 'share' AND (${num(name)} < 0 OR ${num(name)} > 100)`,
      fixed(lt('issue_share_range')),
      lt('allowed_percent'),
    ),
    rule(
      name,
      sql`"measure" IN ('count', 'count_on_date') AND (${num(name)} < 0 OR ${num(name)} <> floor(${num(name)}))`,
      fixed(lt('issue_count_whole')),
      lt('allowed_whole'),
    ),
  ]);
  const qualifier = sql`"qualifier"`;
  return [
    ...TABLES.observations.flatMap(cellRules),
    conflictRule(),
    duplicateIdRule(),
    rule(
      'source_id',
      sql`"source_id" <> '' AND "source_id" NOT IN ${inList(known.sources)}`,
      fixed(lt('issue_no_source')),
      lt('allowed_source'),
    ),
    rule(
      'area',
      sql`"area" <> '' AND "area" NOT IN ${inList(known.areas)}`,
      fixed(lt('issue_unknown_area')),
      lt('allowed_area'),
    ),
    {
      column: 'period_end',
      query: select(sql`${num('period_end')} < ${num('period_start')}`, {
        value: col('period_end'),
        x: num('period_start'),
      }),
      message: fixed(lt('issue_ends_before')),
      allowed: (hit) => lt('allowed_year_from', { start: Number(hit.x) }),
    },
    rule(
      'period_start',
      sql`${empty('period_start')} AND ${filled('period_end')}`,
      fixed(lt('issue_period_both')),
    ),
    rule(
      'period_end',
      sql`${filled('period_start')} AND ${empty('period_end')}`,
      fixed(lt('issue_period_both')),
    ),
    rule(
      'period_note',
      sql`${empty('period_start')} AND ${empty('period_end')} AND ${empty('period_note')}`,
      fixed(lt('issue_period_unknown')),
      lt('allowed_period_note'),
    ),
    rule('note', sql`"stage" = 'other' AND ${empty('note')}`, fixed(lt('issue_other_needs_note'))),
    rule(
      'value',
      sql`${qualifierIs('point')} AND ${empty('value')}`,
      withQualifier('issue_needs_value'),
      null,
      qualifier,
    ),
    rule(
      'value_low',
      sql`${qualifierIs('point')} AND NOT (${empty('value_low')} AND ${empty('value_high')})`,
      withQualifier('issue_no_bounds'),
      null,
      qualifier,
    ),
    rule(
      'value_low',
      sql`${qualifierIs('range')} AND NOT (${filled('value_low')} AND ${filled('value_high')})`,
      fixed(lt('issue_range_both')),
    ),
    rule(
      'value',
      sql`${qualifierIs('range')} AND ${filled('value')}`,
      fixed(lt('issue_range_no_value')),
    ),
    rule(
      'value_low',
      sql`${qualifierIs('range')} AND ${num('value_low')} > ${num('value_high')}`,
      (hit) => lt('issue_low_above_high', { high: Number(hit.x) }),
      null,
      num('value_high'),
    ),
    rule(
      'value_low',
      sql`${qualifierIs('lower')} AND NOT (${filled('value_low')} AND ${empty('value')} AND ${empty('value_high')})`,
      withQualifier('issue_lower_only'),
      null,
      qualifier,
    ),
    rule(
      'value_high',
      sql`${qualifierIs('upper')} AND NOT (${filled('value_high')} AND ${empty('value')} AND ${empty('value_low')})`,
      withQualifier('issue_upper_only'),
      null,
      qualifier,
    ),
    rule(
      'value',
      sql`${qualifierIs('none')} AND NOT (${empty('value')} AND ${empty('value_low')} AND ${empty('value_high')})`,
      fixed(lt('issue_suppressed_empty')),
    ),
    ...valueRules,
  ];
}

const NUMBER_COLUMNS = TABLES.observations.filter((c) => c.kind === 'number').map((c) => c.name);
const DECIMAL_COMMA = '-?\\d+,\\d+';

/**
 * Loads a scanned CSV (UTF-8, registered as `file`) into the staging table as text: every
 * contract column, '' where the file has none, so that each rule is one plain query.
 */
export function stageObservationsSql(
  file: string,
  header: readonly string[],
  delimiter: ',' | ';',
): SqlQuery {
  const columns = {
    text: `{${header.map((name) => `${identifier(name).text.replaceAll('"', "'")}: 'VARCHAR'`).join(', ')}}`,
    params: [] as SqlParam[],
  };
  const select = joinSql(
    TABLES.observations.map((spec) =>
      header.includes(spec.name) ? sql`${col(spec.name)}` : sql`'' AS ${col(spec.name)}`,
    ),
    ', ',
  );
  // No cell is NULL: the file reader refused NULs, so an empty cell is read as '' (a coalesce on
  // every column took 0.6 s at a million rows).
  return sql`CREATE OR REPLACE TABLE ${STAGED_TABLE} AS SELECT ${select} FROM read_csv(${file}, header = true, delim = ${delimiter}, quote = '"', escape = '"', auto_detect = false, nullstr = chr(0), columns = ${columns})`;
}

/** How many number cells are written with a decimal comma (files saved with semicolons). */
export function decimalCommaCountSql(): SqlQuery {
  return joinSql(
    [
      sql`SELECT 0`,
      ...NUMBER_COLUMNS.map(
        (name) =>
          sql`(SELECT count(*) FROM ${STAGED_TABLE} WHERE regexp_full_match(trim(${col(name)}), ${DECIMAL_COMMA}))`,
      ),
    ],
    ' + ',
  );
}

/** Turns decimal commas into points in the number columns, as spreadsheets meant them. */
export function fixDecimalCommasSql(): SqlQuery {
  return sql`UPDATE ${STAGED_TABLE} SET ${joinSql(
    NUMBER_COLUMNS.map(
      (name) =>
        sql`${col(name)} = CASE WHEN regexp_full_match(trim(${col(name)}), ${DECIMAL_COMMA}) THEN replace(trim(${col(name)}), ',', '.') ELSE ${col(name)} END`,
    ),
    ', ',
  )}`;
}

export function dropStagedSql(): SqlQuery {
  return sql`DROP TABLE IF EXISTS ${STAGED_TABLE}`;
}

export { STAGED };
