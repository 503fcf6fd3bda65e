import { isObsRef, parseObsRef } from '../lib/model/obs-ref';
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
  // An observation row belongs to one source, so the lists of two sources never share an id.
  let explicit = 0;
  let series = 0;
  let largestCoverage = 0;
  for (const ids of usage.values())
    for (const id of ids) {
      const ref = isObsRef(id) ? parseObsRef(id) : null;
      if (!ref) explicit++;
      else if (ref.table === 'count_series') series += ref.count;
      else largestCoverage = Math.max(largestCoverage, ref.count);
    }
  if (series === 0 && largestCoverage === 0) return { n: explicit, atLeast: false };
  return { n: Math.max(explicit, series, largestCoverage), atLeast: true };
}
