import { formatCsv, parseCsv, recordsAsObjects, CsvSyntaxError } from '../io/csv';
import { codesOf, isCode } from '../vocabulary/codes';
import { TABLES, type ColumnSpec, type TableName } from '../vocabulary/contract';
import { checkObservation, checkRegion, issue } from './observation-rules';

export interface ValidationIssue {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
  allowed: string | null;
}

export interface TableInput {
  file: string;
  table: TableName;
  text: string;
  /** Line in the original file of each record of `text`, header first (when `text` was rewritten). */
  lines?: readonly number[];
}

export interface ValidatedTable {
  file: string;
  table: TableName;
  rows: { line: number; row: Record<string, string> }[];
}

export interface ValidationResult {
  issues: ValidationIssue[];
  tables: ValidatedTable[];
}

export function formatIssue(issue: ValidationIssue): string {
  const where = [issue.file, issue.line !== null ? `row ${issue.line}` : null, issue.column]
    .filter(Boolean)
    .join(', ');
  const value = issue.value !== null ? ` (value: "${issue.value}")` : '';
  const allowed = issue.allowed ? ` Allowed: ${issue.allowed}.` : '';
  return `${issue.severity.toUpperCase()} ${where}: ${issue.message}${value}.${allowed}`;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const YEAR_PATTERN = /^\d{4}$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

function checkCell(spec: ColumnSpec, value: string): { message: string; allowed: string } | null {
  if (value === '') {
    return spec.required ? { message: 'a value is required', allowed: describe(spec) } : null;
  }
  switch (spec.kind) {
    case 'id':
      return ID_PATTERN.test(value)
        ? null
        : { message: 'not a valid identifier', allowed: describe(spec) };
    case 'id_list':
      return value.split(' ').every((id) => ID_PATTERN.test(id))
        ? null
        : { message: 'not a list of identifiers', allowed: describe(spec) };
    case 'code':
      return spec.vocabulary && isCode(spec.vocabulary, value)
        ? null
        : { message: 'unknown code', allowed: describe(spec) };
    case 'year': {
      const year = Number(value);
      return YEAR_PATTERN.test(value) && year >= 1900 && year <= 2100
        ? null
        : { message: 'not a year', allowed: describe(spec) };
    }
    case 'number':
      return NUMBER_PATTERN.test(value)
        ? null
        : { message: 'not a number', allowed: describe(spec) };
    case 'bool':
      return value === 'true' || value === 'false'
        ? null
        : { message: 'not a boolean', allowed: describe(spec) };
    case 'url':
      return /^https?:\/\/[^\s]+$/.test(value)
        ? null
        : { message: 'not a web address', allowed: describe(spec) };
    case 'iso_numeric':
      return /^\d{3}$/.test(value)
        ? null
        : { message: 'not a 3-digit ISO numeric code', allowed: describe(spec) };
    case 'text':
      return null;
  }
}

function describe(spec: ColumnSpec): string {
  switch (spec.kind) {
    case 'id':
      return 'letters, digits and _ . : - (at most 64 characters, starting with a letter or digit)';
    case 'id_list':
      return 'identifiers separated by single spaces, e.g. "ALB BIH MKD"';
    case 'code':
      return spec.vocabulary ? codesOf(spec.vocabulary).join(', ') : '';
    case 'year':
      return 'a four-digit year between 1900 and 2100';
    case 'number':
      return 'a number with a dot as decimal separator, e.g. 12 or 12.5';
    case 'bool':
      return 'true or false';
    case 'url':
      return 'an address starting with http:// or https://';
    case 'iso_numeric':
      return 'three digits, e.g. 056';
    case 'text':
      return 'any text';
  }
}

function parseTable(input: TableInput, issues: ValidationIssue[]): ValidatedTable | null {
  const push = (
    line: number | null,
    column: string | null,
    value: string | null,
    message: string,
    allowed: string | null = null,
  ) => issues.push({ severity: 'error', file: input.file, line, column, value, message, allowed });
  if (input.text.includes('\uFFFD')) {
    const index = input.text.indexOf('\uFFFD');
    const line = input.text.slice(0, index).split('\n').length;
    push(
      line,
      null,
      null,
      'the file is not valid UTF-8 text (an unreadable character was found)',
      'UTF-8 text; save the file as "CSV UTF-8"',
    );
    return null;
  }
  let parsed;
  try {
    parsed = parseCsv(input.text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      push(error.line, null, null, `the file is not valid CSV: ${error.message}`);
      return null;
    }
    throw error;
  }
  if (input.lines) {
    const lines = input.lines;
    parsed = {
      header: parsed.header,
      records: parsed.records.map((r, i) => ({ ...r, line: lines[i + 1] ?? r.line })),
    };
  }
  const headerLine = input.lines?.[0] ?? 1;
  const specs: readonly ColumnSpec[] = TABLES[input.table];
  const expected = specs.map((s) => s.name);
  const missing = specs
    .filter((s) => s.required && !parsed.header.includes(s.name))
    .map((s) => s.name);
  const unknown = parsed.header.filter((name) => !expected.includes(name));
  if (missing.length > 0) {
    push(
      headerLine,
      missing.join(', '),
      null,
      `missing column(s) for table "${input.table}"`,
      expected.join(', '),
    );
  }
  for (const name of unknown)
    push(headerLine, name, null, `unknown column for table "${input.table}"`, expected.join(', '));
  if (missing.length > 0 || unknown.length > 0) return null;
  const rows = recordsAsObjects(parsed);
  for (const { line, cells } of parsed.records) {
    if (cells.length !== parsed.header.length) {
      push(
        line,
        null,
        null,
        `has ${cells.length} cells but the header has ${parsed.header.length}`,
      );
    }
  }
  for (const { line, row } of rows) {
    for (const spec of specs) {
      const value = row[spec.name] ?? '';
      if (value !== value.trim()) {
        push(line, spec.name, value, 'has leading or trailing spaces');
        continue;
      }
      const problem = checkCell(spec, value);
      if (problem) push(line, spec.name, value, problem.message, problem.allowed);
    }
  }
  return { file: input.file, table: input.table, rows };
}

function checkUnique(table: ValidatedTable, key: string, issues: ValidationIssue[]): Set<string> {
  const seen = new Map<string, number>();
  for (const { line, row } of table.rows) {
    const id = row[key] ?? '';
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        severity: 'error',
        file: table.file,
        line,
        column: key,
        value: id,
        message: `duplicate ${key}; first used on row ${first}`,
        allowed: 'each id once',
      });
    } else seen.set(id, line);
  }
  return new Set(seen.keys());
}

/** What identifies one published number: two rows with the same key must not disagree. */
export const OBSERVATION_KEY = [
  'area',
  'period_start',
  'period_end',
  'population',
  'market',
  'hierarchy',
  'role',
  'org_type',
  'stage',
  'sex',
  'measure',
  'unit',
  'source_id',
  // The published description of the group counted: two sub-populations of one source
  // (e.g. two prison circuits) are two numbers, not a conflict.
  'denominator',
] as const;
const OBSERVATION_VALUE = ['value', 'value_low', 'value_high', 'qualifier'] as const;

/** Rows with the same key but different values: both are errors, neither is picked. */
function checkConflictingObservations(tables: ValidatedTable[], issues: ValidationIssue[]): void {
  const seen = new Map<string, { file: string; line: number; value: string }>();
  for (const table of tables)
    for (const { line, row } of table.rows) {
      const key = OBSERVATION_KEY.map((c) => row[c] ?? '').join('\u0001');
      const value = OBSERVATION_VALUE.map((c) => row[c] ?? '').join(' / ');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { file: table.file, line, value });
        continue;
      }
      if (first.value === value) continue;
      const where =
        first.file === table.file ? `row ${first.line}` : `${first.file} row ${first.line}`;
      issues.push({
        severity: 'error',
        file: table.file,
        line,
        column: 'value',
        value,
        message: `conflicts with ${where} (${first.value}): same area, period, population, market, hierarchy, role, organisation type, stage, sex, measure, unit, source and group counted (denominator) but a different value; neither row is loaded`,
        allowed: 'one value per key',
      });
    }
}

export interface ValidateOptions {
  /** Areas that exist besides the countries table (region codes). */
  extraAreas?: Iterable<string>;
  /** Sources already known (e.g. the bundled ones when validating a user's file). */
  knownSources?: Iterable<string>;
  knownCountries?: Iterable<string>;
}

export function validateTables(
  inputs: TableInput[],
  options: ValidateOptions = {},
): ValidationResult {
  const issues: ValidationIssue[] = [];
  const tables = inputs
    .map((input) => parseTable(input, issues))
    .filter((t): t is ValidatedTable => t !== null);
  const sources = new Set(options.knownSources ?? []);
  const areas = new Set([...(options.extraAreas ?? []), ...(options.knownCountries ?? [])]);
  const countries = new Set(options.knownCountries ?? []);
  for (const table of tables) {
    if (table.table === 'sources')
      checkUnique(table, 'source_id', issues).forEach((id) => sources.add(id));
    if (table.table === 'countries')
      checkUnique(table, 'iso3', issues).forEach((id) => {
        areas.add(id);
        countries.add(id);
      });
  }
  for (const table of tables.filter((t) => t.table === 'regions')) {
    checkUnique(table, 'region_code', issues).forEach((id) => areas.add(id));
    for (const { line, row } of table.rows) checkRegion(table.file, line, row, countries, issues);
  }
  for (const table of tables.filter((t) => t.table === 'market_scores')) {
    const seen = new Map<string, number>();
    for (const { line, row } of table.rows) {
      const key = `${row.iso3} ${row.edition} ${row.indicator}`;
      const first = seen.get(key);
      if (first !== undefined)
        issue(
          issues,
          table.file,
          line,
          'indicator',
          row.indicator ?? '',
          `duplicate score for ${key}; first on row ${first}`,
        );
      else seen.set(key, line);
      if (row.iso3 && !countries.has(row.iso3))
        issue(
          issues,
          table.file,
          line,
          'iso3',
          row.iso3,
          'unknown State',
          'an iso3 code from countries',
        );
      if (row.source_id && !sources.has(row.source_id))
        issue(
          issues,
          table.file,
          line,
          'source_id',
          row.source_id,
          'no source with this id',
          'a source_id listed in sources',
        );
      const score = Number(row.score);
      if (row.score && (score < 1 || score > 10))
        issue(
          issues,
          table.file,
          line,
          'score',
          row.score,
          'an index score is between 1 and 10',
          '1 to 10',
        );
    }
  }
  checkConflictingObservations(
    tables.filter((t) => t.table === 'observations'),
    issues,
  );
  const observationIds = new Map<string, string>();
  for (const table of tables.filter((t) => t.table === 'observations')) {
    for (const { line, row } of table.rows) {
      const id = row.obs_id ?? '';
      const first = observationIds.get(id);
      if (first !== undefined) {
        issues.push({
          severity: 'error',
          file: table.file,
          line,
          column: 'obs_id',
          value: id,
          message: `duplicate obs_id; first used in ${first}`,
          allowed: 'each id once across all files',
        });
      } else observationIds.set(id, `${table.file} row ${line}`);
      checkObservation(table.file, line, row, { sources, areas }, issues);
    }
  }
  return { issues, tables };
}

/**
 * A validated table as comma CSV with every column of the contract in its order; the optional
 * columns the file left out are empty. What the engine reads, so its column list is fixed.
 */
export function canonicalCsv(table: TableName, text: string): string {
  const parsed = parseCsv(text);
  const names = TABLES[table].map((s) => s.name);
  const rows = recordsAsObjects(parsed).map(({ row }) => names.map((n) => row[n] ?? ''));
  return formatCsv(names, rows);
}
