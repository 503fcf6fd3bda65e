import { describe, expect, it } from 'vitest';
import { ViewRunner, type ViewPlan } from '../../src/lib/data/runner';
import { sql, type SqlQuery } from '../../src/lib/data/sql';

const plan = (name: string, tag: string): ViewPlan => ({
  name,
  queries: { main: sql`SELECT ${tag}` },
  shape: (raw) => ({ tag: String(raw.main?.[0]?.tag) }),
});

describe('ViewRunner', () => {
  it('drops a slow answer to an older state of the filters, for every view at once', async () => {
    const delays: Record<string, number> = { old: 50, new: 5 };
    const runner = new ViewRunner();
    const execute = async (q: SqlQuery) => {
      const tag = String(q.params[0]);
      await new Promise((r) => setTimeout(r, delays[tag]));
      return [{ tag }];
    };
    const [older, newer] = await Promise.all([
      runner.run([plan('a', 'old')], execute),
      runner.run([plan('a', 'new')], execute),
    ]);
    expect(older.status).toBe('stale');
    expect(newer).toEqual({ status: 'fresh', results: { a: { tag: 'new' } }, failures: {} });
  });

  it('keeps the result object of a view whose queries did not change, and asks nothing', async () => {
    const runner = new ViewRunner();
    const asked: string[] = [];
    const execute = async (q: SqlQuery) => {
      asked.push(String(q.params[0]));
      return [{ tag: q.params[0] }];
    };
    const first = await runner.run([plan('a', 'x'), plan('b', 'y')], execute);
    const second = await runner.run([plan('a', 'x'), plan('b', 'z')], execute);
    if (first.status !== 'fresh' || second.status !== 'fresh') throw new Error('stale');
    expect(second.results.a).toBe(first.results.a);
    expect(second.results.b).not.toBe(first.results.b);
    expect(asked).toEqual(['x', 'y', 'z']);
  });

  it('asks again when the tables changed (a new generation)', async () => {
    const runner = new ViewRunner();
    const asked: string[] = [];
    const execute = async (q: SqlQuery) => {
      asked.push(String(q.params[0]));
      return [{ tag: q.params[0] }];
    };
    await runner.run([plan('a', 'x')], execute, 0);
    await runner.run([plan('a', 'x')], execute, 1);
    expect(asked).toEqual(['x', 'x']);
  });

  it('keeps the result object of a view whose new answer equals its last one', async () => {
    const runner = new ViewRunner();
    const execute = async (q: SqlQuery) => [{ tag: String(q.params[0]).slice(0, 1) }];
    // Different queries, the same answer: as when the live engine answers what was precomputed.
    const first = await runner.run([plan('a', 'x1')], execute, 0);
    const second = await runner.run([plan('a', 'x2')], execute, 1);
    const third = await runner.run([plan('a', 'y')], execute, 1);
    if (first.status !== 'fresh' || second.status !== 'fresh' || third.status !== 'fresh')
      throw new Error('stale');
    expect(second.results.a).toBe(first.results.a);
    expect(third.results.a).not.toBe(first.results.a);
    expect(third.results.a).toEqual({ tag: 'y' });
  });

  it('reports a view whose query or shaping fails, alone, and keeps the others', async () => {
    const runner = new ViewRunner();
    const execute = async (q: SqlQuery) => {
      if (q.params[0] === 'bad') throw new Error('Binder Error: no such column');
      return [{ tag: q.params[0] }];
    };
    const misshapen: ViewPlan = {
      ...plan('c', 'z'),
      shape: () => {
        throw new Error('unexpected row');
      },
    };
    const outcome = await runner.run([plan('a', 'x'), plan('b', 'bad'), misshapen], execute);
    expect(outcome).toEqual({
      status: 'fresh',
      results: { a: { tag: 'x' } },
      failures: { b: 'Binder Error: no such column', c: 'unexpected row' },
    });
    // A failed view asks again next time, even with the same queries.
    const asked: string[] = [];
    await runner.run([plan('a', 'x'), plan('b', 'bad')], async (q) => {
      asked.push(String(q.params[0]));
      return execute(q);
    });
    expect(asked).toEqual(['bad']);
  });
});
