import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import {
  Bool,
  Float64,
  Int32,
  Table,
  Utf8,
  vectorFromArray,
  tableToIPC,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { TableWriter } from './engine';
import { identifier, sql } from './sql';

export class ParquetLoadError extends Error {}

function arrowTypeFor(element: {
  type?: string;
  converted_type?: string;
  logical_type?: { type: string };
}): DataType {
  const logical = element.logical_type?.type ?? element.converted_type;
  switch (element.type) {
    case 'BOOLEAN':
      return new Bool();
    case 'INT32':
      return logical === 'DATE' ? new Utf8() : new Int32();
    case 'INT64':
    case 'FLOAT':
    case 'DOUBLE':
      return new Float64();
    default:
      return new Utf8();
  }
}

function normalise(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (type instanceof Float64) return typeof value === 'bigint' ? Number(value) : Number(value);
  if (type instanceof Utf8)
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return value;
}

/** Row ranges of the file's row groups: decoding one at a time bounds the memory used. */
function rowGroupRanges(metadata: ReturnType<typeof parquetMetadata>): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const count = Number(group.num_rows);
    ranges.push([start, start + count]);
    start += count;
  }
  return ranges;
}

/**
 * Decodes a Parquet file with hyparquet (pure JS) into Arrow IPC batches, one per row group.
 * DuckDB-WASM >= 1.29 has no Parquet reader linked in and would download the extension at
 * run time, which an offline atlas cannot do.
 */
export async function decodeParquetToArrowBatches(
  buffer: ArrayBuffer,
  onBatch: (ipc: Uint8Array, rows: number) => Promise<void>,
): Promise<number> {
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw new ParquetLoadError(`not a readable Parquet file: ${(error as Error).message}`);
  }
  const schema = parquetSchema(metadata);
  const columns = schema.children.map((child) => ({
    name: child.element.name,
    type: arrowTypeFor(child.element as never),
  }));
  const total = Number(metadata.num_rows);
  let seen = 0;
  for (const [rowStart, rowEnd] of rowGroupRanges(metadata)) {
    const rows = rowEnd - rowStart;
    const values = new Map(columns.map((c) => [c.name, new Array<unknown>(rows)]));
    const filled = new Map(columns.map((c) => [c.name, 0]));
    try {
      await parquetRead({
        file: buffer,
        rowStart,
        rowEnd,
        onChunk(chunk) {
          const target = values.get(chunk.columnName);
          const type = columns.find((c) => c.name === chunk.columnName)?.type;
          if (!target || !type) return;
          const offset = chunk.rowStart - rowStart;
          for (let i = 0; i < chunk.columnData.length; i++)
            target[offset + i] = normalise(chunk.columnData[i], type);
          filled.set(
            chunk.columnName,
            (filled.get(chunk.columnName) ?? 0) + chunk.columnData.length,
          );
        },
      });
    } catch (error) {
      throw new ParquetLoadError(
        `the Parquet file could not be decoded: ${(error as Error).message}`,
      );
    }
    const vectors: Record<string, Vector> = {};
    for (const column of columns) {
      if (filled.get(column.name) !== rows)
        throw new ParquetLoadError(
          `column ${column.name} has ${filled.get(column.name)} values for ${rows} rows`,
        );
      vectors[column.name] = vectorFromArray(values.get(column.name) ?? [], column.type);
    }
    await onBatch(tableToIPC(new Table(vectors), 'stream'), rows);
    seen += rows;
  }
  if (seen !== total)
    throw new ParquetLoadError(`the row groups hold ${seen} rows, the footer says ${total}`);
  return total;
}

/** The whole file as one Arrow IPC stream (small files, tests). */
export async function decodeParquetToArrowIpc(
  buffer: ArrayBuffer,
): Promise<{ ipc: Uint8Array; rows: number }> {
  const batches: Uint8Array[] = [];
  const rows = await decodeParquetToArrowBatches(buffer, async (ipc) => {
    batches.push(ipc);
  });
  if (batches.length === 1 && batches[0]) return { ipc: batches[0], rows };
  throw new ParquetLoadError('file has several row groups: use decodeParquetToArrowBatches');
}

export async function fetchParquet(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new ParquetLoadError(`${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Decodes Parquet bytes and replaces the table with them (inside Engine.replaceTables). */
export async function insertParquet(
  writer: TableWriter,
  table: string,
  buffer: ArrayBuffer,
): Promise<number> {
  const name = identifier(table);
  if (!writer.insertArrow) throw new Error('this engine cannot take Arrow data');
  const insert = writer.insertArrow;
  await writer.exec(sql`DROP TABLE IF EXISTS ${name}`);
  let first = true;
  return decodeParquetToArrowBatches(buffer, async (ipc) => {
    await insert(table, ipc, first);
    first = false;
  });
}

/** A user's Parquet file as comma-separated CSV text, so the one validator checks it like a CSV. */
export async function parquetToCsvText(buffer: ArrayBuffer): Promise<string> {
  const { formatCsv } = await import('../io/csv');
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw new ParquetLoadError(`not a readable Parquet file: ${(error as Error).message}`);
  }
  const header = parquetSchema(metadata).children.map((c) => c.element.name);
  const rows: string[][] = [];
  try {
    await parquetRead({
      file: buffer,
      rowFormat: 'array',
      onComplete(data: unknown[][]) {
        for (const row of data)
          rows.push(
            row.map((v) =>
              v === null || v === undefined
                ? ''
                : v instanceof Date
                  ? v.toISOString().slice(0, 10)
                  : String(v),
            ),
          );
      },
    });
  } catch (error) {
    throw new ParquetLoadError(
      `the Parquet file could not be decoded: ${(error as Error).message}`,
    );
  }
  return formatCsv(header, rows);
}
