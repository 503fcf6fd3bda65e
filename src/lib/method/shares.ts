import type { ShareBasis, ShareInterval } from '../model/rows';
import { isSmallCount, wilsonInterval } from './interval';

export type { ShareBasis };

/** Women and men must together be at least this part of a published total for a share. */
export const MIN_SEX_COVERAGE = 0.9;

/** Counts by sex that cover less than 90% of the published total: no share is drawn. */
export function isPartialBySex(women: number | null, men: number | null, total: number | null) {
  return (
    women !== null &&
    men !== null &&
    total !== null &&
    total > 0 &&
    women + men < MIN_SEX_COVERAGE * total
  );
}

/**
 * Rule 1: women / (women + men) when both are published, otherwise women / total; no share when
 * women and men cover less than 90% of the total. Suppressed counts arrive as null and are never
 * treated as numbers. The same rule is written in SQL (count_series); a test holds them equal.
 */
export function computeWomenShare(
  women: number | null,
  men: number | null,
  total: number | null,
): { share: number | null; basis: ShareBasis | null; denominator: number | null } {
  if (women === null || isPartialBySex(women, men, total))
    return { share: null, basis: null, denominator: null };
  if (men !== null && women + men > 0)
    return {
      share: (100 * women) / (women + men),
      basis: 'women_plus_men',
      denominator: women + men,
    };
  if (men === null && total !== null && total > 0)
    return { share: (100 * women) / total, basis: 'total', denominator: total };
  return { share: null, basis: null, denominator: null };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface StateFigure {
  iso3: string;
  group: string;
  women: number | null;
  denominator: number | null;
  share: number | null;
  basis: ShareBasis | null;
  womenSuppressed: boolean;
  year: number | null;
  obsIds: string[];
}

export interface GroupShare {
  group: string;
  /** Pooled: sum of women / sum of (women + men), over States that publish both. */
  pooledShare: number | null;
  pooledWomen: number;
  pooledDenominator: number;
  /** 95% interval of the pooled counts (labelled as such wherever shown). */
  pooledInterval: ShareInterval | null;
  pooledSmallCount: boolean;
  /** Median of the pooled States' own shares (the same States as the pool). */
  medianShare: number | null;
  statesWithShare: number;
  statesPooled: number;
  /** Rule 4: States left out of the sums because the count of women is suppressed (<5). */
  suppressedExcluded: number;
  /** States with a share on the women / total basis: not added to a women + men pool. */
  totalBasisExcluded: number;
  years: number[];
  /** The States with a share, the year each contributes and whether it enters the pool. */
  members: { iso3: string; year: number | null; pooled: boolean }[];
  obsIds: string[];
}

/**
 * Rule 2: a group share pools counts, and the median of State shares goes beside it.
 * Rule 5: only women + men denominators are added together; a women / total share has a
 * different denominator and is left out of the pool and of the median beside it.
 */
export function groupShares(states: StateFigure[]): GroupShare[] {
  const groups = new Map<string, StateFigure[]>();
  for (const state of states) groups.set(state.group, [...(groups.get(state.group) ?? []), state]);
  return [...groups.entries()]
    .map(([group, members]) => {
      const withShare = members.filter((m) => m.share !== null);
      const pooled = withShare.filter((m) => m.basis === 'women_plus_men');
      const pooledWomen = pooled.reduce((sum, m) => sum + (m.women ?? 0), 0);
      const pooledDenominator = pooled.reduce((sum, m) => sum + (m.denominator ?? 0), 0);
      return {
        group,
        pooledShare: pooledDenominator > 0 ? (100 * pooledWomen) / pooledDenominator : null,
        pooledWomen,
        pooledDenominator,
        pooledInterval:
          pooledDenominator > 0 ? wilsonInterval(pooledWomen, pooledDenominator) : null,
        pooledSmallCount: pooledDenominator > 0 && isSmallCount(pooledDenominator),
        // Over the pooled States only: a tick beside the bar speaks of the same States (a
        // women / total share on 8 persons is a dot, in neither).
        medianShare: median(pooled.map((m) => m.share ?? 0)),
        statesWithShare: withShare.length,
        statesPooled: pooled.length,
        suppressedExcluded: members.filter((m) => m.womenSuppressed && m.share === null).length,
        totalBasisExcluded: withShare.filter((m) => m.basis === 'total').length,
        years: [
          ...new Set(withShare.map((m) => m.year).filter((y): y is number => y !== null)),
        ].sort(),
        members: withShare
          .map((m) => ({ iso3: m.iso3, year: m.year, pooled: m.basis === 'women_plus_men' }))
          .sort((a, b) => a.iso3.localeCompare(b.iso3)),
        obsIds: withShare.flatMap((m) => m.obsIds),
      };
    })
    .sort((a, b) => a.group.localeCompare(b.group));
}
