import type { StageYearShare } from '../model/rows';

export interface ComparisonCell {
  iso3: string;
  series: string;
  /** The latest year in the period with a computable share, stated in the view. */
  latest: StageYearShare | null;
  yearsWithShare: number;
  yearsSuppressed: number;
  /** Years with counts of women and men that cover less than 90% of a published total. */
  yearsPartial: number;
  /** Years with only a total published. */
  yearsTotalOnly: number;
}

/** Women and men together cover less than 90% of a published total: no share is drawn. */
const isPartial = (r: StageYearShare) =>
  r.share === null &&
  r.women !== null &&
  r.men !== null &&
  r.total !== null &&
  r.total > 0 &&
  r.women + r.men < 0.9 * r.total;

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
        yearsPartial: mine.filter(isPartial).length,
        yearsTotalOnly: mine.filter(
          (r) => r.share === null && r.women === null && !r.womenSuppressed && r.total !== null,
        ).length,
      };
    }),
  );
}
