import type { StageYearShare } from '../model/rows';
import { groupShares, type StateFigure } from './shares';

export interface PipelinePoint {
  series: string;
  year: number;
  share: number | null;
  women: number;
  denominator: number;
  states: number;
  suppressedExcluded: number;
  obsIds: string[];
}

/**
 * Women's share per series (offender stage or victims) and year, for one State or, when
 * none is given, pooled over the States present (same pooling rule as group shares).
 * Years without a figure stay missing: nothing is interpolated.
 */
export function pipelinePoints(rows: StageYearShare[], iso3: string | null): PipelinePoint[] {
  const scoped = iso3 ? rows.filter((r) => r.iso3 === iso3) : rows;
  const keys = new Map<string, StageYearShare[]>();
  for (const r of scoped)
    keys.set(`${r.series}|${r.year}`, [...(keys.get(`${r.series}|${r.year}`) ?? []), r]);
  const points: PipelinePoint[] = [];
  for (const [key, members] of keys) {
    const [series = '', year = '0'] = key.split('|');
    const figures: StateFigure[] = members.map((m) => ({
      iso3: m.iso3,
      group: key,
      women: m.women,
      denominator: m.denominator,
      share: m.share,
      basis: m.basis,
      womenSuppressed: m.womenSuppressed,
      year: m.year,
      obsIds: m.obsIds,
    }));
    const [group] = groupShares(figures);
    if (!group) continue;
    const single = iso3 !== null ? members[0] : undefined;
    points.push({
      series,
      year: Number(year),
      share: single ? single.share : group.pooledShare,
      women: single ? (single.women ?? 0) : group.pooledWomen,
      denominator: single ? (single.denominator ?? 0) : group.pooledDenominator,
      states: single ? 1 : group.statesPooled,
      suppressedExcluded: group.suppressedExcluded,
      obsIds: single ? single.obsIds : group.obsIds,
    });
  }
  return points.sort((a, b) => a.series.localeCompare(b.series) || a.year - b.year);
}
