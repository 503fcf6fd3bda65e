import type { StageYearShare } from '../model/rows';

export interface ComparisonCell {
  iso3: string;
  series: string;
  /** The latest year in the period with a computable share, stated in the view. */
  latest: StageYearShare | null;
  yearsWithShare: number;
  yearsSuppressed: number;
}

export function comparisonCells(
  rows: StageYearShare[],
  states: string[],
  series: readonly string[],
): ComparisonCell[] {
  return states.flatMap((iso3) =>
    series.map((s) => {
      const mine = rows.filter((r) => r.iso3 === iso3 && r.series === s);
      const withShare = mine.filter((r) => r.share !== null).sort((a, b) => b.year - a.year);
      return {
        iso3,
        series: s,
        latest: withShare[0] ?? null,
        yearsWithShare: withShare.length,
        yearsSuppressed: mine.filter((r) => r.share === null && r.womenSuppressed).length,
      };
    }),
  );
}
