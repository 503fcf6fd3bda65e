import { describe, expect, it } from 'vitest';
import { UsageTally, observationCount, usageBySource } from '../../src/views/usage';
import type { SourceUsage } from '../../src/views/view-spec';

/** A small deterministic random sequence, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function someUsage(next: () => number): SourceUsage[] {
  const ids = (prefix: string) =>
    Array.from({ length: Math.floor(next() * 6) }, () => {
      const r = next();
      if (r < 0.1) return `@${1000 + Math.floor(next() * 3) * 500}/count_series/${prefix}`;
      if (r < 0.15) return `@${2000 + Math.floor(next() * 2)}/coverage/${prefix}/x`;
      return `${prefix}${Math.floor(next() * 8)}`;
    });
  // An id belongs to one source: the source is part of the id here.
  return [
    { sourceId: 'A', obsIds: ids('A') },
    { sourceId: 'B', obsIds: ids('B') },
    { sourceId: '', obsIds: ids('X') },
  ];
}

describe('UsageTally', () => {
  it('counts as a count from scratch would, through any sequence of view changes', () => {
    const next = random(7);
    const tally = new UsageTally();
    let byView = new Map<string, SourceUsage[]>();
    for (let step = 0; step < 300; step++) {
      const views = ['states', 'regions', 'pipeline'].filter(() => next() < 0.8);
      byView = new Map(
        views.map((v) => [v, next() < 0.5 ? (byView.get(v) ?? someUsage(next)) : someUsage(next)]),
      );
      tally.update(byView);
      const all = [...byView.values()].flat();
      expect(tally.count()).toEqual(observationCount(usageBySource(all)));
      for (const { sourceId, obsIds } of all)
        for (const id of obsIds) if (sourceId) expect(tally.sourceOf(id)).toBe(sourceId);
    }
    tally.update(new Map());
    expect(tally.count()).toEqual({ n: 0, atLeast: false });
    expect(tally.sourceOf('A1')).toBeUndefined();
  });
});
