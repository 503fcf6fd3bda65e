import { sql, type SqlQuery } from '../sql';
import { localNamesOf } from '../../i18n/names';
import { nameColumns, textColumns, wordsOf } from './names';
import type { ShareBasis, StateShareRow, StateShareStatus } from '../../model/rows';
import { isSmallCount, wilsonInterval } from '../../method/interval';
import { regionCondition, sourceKindCondition } from './filters';

export interface StateShareQuery {
  sourceId: string;
  market: string;
  stage: string;
  yearFrom: number;
  yearTo: number;
  region: string | null;
  sourceKind: string | null;
}

/**
 * One row per State in the region. For each State, the latest year in the period with the
 * best figure: a computable share first, then a suppressed count of women, then counts by sex
 * that cover too little of the total, then a count of women over zero persons, then totals only. One source, one market, one stage: figures are
 * never added across them.
 */
export function womenShareByStateQuery(filters: StateShareQuery): SqlQuery {
  return sql`
WITH ranked AS (
  SELECT s.*, row_number() OVER (
    PARTITION BY s.iso3
    ORDER BY CASE
      WHEN s.share IS NOT NULL THEN 5
      WHEN s.women_suppressed THEN 4
      WHEN s.partial_by_sex THEN 3
      WHEN s.women IS NOT NULL THEN 2
      ELSE 1 END DESC, s.year DESC) AS pick
  FROM count_series s JOIN sources src ON src.source_id = s.source_id
  WHERE s.source_id = ${filters.sourceId} AND s.market = ${filters.market}
    AND s.series = ${filters.stage} AND s.year BETWEEN ${filters.yearFrom} AND ${filters.yearTo}
    AND ${sourceKindCondition(filters.sourceKind)}
)
SELECT c.iso3, ${nameColumns('c')}, c.subregion, c.in_2023_study,
  p.year, p.source_id, p.women, p.men, p.total,
  coalesce(p.women_suppressed, false) AS women_suppressed,
  coalesce(p.men_suppressed, false) AS men_suppressed,
  coalesce(p.total_suppressed, false) AS total_suppressed,
  coalesce(p.partial_by_sex, false) AS partial_by_sex, p.share, p.basis, p.denominator,
  p.women_obs_ids, p.men_obs_ids, p.total_obs_ids,
  tot.note AS total_note, ${textColumns('tn', 'total_note')}
FROM countries c
LEFT JOIN ranked p ON p.iso3 = c.iso3 AND p.pick = 1
LEFT JOIN observations tot ON tot.obs_id = p.total_obs_ids
LEFT JOIN texts tn ON tn.en = tot.note
WHERE ${regionCondition(filters.region)}
ORDER BY c.iso3`;
}

type RawRow = Record<string, unknown>;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const ids = (v: unknown): string[] =>
  v === null || v === undefined ? [] : String(v).split(' ').filter(Boolean);

export function toStateShareRows(raw: RawRow[]): StateShareRow[] {
  return raw.map((r) => {
    const women = num(r.women);
    const men = num(r.men);
    const total = num(r.total);
    const share = num(r.share);
    const basis =
      r.basis === null || r.basis === undefined ? null : (String(r.basis) as ShareBasis);
    const womenSuppressed = Boolean(r.women_suppressed);
    const [womenIds, menIds, totalIds] = [
      ids(r.women_obs_ids),
      ids(r.men_obs_ids),
      ids(r.total_obs_ids),
    ];
    let status: StateShareStatus;
    let obsIds: string[];
    if (share !== null) {
      status = 'share';
      obsIds = [...womenIds, ...(basis === 'women_plus_men' ? menIds : totalIds)];
    } else if (womenSuppressed) {
      status = 'suppressed';
      obsIds = womenIds;
    } else if (r.partial_by_sex) {
      status = 'partial_by_sex';
      obsIds = [...womenIds, ...menIds, ...totalIds];
    } else if (women !== null) {
      status = 'zero_persons';
      obsIds = [...womenIds, ...menIds, ...totalIds];
    } else if (total !== null || Boolean(r.total_suppressed)) {
      status = 'total_only';
      obsIds = totalIds;
    } else {
      status = 'no_data';
      obsIds = [];
    }
    const denominator = share === null ? null : num(r.denominator);
    return {
      iso3: String(r.iso3),
      ...localNamesOf(r),
      subregion: String(r.subregion),
      inStudy: Boolean(r.in_2023_study),
      year: num(r.year),
      sourceId: r.source_id === null || r.source_id === undefined ? null : String(r.source_id),
      women,
      men,
      total,
      womenSuppressed,
      menSuppressed: Boolean(r.men_suppressed),
      totalSuppressed: Boolean(r.total_suppressed),
      share,
      shareBasis: basis,
      denominator,
      interval:
        share !== null && women !== null && denominator ? wilsonInterval(women, denominator) : null,
      smallCount: share !== null && isSmallCount(denominator),
      status,
      totalNote: wordsOf(r, 'total_note'),
      totalObsIds: totalIds,
      obsIds,
    };
  });
}
