import type { Row } from './engine';
import type { SqlQuery } from './sql';

/** What one view asks of the engine for one state of the filters. */
export interface ViewPlan {
  name: string;
  queries: Readonly<Record<string, SqlQuery>>;
  shape(raw: Record<string, Row[]>): unknown;
}

export type ViewResults = Readonly<Record<string, unknown>>;

export type RunOutcome = { status: 'fresh'; results: ViewResults } | { status: 'stale' };

function planKey(plan: ViewPlan, generation: number): string {
  return JSON.stringify([
    generation,
    Object.entries(plan.queries).map(([name, q]) => [name, q.text, q.params]),
  ]);
}

/**
 * Runs the views' queries for one state of the filters. A view whose queries did not change
 * keeps its result object (so its figure is not rebuilt), and an answer to an older state of
 * the filters is dropped as a whole: the views never show answers to two states at once.
 */
export class ViewRunner {
  private sequence = 0;
  private readonly last = new Map<string, { key: string; value: unknown }>();

  async run(
    plans: readonly ViewPlan[],
    execute: (query: SqlQuery) => Promise<Row[]>,
    generation = 0,
  ): Promise<RunOutcome> {
    const ticket = ++this.sequence;
    const outcomes = await Promise.all(
      plans.map(async (plan) => {
        const key = planKey(plan, generation);
        const previous = this.last.get(plan.name);
        if (previous?.key === key) return { name: plan.name, key, value: previous.value };
        const entries = await Promise.all(
          Object.entries(plan.queries).map(async ([name, q]) => [name, await execute(q)] as const),
        );
        return { name: plan.name, key, value: plan.shape(Object.fromEntries(entries)) };
      }),
    );
    if (ticket !== this.sequence) return { status: 'stale' };
    for (const o of outcomes) this.last.set(o.name, { key: o.key, value: o.value });
    return {
      status: 'fresh',
      results: Object.fromEntries(outcomes.map((o) => [o.name, o.value])),
    };
  }

  /** Remembers results computed elsewhere (the build-time precomputation) under their keys. */
  remember(plans: readonly ViewPlan[], results: ViewResults, generation = 0): void {
    for (const plan of plans)
      if (plan.name in results)
        this.last.set(plan.name, { key: planKey(plan, generation), value: results[plan.name] });
  }
}
