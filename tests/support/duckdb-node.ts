import type { Row } from '../../src/lib/data/engine';
import type { SqlQuery } from '../../src/lib/data/sql';
import { openNodeEngine, type NodeEngine } from '../../data/scripts/node-engine';

/** A real DuckDB loaded from a data directory laid out like data/, through the atlas's engine. */
export async function openNodeDatabase(
  dataDir: string,
): Promise<NodeEngine & { run(query: SqlQuery): Promise<Row[]> }> {
  const node = await openNodeEngine(dataDir);
  return { ...node, run: (query) => node.engine.query(query) };
}
