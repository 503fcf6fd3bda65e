import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Engine, Row } from '../../src/lib/data/engine';
import { startupQueries } from '../../src/lib/data/startup';
import {
  precomputeKey,
  precomputedFile,
  precomputedStates,
  type PrecomputedView,
} from '../../src/lib/data/precomputed';
import { viewPlans } from '../../src/views/registry';

/** Every view's queries, run as the browser runs them; raw rows by view and query name. */
export async function runViewQueries(
  engine: Engine,
  plans: ReturnType<typeof viewPlans>,
): Promise<Record<string, Record<string, Row[]>>> {
  const views: Record<string, Record<string, Row[]>> = {};
  for (const plan of plans) {
    views[plan.name] = {};
    for (const [name, query] of Object.entries(plan.queries))
      (views[plan.name] as Record<string, Row[]>)[name] = await engine.query(query);
  }
  return views;
}

export async function runStartupQueries(engine: Engine): Promise<Record<string, Row[]>> {
  const startup: Record<string, Row[]> = {};
  for (const [name, query] of Object.entries(startupQueries()))
    startup[name] = await engine.query(query);
  return startup;
}

/** The same SQL the browser runs, run at build time so the first view draws before the engine is up. */
export async function writePrecomputed(
  engine: Engine,
  outDir: string,
  version: string,
): Promise<string[]> {
  const written: string[] = [];
  const startup = await runStartupQueries(engine);
  for (const filters of precomputedStates()) {
    const key = precomputeKey(filters);
    const views = await runViewQueries(engine, viewPlans(filters, { countSourceOverride: null }));
    const file = resolve(outDir, precomputedFile(key));
    mkdirSync(dirname(file), { recursive: true });
    const body: PrecomputedView = { key, version, views, startup };
    writeFileSync(file, JSON.stringify(body));
    written.push(key);
  }
  return written;
}
