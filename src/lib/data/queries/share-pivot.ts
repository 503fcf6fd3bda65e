import { sql, type SqlQuery } from '../sql';
import { computeWomenShare, type ShareBasis } from '../../method/shares';
import { regionCondition, type QueryFilters } from './filters';

export const PIPELINE_STAGES = ['formal_contact', 'prosecuted', 'convicted'] as const;
/** Detected victims, shown beside the offender stages. */
export const VICTIMS = 'victims';

export interface StageYearShare {
  iso3: string;
  subregion: string;
  /** An offender stage, or 'victims'. */
  series: string;
  year: number;
  women: number | null;
  men: number | null;
  total: number | null;
  womenSuppressed: boolean;
  share: number | null;
  basis: ShareBasis | null;
  denominator: number | null;
  obsIds: string[];
}

/**
 * Counts by sex for every State of the region (or the chosen States), every offender stage
 * and detected victims, every year of the period: one source at a time.
 */
export function stageYearCountsQuery(
  filters: QueryFilters & { sourceId: string; states: string[] },
): SqlQuery {
  const states = filters.states.join(' ');
  return sql`
SELECT c.iso3, c.subregion,
  CASE WHEN o.population = 'victims' THEN 'victims' ELSE o.stage END AS series,
  o.period_start::INTEGER AS year,
  max(o.value) FILTER (WHERE o.sex = 'female' AND o.qualifier = 'exact')::DOUBLE AS women,
  max(o.value) FILTER (WHERE o.sex = 'male' AND o.qualifier = 'exact')::DOUBLE AS men,
  max(o.value) FILTER (WHERE o.sex = 'total' AND o.qualifier = 'exact')::DOUBLE AS total,
  coalesce(bool_or(o.sex = 'female' AND o.qualifier = 'suppressed'), false) AS women_suppressed,
  max(o.obs_id) FILTER (WHERE o.sex = 'female') AS women_obs_id,
  max(o.obs_id) FILTER (WHERE o.sex = 'male') AS men_obs_id,
  max(o.obs_id) FILTER (WHERE o.sex = 'total') AS total_obs_id
FROM observations o
JOIN countries c ON c.iso3 = o.area
JOIN sources s ON s.source_id = o.source_id
WHERE o.measure = 'count' AND o.hierarchy = 'all' AND o.role = 'all' AND o.org_type = 'all'
  AND o.market = ${filters.market} AND o.source_id = ${filters.sourceId}
  AND (${filters.sourceKind}::VARCHAR IS NULL OR s.kind = ${filters.sourceKind})
  AND ((o.population = 'offenders' AND o.stage IN ('formal_contact', 'prosecuted', 'convicted')) OR o.population = 'victims')
  AND o.period_start = o.period_end AND o.period_start BETWEEN ${filters.yearFrom} AND ${filters.yearTo}
  AND o.sex IN ('female', 'male', 'total')
  AND (${states} = '' OR list_contains(string_split(${states}, ' '), c.iso3))
  AND ${regionCondition(filters.region)}
GROUP BY c.iso3, c.subregion, series, o.period_start
ORDER BY c.iso3, series, year`;
}

export function toStageYearShares(raw: Record<string, unknown>[]): StageYearShare[] {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return raw.map((r) => {
    const women = num(r.women);
    const men = num(r.men);
    const total = num(r.total);
    const { share, basis, denominator } = computeWomenShare(women, men, total);
    const ids = [r.women_obs_id, basis === 'total' ? r.total_obs_id : r.men_obs_id].filter(
      (x): x is string => typeof x === 'string',
    );
    return {
      iso3: String(r.iso3),
      subregion: String(r.subregion),
      series: String(r.series),
      year: Number(r.year),
      women,
      men,
      total,
      womenSuppressed: Boolean(r.women_suppressed),
      share,
      basis,
      denominator,
      obsIds:
        share === null
          ? [r.women_obs_id, r.total_obs_id].filter((x): x is string => typeof x === 'string')
          : ids,
    };
  });
}
