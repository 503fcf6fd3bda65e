import { parquetSchema, type parquetMetadata } from 'hyparquet';
import { LocalError, localText as lt } from '../i18n/local-text';
import { decodeRowGroup, readParquetMetadata, rowGroupPlans } from './parquet';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

const CHUNK_BYTES = 1 << 22;

/**
 * CSV written straight as UTF-8 bytes, in pieces (never one buffer grown by copying, which held
 * the old and the new buffer at once), up to `maxBytes`; a cell is quoted only when it holds , "
 * or a line break.
 */
class CsvBytes {
  private readonly parts: Uint8Array[] = [];
  private bytes = new Uint8Array(CHUNK_BYTES);
  private end = 0;
  private written = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly maxBytes: number) {}

  private room(n: number): void {
    if (this.end + n <= this.bytes.length) return;
    if (this.written + this.end + n > this.maxBytes) throw new ExpandsTooMuch();
    this.parts.push(this.bytes.subarray(0, this.end));
    this.written += this.end;
    this.bytes = new Uint8Array(Math.max(CHUNK_BYTES, n));
    this.end = 0;
  }

  byte(b: number): void {
    this.room(1);
    this.bytes[this.end++] = b;
  }

  /** A cell from its UTF-8 bytes. */
  utf8(value: Uint8Array): void {
    const n = value.length;
    this.room(n * 2 + 2);
    const bytes = this.bytes;
    let quote = false;
    for (let i = 0; i < n; i++) {
      const b = value[i] as number;
      if (b === COMMA || b === QUOTE || b === LF || b === CR) {
        quote = true;
        break;
      }
    }
    let end = this.end;
    if (quote) bytes[end++] = QUOTE;
    // Byte by byte: most cells are a few bytes, for which a copy call costs more than the loop.
    for (let i = 0; i < n; i++) {
      const b = value[i] as number;
      if (quote && b === QUOTE) bytes[end++] = QUOTE;
      bytes[end++] = b;
    }
    if (quote) bytes[end++] = QUOTE;
    this.end = end;
  }

  /** Text that is ASCII and never needs quotes: numbers, booleans and dates as JavaScript writes them. */
  ascii(value: string): void {
    const n = value.length;
    this.room(n);
    for (let i = 0; i < n; i++) this.bytes[this.end++] = value.charCodeAt(i);
  }

  text(value: string): void {
    this.utf8(this.encoder.encode(value));
  }

  result(): Uint8Array[] {
    return [...this.parts, this.bytes.subarray(0, this.end)];
  }
}

class ExpandsTooMuch extends Error {}

/** Physical and logical types whose cells the atlas can write as CSV text; anything else is refused. */
const READABLE_TYPES = new Set([
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96',
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]);
const UNREADABLE_LOGICAL = new Set([
  'INTERVAL',
  'BSON',
  'JSON',
  'GEOMETRY',
  'GEOGRAPHY',
  'VARIANT',
  'MAP',
  'LIST',
  'FILE',
]);

/** Refuses, by name, a column whose cells are not one plain value each. */
function checkColumns(metadata: ReturnType<typeof parquetMetadata>): string[] {
  const columns = parquetSchema(metadata).children;
  for (const { element, children } of columns) {
    const logical = element.logical_type?.type;
    if (
      children.length > 0 ||
      element.repetition_type === 'REPEATED' ||
      logical === 'MAP' ||
      logical === 'LIST'
    )
      throw new LocalError(lt('file_parquet_nested', { column: element.name }));
    const type = element.converted_type ?? logical ?? element.type ?? '';
    if (
      !READABLE_TYPES.has(element.type ?? '') ||
      UNREADABLE_LOGICAL.has(element.converted_type ?? '') ||
      UNREADABLE_LOGICAL.has(logical ?? '')
    )
      throw new LocalError(lt('file_parquet_type', { column: element.name, type }));
  }
  return columns.map((c) => c.element.name);
}

/** A lower bound of the CSV text a decoded row group makes: its text cells' bytes and separators. */
function textBytesAtLeast(columns: unknown[][], rows: number): number {
  let bytes = rows * columns.length;
  for (const column of columns)
    for (let r = 0; r < rows; r++) {
      const value = column[r];
      if (value instanceof Uint8Array) bytes += value.length;
    }
  return bytes;
}

/** A value as the CSV cell a spreadsheet would write: numbers as JavaScript prints them. */
function writeCell(out: CsvBytes, value: unknown, column: string): void {
  if (value === null || value === undefined) return;
  if (value instanceof Uint8Array) out.utf8(value);
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    out.ascii(String(value));
  else if (value instanceof Date) out.ascii(value.toISOString().slice(0, 10));
  else if (typeof value === 'string') out.text(value);
  // Never "[object Object]": a value the checks above let through is refused by its column.
  else throw new LocalError(lt('file_parquet_type', { column, type: typeof value }));
}

/** What a user's Parquet file may hold: the limits a CSV file has, applied to the text it unpacks to. */
export interface ParquetLimits {
  maxBytes: number;
  maxRows: number;
}

/**
 * A user's Parquet file as comma-separated CSV (UTF-8 bytes, in pieces), so that the one
 * validator checks it like a CSV. Decoded one row group at a time, column by column; text stays
 * bytes (building a string per cell took 7 s at a million rows). A few kilobytes of Parquet can
 * unpack to gigabytes (one long note repeated, stored once in a dictionary): the rows are
 * counted from the footer and the text of each row group is measured before it is written, so
 * that such a file is refused before its text is built. Refusals are LocalErrors.
 */
export async function parquetToCsvBytes(
  buffer: ArrayBuffer,
  limits: ParquetLimits,
): Promise<Uint8Array[]> {
  const metadata = readParquetMetadata(buffer);
  const rowCount = Number(metadata.num_rows);
  if (rowCount > limits.maxRows)
    throw new LocalError(lt('file_too_many_rows', { rows: rowCount, max: limits.maxRows }));
  const names = checkColumns(metadata);
  const tooLarge = () =>
    new LocalError(lt('file_parquet_expands', { mb: Math.round(limits.maxBytes / 1024 / 1024) }));
  const out = new CsvBytes(limits.maxBytes);
  let measured = 0;
  try {
    names.forEach((name, i) => {
      if (i > 0) out.byte(COMMA);
      out.text(name);
    });
    out.byte(LF);
    for (const group of rowGroupPlans(metadata)) {
      const rows = group.rowEnd - group.rowStart;
      const columns = new Map<string, unknown[]>(names.map((n) => [n, new Array(rows)]));
      await decodeRowGroup(buffer, group, (name, offset, values) => {
        const column = columns.get(name);
        if (column) for (let i = 0; i < values.length; i++) column[offset + i] = values[i];
      });
      const ordered = names.map((n) => columns.get(n) as unknown[]);
      measured += textBytesAtLeast(ordered, rows);
      if (measured > limits.maxBytes) throw tooLarge();
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < ordered.length; c++) {
          if (c > 0) out.byte(COMMA);
          writeCell(out, ordered[c]?.[r], names[c] as string);
        }
        out.byte(LF);
      }
    }
  } catch (error) {
    throw error instanceof ExpandsTooMuch ? tooLarge() : error;
  }
  return out.result();
}
