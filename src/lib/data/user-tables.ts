import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { TABLES } from '../vocabulary/contract';

/** Every row and source a user loads is prefixed, so it can never mix silently with bundled rows. */
export const USER_PREFIX = 'user:';
/** The source of a user's rows when they load no sources file. */
export const DEFAULT_USER_SOURCE = 'USER_DATA';

const columnsSpec = (table: 'observations' | 'sources') =>
  TABLES[table].map((c) => `'${c.name}': '${c.sqlType}'`).join(', ');

/** A user's Parquet file as CSV text, so the one validator checks it like any CSV. */
export async function parquetToCsvText(
  db: AsyncDuckDB,
  connection: AsyncDuckDBConnection,
  buffer: ArrayBuffer,
): Promise<string> {
  const { insertParquet } = await import('./parquet');
  await insertParquet(connection, 'user_upload', buffer);
  await connection.query(`COPY user_upload TO 'user_upload.csv' (HEADER, DELIMITER ',')`);
  const bytes = await db.copyFileToBuffer('user_upload.csv');
  await connection.query('DROP TABLE IF EXISTS user_upload');
  await db.dropFile('user_upload.csv');
  return new TextDecoder().decode(bytes);
}

/** Adds validated user tables (comma CSV text) to the atlas's tables, labelled as the user's. */
export async function insertUserTables(
  db: AsyncDuckDB,
  connection: AsyncDuckDBConnection,
  tables: { observations: string; sources: string | null; label: string },
): Promise<void> {
  await removeUserTables(connection);
  await db.registerFileText('user_observations.csv', tables.observations);
  const obsColumns = TABLES.observations
    .map((c) =>
      c.name === 'obs_id' || c.name === 'source_id'
        ? `'${USER_PREFIX}' || "${c.name}" AS "${c.name}"`
        : `"${c.name}"`,
    )
    .join(', ');
  await connection.query(
    `INSERT INTO observations SELECT ${obsColumns} FROM read_csv('user_observations.csv', header = true, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${columnsSpec('observations')}})`,
  );
  if (tables.sources) {
    await db.registerFileText('user_sources.csv', tables.sources);
    await connection.query(
      `INSERT INTO sources SELECT '${USER_PREFIX}' || source_id, publisher, title, year, url, terms, 'user' FROM read_csv('user_sources.csv', header = true, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${columnsSpec('sources')}})`,
    );
  }
  const defaultSource = await connection.prepare(
    `INSERT INTO sources SELECT ?, ?, ?, NULL, 'https://example.invalid/your-data', ?, 'user' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE source_id = ?)`,
  );
  const id = `${USER_PREFIX}${DEFAULT_USER_SOURCE}`;
  await defaultSource.query(
    id,
    tables.label,
    tables.label,
    'Your own data, loaded in this browser only; not uploaded.',
    id,
  );
  await defaultSource.close();
}

export async function removeUserTables(connection: AsyncDuckDBConnection): Promise<void> {
  await connection.query(`DELETE FROM observations WHERE starts_with(obs_id, '${USER_PREFIX}')`);
  await connection.query(`DELETE FROM sources WHERE starts_with(source_id, '${USER_PREFIX}')`);
}

/** The user's sources that have per-State counts by sex, for the State views. */
export const USER_COUNT_SOURCES_SQL = `SELECT DISTINCT o.source_id FROM observations o WHERE starts_with(o.source_id, '${USER_PREFIX}') AND o.measure = 'count' AND o.sex IN ('female', 'male') ORDER BY 1`;
