import { describe, expect, it } from 'vitest';
import { LatestQueryRunner } from '../../src/lib/data/runner';
import { sql } from '../../src/lib/data/sql';

describe('LatestQueryRunner', () => {
  it('drops a slow answer to an older request for the same view', async () => {
    const delays: Record<string, number> = { old: 50, new: 5 };
    const runner = new LatestQueryRunner(async (q) => {
      const tag = String(q.params[0]);
      await new Promise((r) => setTimeout(r, delays[tag]));
      return [{ tag }];
    });
    const shown: string[] = [];
    const apply = (outcome: Awaited<ReturnType<typeof runner.run<string>>>) => {
      if (outcome.status === 'fresh') shown.push(outcome.value);
    };
    const older = runner
      .run('shares', sql`SELECT ${'old'}`, (rows) => String(rows[0]?.tag))
      .then(apply);
    const newer = runner
      .run('shares', sql`SELECT ${'new'}`, (rows) => String(rows[0]?.tag))
      .then(apply);
    await Promise.all([older, newer]);
    expect(shown).toEqual(['new']);
  });

  it('keeps views independent', async () => {
    const runner = new LatestQueryRunner(async (q) => [{ v: q.params[0] }]);
    const [a, b] = await Promise.all([
      runner.run('a', sql`SELECT ${1}`, (r) => r[0]?.v),
      runner.run('b', sql`SELECT ${2}`, (r) => r[0]?.v),
    ]);
    expect(a).toEqual({ status: 'fresh', value: 1 });
    expect(b).toEqual({ status: 'fresh', value: 2 });
  });
});
