import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TableInput } from '../../src/lib/validation/validate';
import type { TableWriter } from '../../src/lib/data/engine';
import { createTableFromCsvSql } from '../../src/lib/data/build-sql';
import type { TableName } from '../../src/lib/vocabulary/contract';

/** The source files of a data directory laid out like data/, in load order. */
export function dataFiles(dataDir: string): { table: TableName; path: string }[] {
  const observations = readdirSync(resolve(dataDir, 'observations'))
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({ table: 'observations' as const, path: resolve(dataDir, 'observations', f) }));
  const optional = (table: TableName, file: string) =>
    existsSync(resolve(dataDir, file)) ? [{ table, path: resolve(dataDir, file) }] : [];
  return [
    { table: 'countries', path: resolve(dataDir, 'countries.csv') },
    ...optional('regions', 'regions.csv'),
    { table: 'sources', path: resolve(dataDir, 'sources.csv') },
    ...observations,
    // The atlas's words about rows in six languages; read with the observations they translate.
    { table: 'texts', path: resolve(dataDir, 'texts.csv') },
    ...optional('market_scores', 'market_scores.csv'),
  ];
}

export function dataInputs(dataDir: string): TableInput[] {
  return dataFiles(dataDir).map(({ table, path }) => ({
    table,
    file: path.replace(`${resolve(dataDir)}/`, 'data/'),
    text: readFileSync(path, 'utf8'),
  }));
}

/** Loads every table of a data directory (the engine then builds the derived ones). */
export async function loadTables(writer: TableWriter, dataDir: string): Promise<TableName[]> {
  const byTable = new Map<TableName, string[]>();
  for (const { table, path } of dataFiles(dataDir))
    byTable.set(table, [...(byTable.get(table) ?? []), path]);
  for (const [table, paths] of byTable) await writer.exec(createTableFromCsvSql(table, paths));
  return [...byTable.keys()];
}
