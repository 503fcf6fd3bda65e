import type { ShareInterval, StageYearShare } from '../model/rows';
import { isSmallCount, wilsonInterval } from './interval';
import { seriesRuns, type SeriesBreak } from './series';

export interface PipelinePoint {
  /** `market|series`, e.g. `human_trafficking|convicted`. */
  key: string;
  market: string;
  series: string;
  year: number;
  share: number;
  interval: ShareInterval | null;
  smallCount: boolean;
  women: number;
  denominator: number;
  /** How many States the point pools (1 for a single State). */
  states: number;
  obsIds: string[];
}

export interface PipelineSeries {
  key: string;
  market: string;
  series: string;
  /** Runs of consecutive years drawn as one line: gaps at missing years and at breaks. */
  runs: number[][];
  breaks: SeriesBreak[];
  /** For a group: the States pooled in every year drawn, and those left out. */
  panel: { states: string[]; leftOut: string[] } | null;
}

export interface PipelineModel {
  scope: 'state' | 'group';
  points: PipelinePoint[];
  series: PipelineSeries[];
}

const keyOf = (r: Pick<StageYearShare, 'market' | 'series'>) => `${r.market}|${r.series}`;
const totalOf = (r: StageYearShare) =>
  r.total ?? (r.women !== null && r.men !== null ? r.women + r.men : r.denominator);

function byKey(rows: StageYearShare[]): Map<string, StageYearShare[]> {
  const groups = new Map<string, StageYearShare[]>();
  for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  return groups;
}

/**
 * One State: its share per series and year, never interpolated. A missing year, a year without
 * a share, or a total that changes by a factor of 3 or more from one year to the next breaks the
 * line (the last is noted as a possible change in counting).
 */
function singleState(rows: StageYearShare[]): PipelineModel {
  const points: PipelinePoint[] = [];
  const series: PipelineSeries[] = [];
  for (const [key, members] of byKey(rows)) {
    const withShare = members.filter((m) => m.share !== null && m.denominator !== null);
    const { runs, breaks } = seriesRuns(
      withShare.map((m) => ({ year: m.year, total: totalOf(m) })),
    );
    const first = members[0];
    if (!first) continue;
    series.push({ key, market: first.market, series: first.series, runs, breaks, panel: null });
    for (const m of withShare)
      points.push({
        key,
        market: m.market,
        series: m.series,
        year: m.year,
        share: m.share ?? 0,
        interval: m.interval,
        smallCount: m.smallCount,
        women: m.women ?? 0,
        denominator: m.denominator ?? 0,
        states: 1,
        obsIds: m.obsIds,
      });
  }
  return { scope: 'state', points: points.sort(byYear), series };
}

/**
 * A group of States: a line pools only the States that publish women and men in every year of
 * the period, with no break in their series; so the set of States behind a line never changes
 * from one year to the next. Those left out are named on the figure.
 */
function group(rows: StageYearShare[], years: number[]): PipelineModel {
  const points: PipelinePoint[] = [];
  const series: PipelineSeries[] = [];
  for (const [key, members] of byKey(rows)) {
    const first = members[0];
    if (!first) continue;
    const byState = new Map<string, StageYearShare[]>();
    for (const m of members) byState.set(m.iso3, [...(byState.get(m.iso3) ?? []), m]);
    const panel: string[] = [];
    const leftOut: string[] = [];
    for (const [iso3, stateRows] of byState) {
      const pooled = stateRows.filter((r) => r.basis === 'women_plus_men');
      const everyYear = years.every((y) => pooled.some((r) => r.year === y));
      const { breaks } = seriesRuns(pooled.map((r) => ({ year: r.year, total: totalOf(r) })));
      if (everyYear && breaks.length === 0) panel.push(iso3);
      else if (stateRows.some((r) => r.share !== null)) leftOut.push(iso3);
    }
    panel.sort();
    leftOut.sort();
    series.push({
      key,
      market: first.market,
      series: first.series,
      runs: panel.length ? [years] : [],
      breaks: [],
      panel: { states: panel, leftOut },
    });
    if (panel.length === 0) continue;
    for (const year of years) {
      const inYear = members.filter((m) => m.year === year && panel.includes(m.iso3));
      const women = inYear.reduce((n, m) => n + (m.women ?? 0), 0);
      const denominator = inYear.reduce((n, m) => n + (m.denominator ?? 0), 0);
      if (denominator <= 0) continue;
      points.push({
        key,
        market: first.market,
        series: first.series,
        year,
        share: (100 * women) / denominator,
        interval: wilsonInterval(women, denominator),
        smallCount: isSmallCount(denominator),
        women,
        denominator,
        states: inYear.length,
        obsIds: inYear.flatMap((m) => m.obsIds),
      });
    }
  }
  return { scope: 'group', points: points.sort(byYear), series };
}

const byYear = (a: PipelinePoint, b: PipelinePoint) =>
  a.key.localeCompare(b.key) || a.year - b.year;

/** Women's share per series and year, for one State or pooled over a stable set of States. */
export function pipelineModel(
  rows: StageYearShare[],
  iso3: string | null,
  years: number[],
): PipelineModel {
  return iso3 ? singleState(rows.filter((r) => r.iso3 === iso3)) : group(rows, years);
}
