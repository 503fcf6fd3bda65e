import { sql, type SqlQuery } from '../sql';
import { COVERAGE_MARKETS } from '../build-sql';
import { COUNT_STAGES } from '../../model/stages';
import { parseObsRef } from '../../model/obs-ref';

/**
 * The observation rows behind a reference (`@<count>/<table>/<key>`) that an aggregate row
 * carries instead of more than `OBS_REF_LIMIT` ids: the same conditions that built the row.
 */
export function obsRefQuery(reference: string): SqlQuery {
  const ref = parseObsRef(reference);
  if (!ref) throw new Error(`not an observation reference: ${JSON.stringify(reference)}`);
  if (ref.table === 'count_series') {
    const [sourceId, area, market, series, year, sex] = ref.key;
    if (sex === undefined) throw new Error(`incomplete reference: ${reference}`);
    return sql`SELECT o.obs_id FROM observations o JOIN countries c ON c.iso3 = o.area
WHERE o.source_id = ${sourceId ?? ''} AND o.area = ${area ?? ''} AND o.market = ${market ?? ''}
  AND o.measure = 'count' AND o.hierarchy = 'all' AND o.role = 'all' AND o.org_type = 'all'
  AND ((o.population = 'offenders' AND o.stage = ${series ?? ''} AND list_contains(string_split(${COUNT_STAGES.join(' ')}, ' '), o.stage))
    OR (o.population = 'victims' AND ${series ?? ''} = 'victims'))
  AND o.period_start = ${Number(year)} AND o.period_end = o.period_start AND o.sex = ${sex}
ORDER BY o.obs_id`;
  }
  const [iso3, market, stage, year] = ref.key;
  if (year === undefined) throw new Error(`incomplete reference: ${reference}`);
  return sql`SELECT DISTINCT o.obs_id FROM observations o
WHERE o.population = 'offenders' AND o.area = ${iso3 ?? ''} AND o.market = ${market ?? ''} AND o.stage = ${stage ?? ''}
  AND list_contains(string_split(${COVERAGE_MARKETS.join(' ')}, ' '), o.market)
  AND o.period_start IS NOT NULL AND o.period_end IS NOT NULL
  AND ${Number(year)} BETWEEN o.period_start AND o.period_end
ORDER BY o.obs_id`;
}
