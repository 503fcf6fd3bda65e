import { queryKey, type SqlQuery } from './sql';

export type Row = Record<string, unknown>;

/** What a DuckDB (in the browser's worker or in Node) offers the engine. */
export interface Connector {
  /** Runs a read query as a prepared statement with its parameters bound. */
  query(query: SqlQuery): Promise<Row[]>;
  /** Runs a statement that changes tables; parameters bound as in `query`. */
  exec(query: SqlQuery): Promise<void>;
  /** Drops prepared statements (they may refer to tables that were replaced). */
  forgetStatements(): Promise<void> | void;
  /** Adds Arrow IPC record batches to a table (created by the first batch when `create`). */
  insertArrow?(table: string, ipc: Uint8Array, create: boolean): Promise<void>;
  /** Makes bytes readable by SQL under a file name (e.g. for read_csv); a Blob is read in pieces. */
  registerFile?(name: string, content: Uint8Array | Blob): Promise<void>;
  dropFile?(name: string): Promise<void>;
}

/** What code that replaces tables may do while the engine holds its caches back. */
export type TableWriter = Pick<
  Connector,
  'query' | 'exec' | 'insertArrow' | 'registerFile' | 'dropFile'
>;

const RESULT_CACHE_LIMIT = 256;

/**
 * The one owner of a DuckDB connection: it runs every query, caches prepared statements (in
 * the connector) and results (here), and is the only way to change tables, so that both caches
 * are cleared together and the derived tables are rebuilt whenever the data change.
 */
export class Engine {
  private readonly results = new Map<string, Promise<Row[]>>();
  private writing: Promise<void> = Promise.resolve();
  /** Bumped whenever tables change; results of an older generation are never reused. */
  generation = 0;

  constructor(
    private readonly connector: Connector,
    private readonly derivedTables: () => SqlQuery[] = () => [],
    /** Statements run after every change of tables, derived tables rebuilt or not. */
    private readonly settle: () => SqlQuery[] = () => [],
  ) {}

  /** Runs a read query; the same SQL with the same parameters is answered once per generation. */
  async query(query: SqlQuery): Promise<Row[]> {
    await this.writing;
    const key = queryKey(query);
    const cached = this.results.get(key);
    if (cached) {
      this.results.delete(key);
      this.results.set(key, cached);
      return cached;
    }
    const answer = this.connector.query(query);
    this.results.set(key, answer);
    answer.catch(() => this.results.delete(key));
    if (this.results.size > RESULT_CACHE_LIMIT) {
      const oldest = this.results.keys().next().value;
      if (oldest !== undefined) this.results.delete(oldest);
    }
    return answer;
  }

  /** Runs a statement that reads tables and writes a file (COPY ... TO); tables stay as they are. */
  async copyOut(query: SqlQuery): Promise<void> {
    await this.writing;
    await this.connector.exec(query);
  }

  /** Runs a read query without the result cache (the benchmark's bare engine time). */
  queryUncached(query: SqlQuery): Promise<Row[]> {
    return this.connector.query(query);
  }

  /**
   * Works on tables no view reads (a user's file being checked): runs alone, like a change of
   * tables, but keeps the caches, which stay true.
   */
  async scratch<T>(work: (writer: TableWriter) => Promise<T>): Promise<T> {
    const previous = this.writing;
    let release = () => {};
    this.writing = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      return await work(this.connector);
    } finally {
      release();
    }
  }

  /**
   * Changes tables: `change` runs alone, then the derived tables are rebuilt and every cache is
   * cleared, whether `change` succeeded or not (a half-applied change must not be read from cache).
   */
  async replaceTables<T>(
    change: (writer: TableWriter) => Promise<T>,
    rebuildDerived = true,
  ): Promise<T> {
    const previous = this.writing;
    let release = () => {};
    this.writing = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      const outcome = await change(this.connector);
      if (rebuildDerived)
        for (const statement of this.derivedTables()) await this.connector.exec(statement);
      for (const statement of this.settle()) await this.connector.exec(statement);
      return outcome;
    } finally {
      this.results.clear();
      await this.connector.forgetStatements();
      this.generation++;
      release();
    }
  }
}
