import { issue, type ValidationIssue } from './issue';
import { isCode, QUALIFIER, QUALIFIER_SHAPE } from '../vocabulary/codes';
import { localText as lt, type LocalText } from '../i18n/local-text';

export function checkObservation(
  file: string,
  line: number,
  row: Record<string, string>,
  known: { sources: Set<string>; areas: Set<string> },
  issues: ValidationIssue[],
) {
  const error = (column: string, message: LocalText, allowed: LocalText | null = null) =>
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
    error('source_id', lt('issue_no_source'), lt('allowed_source'));
  if (row.area && !known.areas.has(row.area))
    error('area', lt('issue_unknown_area'), lt('allowed_area'));
  const start = num('period_start');
  const end = num('period_end');
  if (start !== null && end !== null && end < start)
    error('period_end', lt('issue_ends_before'), lt('allowed_year_from', { start }));
  if ((start === null) !== (end === null))
    error(start === null ? 'period_start' : 'period_end', lt('issue_period_both'));
  if (start === null && end === null && !row.period_note)
    error('period_note', lt('issue_period_unknown'), lt('allowed_period_note'));
  if (row.stage === 'other' && !row.note) error('note', lt('issue_other_needs_note'));
  const value = num('value');
  const low = num('value_low');
  const high = num('value_high');
  const qualifier = row.qualifier;
  const needs = (column: string, present: boolean, message: LocalText) => {
    if (!present) error(column, message);
  };
  const shape = isCode(QUALIFIER, qualifier ?? '')
    ? QUALIFIER_SHAPE[qualifier as keyof typeof QUALIFIER_SHAPE]
    : null;
  if (shape === 'point') {
    needs('value', value !== null, lt('issue_needs_value', { qualifier: qualifier ?? '' }));
    needs(
      'value_low',
      low === null && high === null,
      lt('issue_no_bounds', { qualifier: qualifier ?? '' }),
    );
  } else if (shape === 'range') {
    needs('value_low', low !== null && high !== null, lt('issue_range_both'));
    needs('value', value === null, lt('issue_range_no_value'));
    if (low !== null && high !== null && low > high)
      error('value_low', lt('issue_low_above_high', { high }));
  } else if (shape === 'lower') {
    needs(
      'value_low',
      low !== null && value === null && high === null,
      lt('issue_lower_only', { qualifier: qualifier ?? '' }),
    );
  } else if (shape === 'upper') {
    needs(
      'value_high',
      high !== null && value === null && low === null,
      lt('issue_upper_only', { qualifier: qualifier ?? '' }),
    );
  } else if (shape === 'none') {
    needs('value', value === null && low === null && high === null, lt('issue_suppressed_empty'));
  }
  for (const column of ['value', 'value_low', 'value_high']) {
    const v = num(column);
    if (v === null || Number.isNaN(v)) continue;
    if (row.measure === 'share' && (v < 0 || v > 100))
      error(column, lt('issue_share_range'), lt('allowed_percent'));
    if (
      (row.measure === 'count' || row.measure === 'count_on_date') &&
      (v < 0 || !Number.isInteger(v))
    )
      error(column, lt('issue_count_whole'), lt('allowed_whole'));
  }
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
      lt('issue_unknown_state'),
      lt('allowed_iso3'),
    );
  for (const member of (row.members ?? '').split(' ').filter(Boolean)) {
    if (!countries.has(member))
      issue(
        issues,
        file,
        line,
        'members',
        member,
        lt('issue_unknown_member'),
        lt('allowed_iso3_list'),
      );
  }
}
