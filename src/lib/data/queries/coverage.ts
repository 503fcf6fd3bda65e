import { sql, type SqlQuery } from '../sql';
import { localNamesOf } from '../../i18n/names';
import { nameColumns } from './names';
import type { CoverageCell } from '../../model/rows';
import { regionCondition } from './filters';

export function coverageQuery(filters: {
  market: string | readonly string[];
  stages: string[];
  yearFrom: number;
  yearTo: number;
  region: string | null;
  /** One State only (its profile). */
  iso3?: string | null;
}): SqlQuery {
  const markets = (typeof filters.market === 'string' ? [filters.market] : filters.market).join(
    ' ',
  );
  const iso3 = filters.iso3 ?? null;
  return sql`
SELECT c.iso3, ${nameColumns('c')}, c.in_2023_study, v.market, v.stage, v.year, v.status, v.obs_ids
FROM coverage v JOIN countries c ON c.iso3 = v.iso3
WHERE list_contains(string_split(${markets}, ' '), v.market)
  AND (${iso3}::VARCHAR IS NULL OR v.iso3 = ${iso3}) AND list_contains(string_split(${filters.stages.join(' ')}, ' '), v.stage)
  AND v.year BETWEEN ${filters.yearFrom} AND ${filters.yearTo}
  AND ${regionCondition(filters.region)}
ORDER BY c.iso3, v.market, v.stage, v.year`;
}

export function toCoverageCells(raw: Record<string, unknown>[]): CoverageCell[] {
  return raw.map((r) => ({
    iso3: String(r.iso3),
    ...localNamesOf(r),
    inStudy: Boolean(r.in_2023_study),
    market: String(r.market),
    stage: String(r.stage),
    year: Number(r.year),
    status: String(r.status) as CoverageCell['status'],
    obsIds: r.obs_ids ? String(r.obs_ids).split(' ') : [],
  }));
}
