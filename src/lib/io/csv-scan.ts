import { CsvSyntaxError } from './csv';

/** A record whose cell count differs from the header's. */
export interface RaggedRecord {
  line: number;
  cells: number;
}

export interface CsvScan {
  /** Header names, trimmed. */
  header: string[];
  /** Physical line of the header (blank lines before it count). */
  headerLine: number;
  /** Physical line where each data record starts, in file order. */
  lines: Int32Array;
  /** The first data records, cell by cell, for the preview. */
  first: string[][];
  /** The first records with the wrong number of cells, and how many there are in all. */
  ragged: RaggedRecord[];
  raggedCount: number;
}

export class LongCellError extends Error {
  constructor(
    readonly line: number,
    readonly max: number,
    /** The header's name for the cell's column, or its position (from 1) where there is none. */
    readonly column: string,
  ) {
    super(`line ${line}, column ${column}: cell longer than ${max} characters`);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const KEEP_RECORDS = 6;
const KEEP_RAGGED = 100;
const PROGRESS_EVERY = 4_000_000;

/**
 * One quote-aware pass over CSV text, RFC 4180 as `parseCsv` reads it, without building a
 * string per cell: it finds where every record starts (its physical line, for messages),
 * checks cell counts, quoting and cell length, and keeps the header and first records.
 */
export function scanCsv(
  text: string,
  delimiter: string,
  options: { maxCell: number; onProgress?: (fraction: number) => void },
): CsvScan {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let lines = new Int32Array(1024);
  let count = 0;
  const kept: string[][] = [];
  const ragged: RaggedRecord[] = [];
  let raggedCount = 0;
  let headerCells = -1;
  let line = 1;
  let recordLine = 1;
  let cells = 0;
  let cellStart = 0;
  let cellEmpty = true;
  let recordEmpty = true;
  let current: string[] | null = [];
  let nextProgress = PROGRESS_EVERY;
  let i = 0;
  let finished = false;

  const long = () => {
    const name = headerCells < 0 ? undefined : kept[0]?.[cells]?.trim();
    return new LongCellError(recordLine, options.maxCell, name || String(cells + 1));
  };
  const endCell = (value: string | null) => {
    if (current) current.push(value ?? text.slice(cellStart, i));
    cells++;
  };
  const endRecord = () => {
    if (recordEmpty && cells === 1) {
      if (current) current = [];
      return;
    }
    if (headerCells < 0) {
      headerCells = cells;
      lines[0] = recordLine;
      count = 1;
    } else {
      if (count === lines.length) {
        const grown = new Int32Array(lines.length * 2);
        grown.set(lines);
        lines = grown;
      }
      lines[count++] = recordLine;
      if (cells !== headerCells) {
        raggedCount++;
        if (ragged.length < KEEP_RAGGED) ragged.push({ line: recordLine, cells });
      }
    }
    if (current) kept.push(current);
    current = kept.length < KEEP_RECORDS + 1 ? [] : null;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE && cellEmpty) {
      let close = i + 1;
      for (;;) {
        close = text.indexOf('"', close);
        if (close < 0)
          throw new CsvSyntaxError('unterminated quoted field', recordLine, 'csv_unterminated');
        if (text.charCodeAt(close + 1) === QUOTE) close += 2;
        else break;
      }
      for (let nl = text.indexOf('\n', i); nl >= 0 && nl < close; nl = text.indexOf('\n', nl + 1))
        line++;
      if (close - i - 1 > options.maxCell) throw long();
      const after = close + 1 < n ? text.charCodeAt(close + 1) : -1;
      if (after !== -1 && after !== delim && after !== LF && after !== CR)
        throw new CsvSyntaxError(
          'unexpected character after closing quote',
          line,
          'csv_after_quote',
        );
      const value = current ? text.slice(i + 1, close).replaceAll('""', '"') : null;
      i = close + 1;
      cellEmpty = false;
      recordEmpty = false;
      if (i >= n || text.charCodeAt(i) !== delim) {
        // the record or the file ends right after the quote
        endCell(value);
        if (i >= n) {
          endRecord();
          finished = true;
          break;
        }
        const end = text.charCodeAt(i);
        i += end === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        endRecord();
        cells = 0;
        recordEmpty = true;
        line++;
        recordLine = line;
        cellStart = i;
        continue;
      }
      endCell(value);
      i++;
      cellStart = i;
      cellEmpty = true;
      continue;
    }
    if (c === delim) {
      endCell(null);
      i++;
      cellStart = i;
      cellEmpty = true;
      recordEmpty = false;
    } else if (c === LF || c === CR) {
      if (i - cellStart > options.maxCell) throw long();
      endCell(null);
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      endRecord();
      cells = 0;
      recordEmpty = true;
      cellEmpty = true;
      line++;
      recordLine = line;
      cellStart = i;
      if (i >= nextProgress) {
        options.onProgress?.(i / n);
        nextProgress = i + PROGRESS_EVERY;
      }
    } else {
      cellEmpty = false;
      recordEmpty = false;
      i++;
    }
  }
  if (!finished && !(recordEmpty && cells === 0)) {
    if (i - cellStart > options.maxCell) throw long();
    endCell(null);
    endRecord();
  }
  options.onProgress?.(1);
  const [header = [], ...first] = kept;
  return {
    header: header.map((h) => h.trim()),
    headerLine: count > 0 ? (lines[0] ?? 1) : 1,
    lines: lines.slice(1, count),
    first: first.slice(0, KEEP_RECORDS - 1),
    ragged,
    raggedCount,
  };
}
