import { formatCsv, parseCsv, recordsAsObjects, CsvSyntaxError } from '../io/csv';
import { codesOf, isCode } from '../vocabulary/codes';
import { TABLES, type ColumnSpec, type TableName } from '../vocabulary/contract';
import { checkObservation, checkRegion } from './observation-rules';
import { issue, type ValidationIssue } from './issue';
import { checkAtlasTexts } from './texts';
import { localText as lt, type LocalText } from '../i18n/local-text';

export { formatIssue, type ValidationIssue } from './issue';

export interface TableInput {
  file: string;
  table: TableName;
  text: string;
  /** Line in the original file of each record of `text`, header first (when `text` was rewritten). */
  lines?: readonly number[];
}

import type { ValidatedTable } from './issue';
export type { ValidatedTable } from './issue';

export interface ValidationResult {
  issues: ValidationIssue[];
  tables: ValidatedTable[];
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const YEAR_PATTERN = /^\d{4}$/;
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

function checkCell(
  spec: ColumnSpec,
  value: string,
): { message: LocalText; allowed: LocalText } | null {
  if (value === '') {
    return spec.required ? { message: lt('issue_required'), allowed: describe(spec) } : null;
  }
  switch (spec.kind) {
    case 'id':
      return ID_PATTERN.test(value)
        ? null
        : { message: lt('issue_not_identifier'), allowed: describe(spec) };
    case 'id_list':
      return value.split(' ').every((id) => ID_PATTERN.test(id))
        ? null
        : { message: lt('issue_not_id_list'), allowed: describe(spec) };
    case 'code':
      return spec.vocabulary && isCode(spec.vocabulary, value)
        ? null
        : { message: lt('issue_unknown_code'), allowed: describe(spec) };
    case 'year': {
      const year = Number(value);
      return YEAR_PATTERN.test(value) && year >= 1900 && year <= 2100
        ? null
        : { message: lt('issue_not_year'), allowed: describe(spec) };
    }
    case 'number':
      return NUMBER_PATTERN.test(value)
        ? null
        : { message: lt('issue_not_number'), allowed: describe(spec) };
    case 'bool':
      return value === 'true' || value === 'false'
        ? null
        : { message: lt('issue_not_boolean'), allowed: describe(spec) };
    case 'url':
      return /^https?:\/\/[^\s]+$/.test(value)
        ? null
        : { message: lt('issue_not_url'), allowed: describe(spec) };
    case 'iso_numeric':
      return /^\d{3}$/.test(value)
        ? null
        : { message: lt('issue_not_iso_numeric'), allowed: describe(spec) };
    case 'text':
      return null;
  }
}

export function describe(spec: ColumnSpec): LocalText {
  switch (spec.kind) {
    case 'id':
      return lt('allowed_id');
    case 'id_list':
      return lt('allowed_id_list');
    case 'code':
      return lt('allowed_list', {
        list: spec.vocabulary ? codesOf(spec.vocabulary).join(', ') : '',
      });
    case 'year':
      return lt('allowed_year');
    case 'number':
      return lt('allowed_number');
    case 'bool':
      return lt('allowed_bool');
    case 'url':
      return lt('allowed_url');
    case 'iso_numeric':
      return lt('allowed_iso_numeric');
    case 'text':
      return lt('allowed_text');
  }
}

/** Columns the contract requires that the header lacks, and columns it does not know. */
export function headerIssues(
  file: string,
  table: TableName,
  header: readonly string[],
  headerLine: number,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const push = (column: string, message: LocalText, allowed: LocalText) =>
    issues.push({
      severity: 'error',
      file,
      line: headerLine,
      column,
      value: null,
      message,
      allowed,
    });
  const specs: readonly ColumnSpec[] = TABLES[table];
  const expected = specs.map((s) => s.name);
  const missing = specs.filter((s) => s.required && !header.includes(s.name)).map((s) => s.name);
  const allowed = lt('allowed_list', { list: expected.join(', ') });
  if (missing.length > 0)
    push(missing.join(', '), lt('issue_missing_columns', { n: missing.length, table }), allowed);
  for (const name of header.filter((name) => !expected.includes(name)))
    push(name, lt('issue_unknown_column', { table }), allowed);
  for (const name of header.filter(
    (name, i) => expected.includes(name) && header.indexOf(name) !== i,
  ))
    push(name, lt('issue_duplicate_column'), allowed);
  return issues;
}

function parseTable(input: TableInput, issues: ValidationIssue[]): ValidatedTable | null {
  const push = (
    line: number | null,
    column: string | null,
    value: string | null,
    message: LocalText,
    allowed: LocalText | null = null,
  ) => issues.push({ severity: 'error', file: input.file, line, column, value, message, allowed });
  if (input.text.includes('\uFFFD')) {
    const index = input.text.indexOf('\uFFFD');
    const line = input.text.slice(0, index).split('\n').length;
    push(line, null, null, lt('issue_not_utf8'), lt('allowed_utf8'));
    return null;
  }
  let parsed;
  try {
    parsed = parseCsv(input.text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      push(
        error.line,
        null,
        null,
        lt('issue_not_csv', { detail: lt(error.key, { line: error.line }) }),
      );
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
  const headerProblems = headerIssues(input.file, input.table, parsed.header, headerLine);
  issues.push(...headerProblems);
  if (headerProblems.length > 0) return null;
  const rows = recordsAsObjects(parsed);
  for (const { line, cells } of parsed.records) {
    if (cells.length !== parsed.header.length) {
      push(
        line,
        null,
        null,
        lt('issue_cell_count', { cells: cells.length, header: parsed.header.length }),
      );
    }
  }
  for (const { line, row } of rows) {
    for (const spec of specs) {
      const value = row[spec.name] ?? '';
      if (value !== value.trim()) {
        push(line, spec.name, value, lt('issue_spaces'));
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
        message: lt('issue_duplicate_id', { key, first }),
        allowed: lt('allowed_each_once'),
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
        first.file === table.file
          ? lt('issueRow', { line: first.line })
          : lt('issueFileRow', { file: first.file, line: first.line });
      issues.push({
        severity: 'error',
        file: table.file,
        line,
        column: 'value',
        value,
        message: lt('issue_conflict', { where, value: first.value }),
        allowed: lt('allowed_one_value'),
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
          lt('issue_duplicate_score', { key, first }),
        );
      else seen.set(key, line);
      if (row.iso3 && !countries.has(row.iso3))
        issue(
          issues,
          table.file,
          line,
          'iso3',
          row.iso3,
          lt('issue_unknown_state'),
          lt('allowed_iso3'),
        );
      if (row.source_id && !sources.has(row.source_id))
        issue(
          issues,
          table.file,
          line,
          'source_id',
          row.source_id,
          lt('issue_no_source'),
          lt('allowed_source'),
        );
      const score = Number(row.score);
      if (row.score && (score < 1 || score > 10))
        issue(
          issues,
          table.file,
          line,
          'score',
          row.score,
          lt('issue_score_range'),
          lt('allowed_score'),
        );
    }
  }
  checkConflictingObservations(
    tables.filter((t) => t.table === 'observations'),
    issues,
  );
  const observationIds = new Map<string, LocalText>();
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
          message: lt('issue_duplicate_obs', { first }),
          allowed: lt('allowed_each_once_all'),
        });
      } else observationIds.set(id, lt('issueFileRow', { file: table.file, line }));
      checkObservation(table.file, line, row, { sources, areas }, issues);
    }
  }
  checkAtlasTexts(tables, issues);
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
