import type { Row } from './engine';
import type { SqlQuery } from './sql';
import { sameData } from './same-data';

/** What one view asks of the engine for one state of the filters. */
export interface ViewPlan {
  name: string;
  queries: Readonly<Record<string, SqlQuery>>;
  shape(raw: Record<string, Row[]>): unknown;
}

export type ViewResults = Readonly<Record<string, unknown>>;

/** Why a view has no result: its queries or its shaping failed. By view name. */
export type ViewFailures = Readonly<Record<string, string>>;

export type RunOutcome =
  { status: 'fresh'; results: ViewResults; failures: ViewFailures } | { status: 'stale' };

type ViewOutcome = { name: string; key: string } & ({ value: unknown } | { error: string });

function planKey(plan: ViewPlan, generation: number): string {
  return JSON.stringify([
    generation,
    Object.entries(plan.queries).map(([name, q]) => [name, q.text, q.params]),
  ]);
}

/**
 * Runs the views' queries for one state of the filters. A view whose queries did not change,
 * or whose new answer equals its last one, keeps its result object (so its figure is not
 * rebuilt). A view whose queries or shaping fail reports why, alone: the others keep going.
 * An answer to an older state of the filters is dropped as a whole: the views never show
 * answers to two states at once.
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
      plans.map((plan) => this.runOne(plan, execute, planKey(plan, generation))),
    );
    if (ticket !== this.sequence) return { status: 'stale' };
    const results: Record<string, unknown> = {};
    const failures: Record<string, string> = {};
    for (const o of outcomes) {
      if ('error' in o) {
        this.last.delete(o.name);
        failures[o.name] = o.error;
      } else {
        this.last.set(o.name, { key: o.key, value: o.value });
        results[o.name] = o.value;
      }
    }
    return { status: 'fresh', results, failures };
  }

  private async runOne(
    plan: ViewPlan,
    execute: (query: SqlQuery) => Promise<Row[]>,
    key: string,
  ): Promise<ViewOutcome> {
    const previous = this.last.get(plan.name);
    if (previous?.key === key) return { name: plan.name, key, value: previous.value };
    try {
      const entries = await Promise.all(
        Object.entries(plan.queries).map(async ([name, q]) => [name, await execute(q)] as const),
      );
      const value = plan.shape(Object.fromEntries(entries));
      const same = previous !== undefined && sameData(previous.value, value);
      return { name: plan.name, key, value: same ? previous.value : value };
    } catch (error) {
      return {
        name: plan.name,
        key,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** Remembers results computed elsewhere (the build-time precomputation) under their keys. */
  remember(plans: readonly ViewPlan[], results: ViewResults, generation = 0): void {
    for (const plan of plans)
      if (plan.name in results)
        this.last.set(plan.name, { key: planKey(plan, generation), value: results[plan.name] });
  }
}
