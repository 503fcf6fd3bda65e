import type { TableWriter } from './engine';
import { TABLES } from '../vocabulary/contract';
import { columnTypes, identifier, joinSql, sql, type SqlQuery } from './sql';
import { dropStagedSql, STAGED_TABLE } from './user-rules';

/** Every row and source a user loads is prefixed, so it can never mix silently with bundled rows. */
export const USER_PREFIX = 'user:';
/** The source of a user's rows when they load no sources file. */
export const DEFAULT_USER_SOURCE = 'USER_DATA';

const SOURCES_FILE = 'user_sources.csv';

/** The table's columns, with the user prefix on the id columns. */
function prefixedColumns(table: 'observations' | 'sources'): SqlQuery {
  return joinSql(
    TABLES[table].map((c) =>
      c.name === 'obs_id' || c.name === 'source_id'
        ? sql`${USER_PREFIX} || ${identifier(c.name)} AS ${identifier(c.name)}`
        : c.name === 'kind'
          ? sql`'user' AS "kind"`
          : sql`${identifier(c.name)}`,
    ),
    ', ',
  );
}

function readCsv(file: string, table: 'sources'): SqlQuery {
  return sql`read_csv(${file}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', columns = ${columnTypes(TABLES[table])})`;
}

/** The staged (checked) observations with the contract's types; empty cells are NULL. */
function stagedObservations(): SqlQuery {
  const columns = joinSql(
    TABLES.observations.map((c) => {
      const name = identifier(c.name);
      const cell = sql`NULLIF(${name}, '')`;
      return c.sqlType === 'INTEGER'
        ? sql`CAST(${cell} AS INTEGER) AS ${name}`
        : c.sqlType === 'DOUBLE'
          ? sql`CAST(${cell} AS DOUBLE) AS ${name}`
          : sql`${cell} AS ${name}`;
    }),
    ', ',
  );
  return sql`SELECT ${columns} FROM ${STAGED_TABLE}`;
}

/**
 * Adds a user's checked observations (the staging table) and sources (comma CSV text) to the
 * atlas's tables, labelled as the user's, and drops the staging table.
 */
export async function insertUserTables(
  writer: TableWriter,
  tables: { sources: string | null; label: string },
): Promise<void> {
  if (!writer.registerFile) throw new Error('this engine cannot read files');
  const encoder = new TextEncoder();
  await removeUserTables(writer);
  await writer.exec(
    sql`INSERT INTO observations SELECT ${prefixedColumns('observations')} FROM (${stagedObservations()})`,
  );
  await writer.exec(dropStagedSql());
  if (tables.sources) {
    await writer.registerFile(SOURCES_FILE, encoder.encode(tables.sources));
    await writer.exec(
      sql`INSERT INTO sources SELECT ${prefixedColumns('sources')} FROM ${readCsv(SOURCES_FILE, 'sources')}`,
    );
  }
  const id = `${USER_PREFIX}${DEFAULT_USER_SOURCE}`;
  await writer.exec(
    sql`INSERT INTO sources SELECT ${id}, ${tables.label}, ${tables.label}, NULL, 'https://example.invalid/your-data', ${'Your own data, loaded in this browser only; not uploaded.'}, NULL, NULL, 'user', NULL, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM sources WHERE source_id = ${id})`,
  );
}

export async function removeUserTables(writer: TableWriter): Promise<void> {
  await writer.exec(sql`DELETE FROM observations WHERE starts_with(obs_id, ${USER_PREFIX})`);
  await writer.exec(sql`DELETE FROM sources WHERE starts_with(source_id, ${USER_PREFIX})`);
}

/** The user's sources that have per-State counts by sex, for the State views. */
export function userCountSourcesQuery(): SqlQuery {
  return sql`SELECT DISTINCT o.source_id FROM observations o WHERE starts_with(o.source_id, ${USER_PREFIX}) AND o.measure = 'count' AND o.sex IN ('female', 'male') ORDER BY 1`;
}

/** The years the user's observations cover, to widen the period so that they show. */
export function userYearsQuery(): SqlQuery {
  return sql`SELECT min(coalesce(period_start, period_end)) AS first, max(coalesce(period_end, period_start)) AS last FROM observations WHERE starts_with(obs_id, ${USER_PREFIX})`;
}
