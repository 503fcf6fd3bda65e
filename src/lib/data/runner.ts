import type { SqlQuery } from './sql';

export type Row = Record<string, unknown>;
export type Executor = (query: SqlQuery) => Promise<Row[]>;

export type RunOutcome<T> = { status: 'fresh'; value: T } | { status: 'stale' };

/**
 * Keeps only the latest request per view: a slow answer to an older filter never
 * overwrites the answer to a newer one.
 */
export class LatestQueryRunner {
  private sequence = 0;
  private readonly latestByView = new Map<string, number>();

  constructor(private readonly execute: Executor) {}

  private readonly lastByView = new Map<string, { key: string; value: unknown }>();

  async run<T>(view: string, query: SqlQuery, shape: (rows: Row[]) => T): Promise<RunOutcome<T>> {
    const ticket = ++this.sequence;
    this.latestByView.set(view, ticket);
    const key = JSON.stringify([query.text, query.params]);
    const last = this.lastByView.get(view);
    if (last && last.key === key) return { status: 'fresh', value: last.value as T };
    const rows = await this.execute(query);
    if (this.latestByView.get(view) !== ticket) return { status: 'stale' };
    const value = shape(rows);
    this.lastByView.set(view, { key, value });
    return { status: 'fresh', value };
  }

  /** Drops remembered answers, e.g. after the data changed. */
  forget(): void {
    this.lastByView.clear();
  }
}
