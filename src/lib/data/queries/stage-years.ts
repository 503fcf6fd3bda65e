import { sql, type SqlQuery } from '../sql';
import type { ShareBasis, StageYearShare } from '../../model/rows';
import { isSmallCount, wilsonInterval } from '../../method/interval';
import { regionCondition, sourceKindCondition } from './filters';
import { textColumns, wordsOf } from './names';

/** Detected victims, shown beside the offender stages. */
export const VICTIMS = 'victims';

export interface StageYearQuery {
  /** The count sources (one per market: the bundled ones, or a user's own). */
  sourceIds: readonly string[];
  /** One market, or several (a State's profile shows every offence with counts). */
  markets: readonly string[];
  yearFrom: number;
  yearTo: number;
  region: string | null;
  sourceKind: string | null;
  /** The chosen States, or none for every State of the region. */
  states: string[];
}

/**
 * Counts by sex for every State of the region (or the chosen States), every offender stage
 * and detected victims, every year of the period: one source at a time.
 */
export function stageYearCountsQuery(filters: StageYearQuery): SqlQuery {
  const states = filters.states.join(' ');
  return sql`
SELECT c.iso3, c.subregion, s.market, s.series, s.year, s.women, s.men, s.total, s.women_suppressed,
  s.share, s.basis, s.denominator, s.women_obs_ids, s.men_obs_ids, s.total_obs_ids,
  tot.note AS total_note, ${textColumns('tn', 'total_note')}
FROM count_series s
JOIN countries c ON c.iso3 = s.iso3
JOIN sources src ON src.source_id = s.source_id
LEFT JOIN observations tot ON tot.obs_id = s.total_obs_ids
LEFT JOIN texts tn ON tn.en = tot.note
WHERE list_contains(string_split(${filters.markets.join(' ')}, ' '), s.market)
  AND list_contains(string_split(${filters.sourceIds.join(' ')}, ' '), s.source_id)
  AND ${sourceKindCondition(filters.sourceKind)}
  AND s.year BETWEEN ${filters.yearFrom} AND ${filters.yearTo}
  AND (${states} = '' OR list_contains(string_split(${states}, ' '), c.iso3))
  AND ${regionCondition(filters.region)}
ORDER BY c.iso3, s.market, s.series, s.year`;
}

/** The years of each source's and market's counts with a share, for saying what a period leaves out. */
export function countYearsQuery(): SqlQuery {
  return sql`SELECT source_id, market, min(year) AS first_year, max(year) AS last_year
FROM count_series WHERE share IS NOT NULL GROUP BY source_id, market ORDER BY source_id, market`;
}

export interface CountYears {
  sourceId: string;
  market: string;
  firstYear: number;
  lastYear: number;
}

export function toCountYears(raw: Record<string, unknown>[]): CountYears[] {
  return raw.map((r) => ({
    sourceId: String(r.source_id),
    market: String(r.market),
    firstYear: Number(r.first_year),
    lastYear: Number(r.last_year),
  }));
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const ids = (v: unknown): string[] =>
  v === null || v === undefined ? [] : String(v).split(' ').filter(Boolean);

export function toStageYearShares(raw: Record<string, unknown>[]): StageYearShare[] {
  return raw.map((r) => {
    const share = num(r.share);
    const basis =
      r.basis === null || r.basis === undefined ? null : (String(r.basis) as ShareBasis);
    const [womenIds, menIds, totalIds] = [
      ids(r.women_obs_ids),
      ids(r.men_obs_ids),
      ids(r.total_obs_ids),
    ];
    const women = num(r.women);
    const denominator = share === null ? null : num(r.denominator);
    return {
      iso3: String(r.iso3),
      subregion: String(r.subregion),
      market: String(r.market),
      series: String(r.series),
      year: Number(r.year),
      women,
      men: num(r.men),
      total: num(r.total),
      womenSuppressed: Boolean(r.women_suppressed),
      share,
      basis,
      denominator,
      interval:
        share !== null && women !== null && denominator ? wilsonInterval(women, denominator) : null,
      smallCount: share !== null && isSmallCount(denominator),
      totalNote: wordsOf(r, 'total_note'),
      totalObsIds: totalIds,
      obsIds:
        share === null
          ? [...womenIds, ...totalIds]
          : [...womenIds, ...(basis === 'total' ? totalIds : menIds)],
    };
  });
}
