/** Totals of consecutive published years that differ by this factor or more mark a possible break. */
export const BREAK_RATIO = 3;

export interface SeriesYear {
  year: number;
  /** The persons counted that year (the published total, else women + men); null if unknown. */
  total: number | null;
}

export interface SeriesBreak {
  /** The last year before the break and the first after it. */
  from: number;
  to: number;
  ratio: number;
}

/**
 * Splits a count series into the runs of years that may be drawn as one line: a missing year is
 * always a gap, and so is a change of the total by a factor of BREAK_RATIO or more between two
 * consecutive published years (a possible change in how the State counts).
 */
export function seriesRuns(years: SeriesYear[]): { runs: number[][]; breaks: SeriesBreak[] } {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const runs: number[][] = [];
  const breaks: SeriesBreak[] = [];
  let run: number[] = [];
  let previous: SeriesYear | null = null;
  for (const point of sorted) {
    if (previous) {
      const consecutive = point.year === previous.year + 1;
      const ratio =
        previous.total && point.total
          ? Math.max(previous.total / point.total, point.total / previous.total)
          : null;
      const broken = ratio !== null && ratio >= BREAK_RATIO;
      if (consecutive && broken) breaks.push({ from: previous.year, to: point.year, ratio });
      if (!consecutive || broken) {
        runs.push(run);
        run = [];
      }
    }
    run.push(point.year);
    previous = point;
  }
  if (run.length) runs.push(run);
  return { runs, breaks };
}
