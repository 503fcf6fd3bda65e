import { formatCsv } from '../io/csv';
import { LOCALES } from '../i18n';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import type { TableCell } from '../ui/table';

/** Spreadsheet programs run cells that start with these as formulas. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A table as the CSV writes it: each column's stable code, and the rows. */
export interface CsvTable {
  columns: readonly { code: string }[];
  rows: TableCell[][];
}

export type CsvDialect = 'rfc4180' | 'excel';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Exactly the rows drawn: one row per drawn value, the stable column codes of data/README.md as
 * header in every language, numbers unformatted in their own columns, and each label beside its
 * code (`<code>_label`, in the chosen language). Then the observation ids and their sources.
 * `rfc4180` is comma-separated with `.` decimals; `excel` uses `;` and the language's decimal
 * separator. UTF-8 with a BOM, so spreadsheet programs read accents right. Text cells that look
 * like formulas are neutralised; numbers are not.
 */
export function figureCsv(
  table: CsvTable,
  sourceOf: (obsId: string) => SourceRow | undefined,
  options: { dialect: CsvDialect; lang: Lang },
): string {
  const decimal =
    options.dialect === 'excel'
      ? (new Intl.NumberFormat(LOCALES[options.lang])
          .formatToParts(1.5)
          .find((p) => p.type === 'decimal')?.value ?? '.')
      : '.';
  const first = table.rows[0] ?? [];
  const header: string[] = [];
  table.columns.forEach(({ code }, i) => {
    const cell = first[i];
    header.push(code);
    if (cell && typeof cell.value === 'string' && cell.value !== cell.text)
      header.push(`${code}_label`);
  });
  header.push(
    'obs_ids',
    'source_id',
    'source_publisher',
    'source_title',
    'source_year',
    'source_url',
  );
  const number = (n: number) => {
    const text = String(Math.round(n * 1e6) / 1e6);
    return decimal === '.' ? text : text.replace('.', decimal);
  };
  const body = table.rows.map((row) => {
    const cells: string[] = [];
    row.forEach((cell, i) => {
      const labelled =
        first[i] && typeof first[i]?.value === 'string' && first[i]?.value !== first[i]?.text;
      if (isNumber(cell.value)) cells.push(number(cell.value));
      else if (cell.value === null) cells.push('');
      else if (typeof cell.value === 'string') cells.push(neutraliseCell(cell.value));
      else cells.push(neutraliseCell(cell.text));
      if (labelled) cells.push(neutraliseCell(cell.text));
    });
    const ids = [...new Set(row.flatMap((cell) => cell.obsIds ?? []))];
    const sources = [
      ...new Map(
        ids
          .map((id) => sourceOf(id))
          .filter((s): s is SourceRow => s !== undefined)
          .map((s) => [s.sourceId, s]),
      ).values(),
    ];
    const join = (pick: (s: SourceRow) => string) => neutraliseCell(sources.map(pick).join(' | '));
    cells.push(
      ids.join(' '),
      join((s) => s.sourceId),
      join((s) => s.publisher),
      join((s) => s.title),
      join((s) => String(s.year ?? '')),
      join((s) => s.url),
    );
    return cells;
  });
  return `\uFEFF${formatCsv(header, body, options.dialect === 'excel' ? ';' : ',', '\r\n')}`;
}
