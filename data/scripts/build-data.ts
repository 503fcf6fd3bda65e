import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { validateTables, formatIssue, type TableInput } from '../../src/lib/validation/validate';
import {
  copyTableToParquetSql,
  countRowsSql,
  createTableFromCsvSql,
} from '../../src/lib/data/build-sql';
import type { TableName } from '../../src/lib/vocabulary/contract';
import { buildOsceTopology } from './build-map';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DATA = resolve(ROOT, 'data');
const OUT = resolve(ROOT, 'public', 'data');

export function dataInputs(dataDir = DATA): TableInput[] {
  const read = (file: string, table: TableName): TableInput => ({
    file: file.replace(`${dataDir}/`, 'data/'),
    table,
    text: readFileSync(file, 'utf8'),
  });
  const observationFiles = readdirSync(resolve(dataDir, 'observations'))
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => resolve(dataDir, 'observations', f));
  return [
    read(resolve(dataDir, 'countries.csv'), 'countries'),
    read(resolve(dataDir, 'sources.csv'), 'sources'),
    ...observationFiles.map((f) => read(f, 'observations')),
  ];
}

async function main() {
  const checkOnly = process.argv.includes('--check');
  const inputs = dataInputs();
  const { issues, tables } = validateTables(inputs);
  for (const issue of issues) console.error(formatIssue(issue));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    console.error(`data: ${errors.length} error(s) in data/; nothing was written.`);
    process.exit(1);
  }
  const rowCounts = Object.fromEntries(
    (['countries', 'sources', 'observations'] as const).map((t) => [
      t,
      tables.filter((x) => x.table === t).reduce((n, x) => n + x.rows.length, 0),
    ]),
  );
  console.log(
    `data: data/ is valid (${Object.entries(rowCounts)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')})`,
  );
  if (checkOnly) return;

  mkdirSync(OUT, { recursive: true });
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input.file).update(input.text);
  const version = hash.digest('hex').slice(0, 12);

  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const manifest: {
    version: string;
    tables: Record<string, { rows: number; bytes: number; file: string }>;
  } = { version, tables: {} };
  try {
    const filesByTable = new Map<TableName, string[]>();
    for (const input of inputs) {
      const path = resolve(ROOT, input.file);
      filesByTable.set(input.table, [...(filesByTable.get(input.table) ?? []), path]);
    }
    for (const [table, files] of filesByTable) {
      await connection.run(createTableFromCsvSql(table, files));
      const file = `${table}.parquet`;
      await connection.run(copyTableToParquetSql(table, resolve(OUT, file)));
      const rows = Number(
        (await connection.runAndReadAll(countRowsSql(table))).getRowObjectsJS()[0]?.n ?? 0,
      );
      manifest.tables[table] = { rows, bytes: statSync(resolve(OUT, file)).size, file };
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }

  const countries = tables
    .filter((t) => t.table === 'countries')
    .flatMap((t) =>
      t.rows.map(({ row }) => ({
        iso3: row.iso3 ?? '',
        isoNumeric: row.iso_numeric ?? '',
        osce: row.osce_participating === 'true' || row.iso3 === 'XKX',
      })),
    );
  const { topology, report } = buildOsceTopology(countries);
  for (const line of report) console.log(`map: ${line}`);
  if (report.some((l) => l.startsWith('WARNING'))) process.exit(1);
  const mapText = JSON.stringify(topology);
  writeFileSync(resolve(OUT, 'osce-map.topo.json'), mapText);
  manifest.tables.map = {
    rows: countries.length,
    bytes: mapText.length,
    file: 'osce-map.topo.json',
  };
  writeFileSync(resolve(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`data: wrote public/data (version ${version})`);
}

await main();
