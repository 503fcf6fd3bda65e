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
    expect(newer).toEqual({ status: 'fresh', results: { a: { tag: 'new' } } });
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
});
