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
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

export class ParquetLoadError extends Error {}

interface ColumnPlan {
  name: string;
  type: DataType;
  chunks: { rowStart: number; values: ArrayLike<unknown> }[];
}

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

/**
 * Decodes a Parquet file with hyparquet (pure JS) and inserts it into DuckDB-WASM as
 * Arrow IPC. DuckDB-WASM >= 1.29 has no Parquet reader linked in and would download
 * the extension at run time, which an offline atlas cannot do.
 */
export async function decodeParquetToArrowIpc(
  buffer: ArrayBuffer,
): Promise<{ ipc: Uint8Array; rows: number }> {
  let metadata;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw new ParquetLoadError(`not a readable Parquet file: ${(error as Error).message}`);
  }
  const schema = parquetSchema(metadata);
  const plans: ColumnPlan[] = schema.children.map((child) => ({
    name: child.element.name,
    type: arrowTypeFor(child.element as never),
    chunks: [],
  }));
  const byName = new Map(plans.map((p) => [p.name, p]));
  const rows = Number(metadata.num_rows);
  try {
    await parquetRead({
      file: buffer,
      onChunk(chunk) {
        byName
          .get(chunk.columnName)
          ?.chunks.push({ rowStart: chunk.rowStart, values: chunk.columnData });
      },
    });
  } catch (error) {
    throw new ParquetLoadError(
      `the Parquet file could not be decoded: ${(error as Error).message}`,
    );
  }
  const vectors: Record<string, Vector> = {};
  for (const plan of plans) {
    plan.chunks.sort((a, b) => a.rowStart - b.rowStart);
    const values: unknown[] = new Array(rows);
    let offset = 0;
    for (const chunk of plan.chunks) {
      for (let i = 0; i < chunk.values.length; i++)
        values[offset + i] = normalise(chunk.values[i], plan.type);
      offset += chunk.values.length;
    }
    if (offset !== rows)
      throw new ParquetLoadError(`column ${plan.name} has ${offset} values for ${rows} rows`);
    vectors[plan.name] = vectorFromArray(values, plan.type);
  }
  const table = new Table(vectors);
  return { ipc: tableToIPC(table, 'stream'), rows };
}

export async function loadParquet(
  connection: AsyncDuckDBConnection,
  table: string,
  url: string,
): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  const response = await fetch(url);
  if (!response.ok) throw new ParquetLoadError(`${url}: HTTP ${response.status}`);
  const { ipc, rows } = await decodeParquetToArrowIpc(await response.arrayBuffer());
  await connection.query(`DROP TABLE IF EXISTS "${table}"`);
  await connection.insertArrowFromIPCStream(ipc, { name: table, create: true });
  return rows;
}
