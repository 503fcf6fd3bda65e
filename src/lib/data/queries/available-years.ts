import { sql, type SqlQuery } from '../sql';

export interface YearCoverage {
  year: number;
  statesWithWomen: number;
}

export function availableYearsQuery(filters: {
  stage: string;
  sourceId: string;
  market: string;
}): SqlQuery {
  return sql`
SELECT period_start::INTEGER AS year,
  count(DISTINCT area) FILTER (WHERE sex = 'female' AND qualifier = 'exact')::INTEGER AS states_with_women
FROM observations
WHERE population = 'offenders' AND measure = 'count' AND stage = ${filters.stage}
  AND source_id = ${filters.sourceId} AND market = ${filters.market}
  AND period_start IS NOT NULL AND period_start = period_end
GROUP BY period_start
ORDER BY period_start`;
}

export function toYearCoverage(raw: Record<string, unknown>[]): YearCoverage[] {
  return raw.map((r) => ({ year: Number(r.year), statesWithWomen: Number(r.states_with_women) }));
}
