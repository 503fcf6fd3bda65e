import { sql, type SqlQuery } from '../sql';
import { computeWomenShare, type ShareBasis } from '../../method/shares';
import { regionCondition, type QueryFilters } from './filters';

export type { ShareBasis } from '../../method/shares';
export { computeWomenShare } from '../../method/shares';

export type StateShareStatus = 'share' | 'suppressed' | 'zero_persons' | 'total_only' | 'no_data';

export interface StateShareRow {
  iso3: string;
  nameEn: string;
  nameFr: string;
  subregion: string;
  inStudy: boolean;
  /** The year this State's figure is for: its latest year in the period with the best figure. */
  year: number | null;
  sourceId: string | null;
  women: number | null;
  men: number | null;
  total: number | null;
  womenSuppressed: boolean;
  menSuppressed: boolean;
  totalSuppressed: boolean;
  share: number | null;
  shareBasis: ShareBasis | null;
  status: StateShareStatus;
  /** The observation rows behind the figure shown for this State. */
  obsIds: string[];
}

export interface StateShareFilters extends QueryFilters {
  sourceId: string;
}

/**
 * One row per State in the region. For each State, the latest year in the period with the
 * best figure: a computable share first, then a suppressed count of women, then totals only.
 * Counts of one source and one stage only: figures are never added across them.
 */
export function womenShareByStateQuery(filters: StateShareFilters): SqlQuery {
  return sql`
WITH selected AS (
  SELECT o.area, o.period_start AS year, o.source_id, o.sex, o.value, o.qualifier, o.obs_id
  FROM observations o JOIN sources s ON s.source_id = o.source_id
  WHERE o.population = 'offenders' AND o.measure = 'count'
    AND o.hierarchy = 'all' AND o.role = 'all' AND o.org_type = 'all'
    AND o.market = ${filters.market} AND o.stage = ${filters.stage}
    AND o.period_start = o.period_end AND o.period_start BETWEEN ${filters.yearFrom} AND ${filters.yearTo}
    AND o.source_id = ${filters.sourceId}
    AND (${filters.sourceKind}::VARCHAR IS NULL OR s.kind = ${filters.sourceKind})
    AND o.sex IN ('female', 'male', 'total')
), per_year AS (
  SELECT area, year, any_value(source_id) AS source_id,
    max(value) FILTER (WHERE sex = 'female' AND qualifier = 'exact') AS women,
    max(value) FILTER (WHERE sex = 'male' AND qualifier = 'exact') AS men,
    max(value) FILTER (WHERE sex = 'total' AND qualifier = 'exact') AS total,
    coalesce(bool_or(sex = 'female' AND qualifier = 'suppressed'), false) AS women_suppressed,
    coalesce(bool_or(sex = 'male' AND qualifier = 'suppressed'), false) AS men_suppressed,
    coalesce(bool_or(sex = 'total' AND qualifier = 'suppressed'), false) AS total_suppressed,
    max(obs_id) FILTER (WHERE sex = 'female') AS women_obs_id,
    max(obs_id) FILTER (WHERE sex = 'male') AS men_obs_id,
    max(obs_id) FILTER (WHERE sex = 'total') AS total_obs_id
  FROM selected
  GROUP BY area, year
), ranked AS (
  SELECT *, row_number() OVER (
    PARTITION BY area
    ORDER BY CASE
      WHEN women IS NOT NULL AND ((men IS NOT NULL AND women + men > 0) OR (men IS NULL AND total > 0)) THEN 4
      WHEN women_suppressed THEN 3
      WHEN women IS NOT NULL THEN 2
      ELSE 1 END DESC, year DESC) AS pick
  FROM per_year
)
SELECT c.iso3, c.name_en, c.name_fr, c.subregion, c.in_2023_study,
  p.year::INTEGER AS year, p.source_id,
  p.women::DOUBLE AS women, p.men::DOUBLE AS men, p.total::DOUBLE AS total,
  coalesce(p.women_suppressed, false) AS women_suppressed,
  coalesce(p.men_suppressed, false) AS men_suppressed,
  coalesce(p.total_suppressed, false) AS total_suppressed,
  p.women_obs_id, p.men_obs_id, p.total_obs_id
FROM countries c
LEFT JOIN ranked p ON p.area = c.iso3 AND p.pick = 1
WHERE ${regionCondition(filters.region)}
ORDER BY c.iso3`;
}

type RawRow = Record<string, unknown>;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toStateShareRows(raw: RawRow[]): StateShareRow[] {
  return raw.map((r) => {
    const women = num(r.women);
    const men = num(r.men);
    const total = num(r.total);
    const womenSuppressed = Boolean(r.women_suppressed);
    const { share, basis } = computeWomenShare(women, men, total);
    const ids = (...values: (string | null)[]) => values.filter((x): x is string => x !== null);
    const womenId = str(r.women_obs_id);
    const menId = str(r.men_obs_id);
    const totalId = str(r.total_obs_id);
    let status: StateShareStatus;
    let obsIds: string[];
    if (share !== null) {
      status = 'share';
      obsIds = ids(womenId, basis === 'women_plus_men' ? menId : totalId);
    } else if (womenSuppressed) {
      status = 'suppressed';
      obsIds = ids(womenId);
    } else if (women !== null) {
      status = 'zero_persons';
      obsIds = ids(womenId, menId, totalId);
    } else if (total !== null || Boolean(r.total_suppressed)) {
      status = 'total_only';
      obsIds = ids(totalId);
    } else {
      status = 'no_data';
      obsIds = [];
    }
    return {
      iso3: String(r.iso3),
      nameEn: String(r.name_en),
      nameFr: String(r.name_fr),
      subregion: String(r.subregion),
      inStudy: Boolean(r.in_2023_study),
      year: num(r.year),
      sourceId: str(r.source_id),
      women,
      men,
      total,
      womenSuppressed,
      menSuppressed: Boolean(r.men_suppressed),
      totalSuppressed: Boolean(r.total_suppressed),
      share,
      shareBasis: basis,
      status,
      obsIds,
    };
  });
}
