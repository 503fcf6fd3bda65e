import { formatCsv } from '../io/csv';
import type { TableCell } from '../ui/table';
import type { SourceRow } from '../model/rows';

/** Spreadsheet programs run cells that start with these as formulas. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Exactly the rows drawn, with the observation ids and their sources; UTF-8 with a BOM so
 * spreadsheet programs open accents correctly.
 */
export function figureCsv(
  columns: string[],
  rows: TableCell[][],
  sourceOf: (obsId: string) => SourceRow | undefined,
): string {
  const header = [
    ...columns,
    'obs_ids',
    'source_publisher',
    'source_title',
    'source_year',
    'source_url',
    'source_terms',
  ];
  const body = rows.map((row) => {
    const ids = [...new Set(row.flatMap((cell) => cell.obsIds ?? []))];
    const sources = [
      ...new Map(
        ids
          .map((id) => sourceOf(id))
          .filter((s): s is SourceRow => s !== undefined)
          .map((s) => [s.sourceId, s]),
      ).values(),
    ];
    const join = (pick: (s: SourceRow) => string) => sources.map(pick).join(' | ');
    return [
      ...row.map((c) => c.text),
      ids.join(' '),
      join((s) => s.publisher),
      join((s) => s.title),
      join((s) => String(s.year ?? '')),
      join((s) => s.url),
      join((s) => s.terms),
    ].map(neutraliseCell);
  });
  return `\uFEFF${formatCsv(header, body)}`;
}
