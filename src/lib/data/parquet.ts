import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import type { TableWriter } from './engine';
import { ColumnBuilder, columnsToIpc, type ColumnKind, type TextDistinct } from './arrow-columns';
import { identifier, sql } from './sql';

export class ParquetLoadError extends Error {}

function kindFor(element: {
  type?: string;
  converted_type?: string;
  logical_type?: { type: string };
}): ColumnKind {
  const logical = element.logical_type?.type ?? element.converted_type;
  switch (element.type) {
    case 'BOOLEAN':
      return 'bool';
    case 'INT32':
      return logical === 'DATE' ? 'utf8' : 'int32';
    case 'INT64':
    case 'FLOAT':
    case 'DOUBLE':
      return 'float64';
    default:
      return 'utf8';
  }
}

export type RowGroupPlan = {
  rowStart: number;
  rowEnd: number;
  distinct: Map<string, TextDistinct>;
};

/**
 * The file's row groups (decoding one at a time bounds the memory used), and for each column
 * whether the writer kept a dictionary of its values (few distinct) or wrote them plain (many).
 */
export function rowGroupPlans(metadata: ReturnType<typeof parquetMetadata>): RowGroupPlan[] {
  const plans: RowGroupPlan[] = [];
  let start = 0;
  for (const group of metadata.row_groups) {
    const count = Number(group.num_rows);
    const distinct = new Map<string, TextDistinct>();
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (meta)
        distinct.set(
          meta.path_in_schema.join('.'),
          meta.dictionary_page_offset === undefined ? 'many' : 'few',
        );
    }
    plans.push({ rowStart: start, rowEnd: start + count, distinct });
    start += count;
  }
  return plans;
}

/** Text stays UTF-8 bytes from the file to the engine. */
const KEEP_BYTES = { stringFromBytes: (bytes: Uint8Array) => bytes } as never;

/** The file's footer, or an error that says the file is not readable Parquet. */
export function readParquetMetadata(buffer: ArrayBuffer): ReturnType<typeof parquetMetadata> {
  // Both ends must say PAR1: hyparquet checks only the footer, so "PAR2…PAR1" passed.
  const head = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  if (String.fromCharCode(...head) !== 'PAR1')
    throw new ParquetLoadError('not a Parquet file: it does not begin with PAR1');
  try {
    return parquetMetadata(buffer);
  } catch (error) {
    throw new ParquetLoadError(`not a readable Parquet file: ${(error as Error).message}`);
  }
}

/**
 * Decodes one row group, column by column (a column may come in several pieces), with text as
 * UTF-8 bytes; `offset` is the first row of the piece within the group.
 */
export async function decodeRowGroup(
  buffer: ArrayBuffer,
  group: RowGroupPlan,
  onColumn: (name: string, offset: number, values: ArrayLike<unknown>) => void,
): Promise<void> {
  try {
    await parquetRead({
      file: buffer,
      rowStart: group.rowStart,
      rowEnd: group.rowEnd,
      parsers: KEEP_BYTES,
      onChunk(chunk) {
        onColumn(chunk.columnName, chunk.rowStart - group.rowStart, chunk.columnData);
      },
    });
  } catch (error) {
    throw new ParquetLoadError(
      `the Parquet file could not be decoded: ${(error as Error).message}`,
    );
  }
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
  const metadata = readParquetMetadata(buffer);
  const schema = parquetSchema(metadata);
  const columns = schema.children.map((child) => ({
    name: child.element.name,
    kind: kindFor(child.element as never),
  }));
  const total = Number(metadata.num_rows);
  let seen = 0;
  for (const group of rowGroupPlans(metadata)) {
    const rows = group.rowEnd - group.rowStart;
    const builders = new Map(
      columns.map((c) => [c.name, new ColumnBuilder(c.kind, rows, group.distinct.get(c.name))]),
    );
    const filled = new Map(columns.map((c) => [c.name, 0]));
    await decodeRowGroup(buffer, group, (name, offset, values) => {
      const builder = builders.get(name);
      if (!builder) return;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        builder.set(offset + i, typeof value === 'bigint' ? Number(value) : value);
      }
      filled.set(name, (filled.get(name) ?? 0) + values.length);
    });
    for (const column of columns)
      if (filled.get(column.name) !== rows)
        throw new ParquetLoadError(
          `column ${column.name} has ${filled.get(column.name)} values for ${rows} rows`,
        );
    await onBatch(
      columnsToIpc(
        columns.map((c) => ({ name: c.name, builder: builders.get(c.name) as ColumnBuilder })),
      ),
      rows,
    );
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
  // The engine inserts one row group (in its worker) while the next one is decoded here.
  let inserting: Promise<void> | null = null;
  try {
    const rows = await decodeParquetToArrowBatches(buffer, async (ipc) => {
      const create = inserting === null;
      await inserting;
      inserting = insert(table, ipc, create);
      inserting.catch(() => {});
    });
    await inserting;
    return rows;
  } catch (error) {
    // No insert may still be running when the caller goes on to its next change.
    await Promise.resolve(inserting).catch(() => {});
    throw error;
  }
}
