import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { parquetFile } from '../support/parquet-file';
import { parquetMetadata, parquetRead } from 'hyparquet';
import { parquetToCsvBytes } from '../../src/lib/data/parquet-csv';
import { formatCsv } from '../../src/lib/io/csv';
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
    const file = await parquetFile(
      'groups.parquet',
      `SELECT i AS n, 'row ' || i AS label FROM range(5000) t(i)`,
      { rowGroupSize: 1000 },
    );
    const sizes: number[] = [];
    const total = await decodeParquetToArrowBatches(bytes(file), async (ipc, rows) => {
      sizes.push(rows);
      expect(tableFromIPC(ipc).numRows).toBe(rows);
    });
    expect(total).toBe(5000);
    expect(sizes.length).toBeGreaterThan(1);
  });

  it('keeps text with nulls intact, whether the file has a dictionary for it or writes it plain', async () => {
    const file = await parquetFile(
      'text.parquet',
      `SELECT i AS n, CASE WHEN i % 7 = 0 THEN NULL ELSE 'obs-' || i || '-ü' END AS id, CASE WHEN i % 5 = 0 THEN NULL ELSE ['female', 'male'][1 + i % 2] END AS sex FROM range(3000) t(i)`,
      { rowGroupSize: 1000 },
    );
    const chunks = parquetMetadata(bytes(file)).row_groups[0]!.columns;
    const dictionary = (name: string) =>
      chunks.find((c) => c.meta_data?.path_in_schema[0] === name)?.meta_data
        ?.dictionary_page_offset !== undefined;
    // Both ways of storing text are exercised.
    expect(dictionary('id')).toBe(false);
    expect(dictionary('sex')).toBe(true);
    const decoded: Record<string, unknown>[] = [];
    await decodeParquetToArrowBatches(bytes(file), async (ipc) => {
      decoded.push(
        ...tableFromIPC(ipc)
          .toArray()
          .map((r) => r.toJSON()),
      );
    });
    expect(decoded).toHaveLength(3000);
    decoded.forEach((row, i) => {
      expect(row).toEqual({
        n: i,
        id: i % 7 === 0 ? null : `obs-${i}-ü`,
        sex: i % 5 === 0 ? null : i % 2 ? 'male' : 'female',
      });
    });
  });

  it('writes a user’s Parquet file as the CSV a row-by-row conversion gives, cell for cell', async () => {
    const file = await parquetFile(
      'user.parquet',
      `SELECT 'U' || i AS obs_id, (2000 + i % 20)::INTEGER AS period_start, i::BIGINT * 1000003 AS big,
        [3.0, 12.5, -0.5, 1e21, NULL][1 + i % 5]::DOUBLE AS value,
        ['plain', 'a, comma', 'say "hi"', 'two' || chr(10) || 'lines', 'Türkiye – ü', NULL, ''][1 + i % 7] AS note,
        DATE '2020-01-31' + (i % 3)::INTEGER AS day, i % 2 = 0 AS flag
        FROM range(2500) t(i)`,
      { rowGroupSize: 1000 },
    );
    const buffer = bytes(file);
    const expected: string[][] = [];
    let header: string[] = [];
    await parquetRead({
      file: buffer,
      rowFormat: 'object',
      onComplete(rows: Record<string, unknown>[]) {
        header = Object.keys(rows[0] ?? {});
        for (const row of rows)
          expected.push(
            header.map((name) => {
              const v = row[name];
              if (v === null || v === undefined) return '';
              return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
            }),
          );
      },
    });
    const parts = await parquetToCsvBytes(buffer, { maxBytes: 1e8, maxRows: 1e6 });
    const csv = await new Blob(parts as Uint8Array<ArrayBuffer>[]).text();
    expect(csv).toBe(formatCsv(header, expected));
    expect(csv).toContain('"say ""hi"""');
    expect(csv).toContain('"two\nlines"');
    expect(csv).toContain(',1e+21,');
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
