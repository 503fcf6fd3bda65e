import { columnNames } from '../../src/lib/vocabulary/contract';

/** A valid observation row (a count of women convicted in 2020), with `patch` over it. */
export function observationRow(patch: Record<string, string> = {}): Record<string, string> {
  return {
    obs_id: 'X1',
    source_id: 'S1',
    area: 'BEL',
    period_start: '2020',
    period_end: '2020',
    population: 'offenders',
    market: 'human_trafficking',
    hierarchy: 'all',
    role: 'all',
    org_type: 'all',
    stage: 'convicted',
    sex: 'female',
    measure: 'count',
    value: '5',
    qualifier: 'exact',
    unit: 'persons',
    ...patch,
  };
}

/** The row's cells in the contract's column order ('' for the columns it lacks). */
export function observationCells(row: Record<string, string>): string[] {
  return columnNames('observations').map((c) => row[c] ?? '');
}
