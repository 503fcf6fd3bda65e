import type { ValidationIssue } from './validate';
import { isCode, QUALIFIER, QUALIFIER_SHAPE } from '../vocabulary/codes';

export function checkObservation(
  file: string,
  line: number,
  row: Record<string, string>,
  known: { sources: Set<string>; areas: Set<string> },
  issues: ValidationIssue[],
) {
  const error = (column: string, message: string, allowed: string | null = null) =>
    issues.push({
      severity: 'error',
      file,
      line,
      column,
      value: row[column] ?? '',
      message,
      allowed,
    });
  const num = (c: string) => (row[c] === '' || row[c] === undefined ? null : Number(row[c]));
  if (row.source_id && !known.sources.has(row.source_id))
    error('source_id', 'no source with this id', 'a source_id listed in sources');
  if (row.area && !known.areas.has(row.area))
    error('area', 'unknown area', 'an iso3 code from countries or a region code from regions');
  const start = num('period_start');
  const end = num('period_end');
  if (start !== null && end !== null && end < start)
    error('period_end', 'ends before it starts', `a year from ${start} on`);
  if ((start === null) !== (end === null))
    error(
      start === null ? 'period_start' : 'period_end',
      'give both period_start and period_end, or neither',
    );
  if (start === null && end === null && !row.period_note)
    error(
      'period_note',
      'the period is unknown: say what the source says about it',
      'a short text, e.g. "not stated"',
    );
  if (row.stage === 'other' && !row.note)
    error('note', 'stage "other" needs a note saying what the figure counts');
  const value = num('value');
  const low = num('value_low');
  const high = num('value_high');
  const qualifier = row.qualifier;
  const needs = (column: string, present: boolean, message: string) => {
    if (!present) error(column, message);
  };
  const shape = isCode(QUALIFIER, qualifier ?? '')
    ? QUALIFIER_SHAPE[qualifier as keyof typeof QUALIFIER_SHAPE]
    : null;
  if (shape === 'point') {
    needs('value', value !== null, `qualifier "${qualifier}" needs a value`);
    needs(
      'value_low',
      low === null && high === null,
      `qualifier "${qualifier}" takes no bounds; use "range" for a range`,
    );
  } else if (shape === 'range') {
    needs(
      'value_low',
      low !== null && high !== null,
      'a range needs both value_low and value_high',
    );
    needs('value', value === null, 'a range has no single value; leave value empty');
    if (low !== null && high !== null && low > high)
      error('value_low', `low bound is above high bound (${high})`);
  } else if (shape === 'lower') {
    needs(
      'value_low',
      low !== null && value === null && high === null,
      `"${qualifier}" takes value_low only`,
    );
  } else if (shape === 'upper') {
    needs(
      'value_high',
      high !== null && value === null && low === null,
      `"${qualifier}" takes value_high only`,
    );
  } else if (shape === 'none') {
    needs(
      'value',
      value === null && low === null && high === null,
      'a suppressed value is left empty (the publisher shows "<5")',
    );
  }
  for (const column of ['value', 'value_low', 'value_high']) {
    const v = num(column);
    if (v === null || Number.isNaN(v)) continue;
    if (row.measure === 'share' && (v < 0 || v > 100))
      error(column, 'a share is in percent and must be between 0 and 100', '0 to 100');
    if (
      (row.measure === 'count' || row.measure === 'count_on_date') &&
      (v < 0 || !Number.isInteger(v))
    )
      error(column, 'a count must be a whole number, 0 or more', 'whole numbers');
  }
}

export function issue(
  issues: ValidationIssue[],
  file: string,
  line: number,
  column: string,
  value: string,
  message: string,
  allowed: string | null = null,
) {
  issues.push({ severity: 'error', file, line, column, value, message, allowed });
}

export function checkRegion(
  file: string,
  line: number,
  row: Record<string, string>,
  countries: Set<string>,
  issues: ValidationIssue[],
) {
  if (row.parent_iso3 && !countries.has(row.parent_iso3))
    issue(
      issues,
      file,
      line,
      'parent_iso3',
      row.parent_iso3,
      'unknown State',
      'an iso3 code from countries',
    );
  for (const member of (row.members ?? '').split(' ').filter(Boolean)) {
    if (!countries.has(member))
      issue(
        issues,
        file,
        line,
        'members',
        member,
        'unknown State in members',
        'iso3 codes from countries',
      );
  }
}
