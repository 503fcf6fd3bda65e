import {
  DuckDBDataProtocol,
  type AsyncDuckDB,
  type AsyncDuckDBConnection,
  type AsyncPreparedStatement,
} from '@duckdb/duckdb-wasm';
import type { Connector, Row } from './engine';
import type { SqlQuery } from './sql';

/** The connector over DuckDB-WASM: prepared statements cached per SQL text. */
export function wasmConnector(db: AsyncDuckDB, connection: AsyncDuckDBConnection): Connector {
  let statements = new Map<string, Promise<AsyncPreparedStatement>>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = connection.prepare(text);
      statements.set(text, statement);
      statement.catch(() => statements.delete(text));
    }
    return statement;
  };
  return {
    async query(query: SqlQuery): Promise<Row[]> {
      const result = await (await prepared(query.text)).query(...query.params);
      return result.toArray().map((row) => row.toJSON() as Row);
    },
    async exec(query: SqlQuery): Promise<void> {
      if (query.params.length === 0) {
        await connection.query(query.text);
        return;
      }
      const statement = await connection.prepare(query.text);
      try {
        await statement.query(...query.params);
      } finally {
        await statement.close();
      }
    },
    async forgetStatements() {
      const old = statements;
      statements = new Map();
      await Promise.all(
        [...old.values()].map((p) => p.then((s) => s.close()).catch(() => undefined)),
      );
    },
    async insertArrow(table, ipc, create) {
      await connection.insertArrowFromIPCStream(ipc, { name: table, create });
    },
    async registerFile(name, content) {
      // A Blob stays out of the engine's heap, which never shrinks: its reader reads it piece by piece.
      if (content instanceof Blob)
        await db.registerFileHandle(name, content, DuckDBDataProtocol.BROWSER_FILEREADER, true);
      else await db.registerFileBuffer(name, content);
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
  };
}
