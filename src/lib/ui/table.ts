import { formatCount, formatPercent, translator, type MessageKey } from '../i18n';
import type { Lang } from '../model/filters';

export interface TableCell {
  /** The cell as written on screen, in the view's language. */
  text: string;
  /** The unformatted value for CSV (a number, or a stable code); the text when absent. */
  value?: number | string | null;
  obsIds?: string[];
}

/** A number cell: written for the reader, kept unformatted for CSV. */
export function numberCell(text: string, value: number | null, obsIds: string[] = []): TableCell {
  return { text, value, ...(obsIds.length ? { obsIds } : {}) };
}

/** A count cell (persons, States), written with the language's digit grouping. */
export function countCell(value: number | null, obsIds: string[], lang: Lang): TableCell {
  return numberCell(value === null ? '–' : formatCount(value, lang), value, obsIds);
}

export function textCell(text: string, obsIds: string[] = []): TableCell {
  return obsIds.length ? { text, obsIds } : { text };
}

/**
 * One column of a view's table: its stable code (the CSV header, data/README.md), its label and
 * how a row becomes its cell, written together so that a header cannot drift from its values.
 */
export interface TableColumn<Row> {
  code: string;
  label: MessageKey;
  cell(row: Row): TableCell;
}

/** A column's header: the stable code and the label in the table's language. */
export interface TableHead {
  code: string;
  label: string;
}

/** A table as drawn and exported: one header per column, one cell per column in every row. */
export interface ViewTable {
  columns: TableHead[];
  rows: TableCell[][];
}

/** The table of `rows` under `columns`, labelled in `lang`. */
export function tableOf<Row>(
  lang: Lang,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): ViewTable {
  const t = translator(lang);
  return {
    columns: columns.map((c) => ({ code: c.code, label: t(c.label) })),
    rows: rows.map((row) => columns.map((c) => c.cell(row))),
  };
}

/** The two bounds of an interval. */
interface Bounds {
  low: number;
  high: number;
}

type Ids<Row> = (row: Row) => string[];
const noIds = (): string[] => [];

/** A number column written by `format`; `empty` where there is no value. */
function formattedColumn<Row>(
  format: (value: number) => string,
  code: string,
  label: MessageKey,
  pick: (row: Row) => number | null | undefined,
  obsIds: Ids<Row>,
  empty: string,
): TableColumn<Row> {
  return {
    code,
    label,
    cell: (row) => {
      const value = pick(row) ?? null;
      return numberCell(value === null ? empty : format(value), value, obsIds(row));
    },
  };
}

/** A column kind written by `format` in the table's language. */
const languageColumn =
  (format: (value: number, lang: Lang) => string) =>
  <Row>(
    lang: Lang,
    code: string,
    label: MessageKey,
    pick: (row: Row) => number | null | undefined,
    obsIds: Ids<Row> = noIds,
    empty = '–',
  ): TableColumn<Row> =>
    formattedColumn((n) => format(n, lang), code, label, pick, obsIds, empty);

/** A percentage column. */
export const percentColumn = languageColumn((n, lang) => formatPercent(n, lang));

/** A count column (persons, States), written with the language's digit grouping. */
export const countColumn = languageColumn(formatCount);

/** A year (or edition) column, written without digit grouping. */
export const yearColumn = <Row>(
  code: string,
  label: MessageKey,
  pick: (row: Row) => number | null | undefined,
) => formattedColumn(String, code, label, pick, noIds, '–');

/** A coded column: the label on screen, the stable code in the CSV. */
export function codeColumn<Row>(
  code: string,
  label: MessageKey,
  pick: (row: Row) => { text: string; value: string },
): TableColumn<Row> {
  return { code, label, cell: (row) => pick(row) };
}

/** The two bounds of a share's 95% interval (`interval_low`, `interval_high`). */
export function intervalColumns<Row>(
  lang: Lang,
  pick: (row: Row) => Bounds | null | undefined,
  obsIds: Ids<Row> = noIds,
  empty = '–',
): TableColumn<Row>[] {
  return [
    percentColumn(lang, 'interval_low', 'columnIntervalLow', (r) => pick(r)?.low, obsIds, empty),
    percentColumn(lang, 'interval_high', 'columnIntervalHigh', (r) => pick(r)?.high, obsIds, empty),
  ];
}

/** What a computed share's columns read from a row. */
export interface ShareParts {
  share: number | null | undefined;
  interval: Bounds | null | undefined;
  women: number | null | undefined;
  denominator: number | null | undefined;
  obsIds: string[];
}

/**
 * A computed share with its 95% interval and its counts: `share`, `interval_low`,
 * `interval_high`, `women`, `denominator`. The share and the counts carry the rows they come from.
 */
export function shareColumns<Row>(
  lang: Lang,
  pick: (row: Row) => ShareParts | null,
  options: { denominatorIds?: boolean } = {},
): TableColumn<Row>[] {
  const ids = (row: Row) => pick(row)?.obsIds ?? [];
  return [
    percentColumn(lang, 'share', 'columnShare', (r) => pick(r)?.share, ids),
    ...intervalColumns(lang, (r: Row) => pick(r)?.interval),
    countColumn(lang, 'women', 'columnWomen', (r) => pick(r)?.women, ids),
    countColumn(
      lang,
      'denominator',
      'columnDenominator',
      (r) => pick(r)?.denominator,
      options.denominatorIds === false ? noIds : ids,
    ),
  ];
}
