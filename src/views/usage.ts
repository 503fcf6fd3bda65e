import type { SourceUsage } from './view-spec';

/** The observation rows each source contributes to the views in view, sorted, once each. */
export function usageBySource(usages: SourceUsage[]): Map<string, string[]> {
  const bySource = new Map<string, Set<string>>();
  for (const { sourceId, obsIds } of usages) {
    if (!sourceId || obsIds.length === 0) continue;
    const set = bySource.get(sourceId) ?? new Set<string>();
    obsIds.forEach((id) => set.add(id));
    bySource.set(sourceId, set);
  }
  return new Map([...bySource].map(([k, v]) => [k, [...v].sort()]));
}

/** How many distinct observation rows stand behind the figures in view. */
export function observationCount(usage: Map<string, string[]>): number {
  return new Set([...usage.values()].flat()).size;
}
