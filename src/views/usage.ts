import { isObsRef, parseObsRef, type ObsRef } from '../lib/model/obs-ref';
import type { SourceUsage } from './view-spec';

/**
 * The observation rows each source contributes to the views in view, once each, in the order
 * the views list them (sorting 300,000 ids at a million rows cost more than the queries).
 */
export function usageBySource(usages: SourceUsage[]): Map<string, string[]> {
  const bySource = new Map<string, Set<string>>();
  for (const { sourceId, obsIds } of usages) {
    if (!sourceId || obsIds.length === 0) continue;
    const set = bySource.get(sourceId) ?? new Set<string>();
    obsIds.forEach((id) => set.add(id));
    bySource.set(sourceId, set);
  }
  return new Map([...bySource].map(([k, v]) => [k, [...v]]));
}

/**
 * How many distinct observation rows stand behind the figures in view. Where figures carry
 * references to more than 1,000 rows instead of ids, the rows of a coverage reference may be
 * those of another reference, so the count is a floor that is always true, said as "at least".
 */
export function observationCount(usage: Map<string, string[]>): { n: number; atLeast: boolean } {
  const tally = new UsageTally();
  tally.update(new Map([['all', [...usage].map(([sourceId, obsIds]) => ({ sourceId, obsIds }))]]));
  return tally.count();
}

/**
 * The observation rows behind the views in view, kept view by view: after a change, only the
 * views whose usage changed are counted again (at a million rows, the views a filter does not
 * touch hold most of the ids). Answers the count and the source of an id.
 */
export class UsageTally {
  /** Each id in view: how many times the views list it. */
  private readonly uses = new Map<string, number>();
  private readonly counted = new Map<string, readonly SourceUsage[]>();
  /** Distinct ids that are not references. */
  private explicit = 0;
  private readonly refs = new Map<string, ObsRef>();

  /** The usage of every view in view, by view name; the same list object counts as unchanged. */
  update(byView: ReadonlyMap<string, readonly SourceUsage[]>): void {
    for (const [view, usage] of this.counted)
      if (!byView.has(view)) {
        this.add(usage, -1);
        this.counted.delete(view);
      }
    for (const [view, usage] of byView) {
      const before = this.counted.get(view);
      if (before === usage) continue;
      if (before) this.add(before, -1);
      this.add(usage, 1);
      this.counted.set(view, usage);
    }
  }

  private add(usage: readonly SourceUsage[], step: 1 | -1): void {
    for (const { sourceId, obsIds } of usage) {
      if (!sourceId) continue;
      for (const id of obsIds) {
        const uses = (this.uses.get(id) ?? 0) + step;
        if (uses > 0) this.uses.set(id, uses);
        else this.uses.delete(id);
        if (uses !== (step === 1 ? 1 : 0)) continue;
        // The id came into view (uses 1) or left it (uses 0).
        const ref = isObsRef(id) ? parseObsRef(id) : null;
        if (!ref) this.explicit += step;
        else if (step === 1) this.refs.set(id, ref);
        else this.refs.delete(id);
      }
    }
  }

  count(): { n: number; atLeast: boolean } {
    let series = 0;
    let largestCoverage = 0;
    for (const ref of this.refs.values())
      if (ref.table === 'count_series') series += ref.count;
      else largestCoverage = Math.max(largestCoverage, ref.count);
    if (series === 0 && largestCoverage === 0) return { n: this.explicit, atLeast: false };
    return { n: Math.max(this.explicit, series, largestCoverage), atLeast: true };
  }

  /** The source of an observation row in view (an id has one); looked up when exporting. */
  sourceOf(id: string): string | undefined {
    if (!this.uses.has(id)) return undefined;
    for (const usage of this.counted.values())
      for (const { sourceId, obsIds } of usage)
        if (sourceId && obsIds.includes(id)) return sourceId;
    return undefined;
  }
}
