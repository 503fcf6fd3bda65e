import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { decodeParquetToArrowBatches, ParquetLoadError } from '../../src/lib/data/parquet';

const bytes = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('loadParquet decoding (hyparquet to Arrow)', () => {
  it('decodes the shipped observations, values and nulls intact', async () => {
    const tables: Table[] = [];
    const rows = await decodeParquetToArrowBatches(
      bytes(resolve(import.meta.dirname, '../../public/data/observations.parquet')),
      async (ipc) => {
        tables.push(tableFromIPC(ipc) as Table);
      },
    );
    const all = tables.flatMap((t) =>
      t.toArray().map((r) => r.toJSON() as Record<string, unknown>),
    );
    expect(all).toHaveLength(rows);
    const bel = all.find((r) => r.obs_id === 'GLOTIP-BEL-2020-formal_contact-female');
    expect(bel).toMatchObject({ value: 128, period_start: 2020, qualifier: 'exact' });
    expect(all.find((r) => r.obs_id === 'GLOTIP-SWE-2020-victims-male')?.value).toBeNull();
  });

  it('streams a file of several row groups one batch at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-pq-'));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT i AS n, 'row ' || i AS label FROM range(5000) t(i)) TO '${join(dir, 'groups.parquet')}' (FORMAT parquet, ROW_GROUP_SIZE 1000)`,
    );
    connection.closeSync();
    instance.closeSync();
    const sizes: number[] = [];
    const total = await decodeParquetToArrowBatches(
      bytes(join(dir, 'groups.parquet')),
      async (ipc, rows) => {
        sizes.push(rows);
        expect(tableFromIPC(ipc).numRows).toBe(rows);
      },
    );
    expect(total).toBe(5000);
    expect(sizes.length).toBeGreaterThan(1);
  });

  it('rejects a file that is not Parquet with a clear error', async () => {
    await expect(
      decodeParquetToArrowBatches(
        new TextEncoder().encode('not parquet at all').buffer as ArrayBuffer,
        async () => {},
      ),
    ).rejects.toThrow(ParquetLoadError);
  });
});
