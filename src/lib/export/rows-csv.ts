import { formatCsv } from '../io/csv';
import { neutraliseCell } from './csv-export';

/** A cell as the data tables hold it: text as is, numbers unformatted, missing as empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return neutraliseCell(String(value));
}

/**
 * The observation rows behind the figures in view, as the data contract names their columns
 * (data/README.md), so that each number on screen can be found in its row and source. UTF-8
 * with a BOM, so that spreadsheet programs read accents right.
 */
export function observationRowsCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): string {
  const body = rows.map((row) => columns.map((column) => cellText(row[column])));
  return `\uFEFF${formatCsv(columns, body, ',', '\r\n')}`;
}
