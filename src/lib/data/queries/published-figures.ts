import { sql, type SqlQuery } from '../sql';
import { localNamesOf } from '../../i18n/names';
import { areaNameColumns, textColumns, wordsOf } from './names';
import type { PublishedFigure } from '../../model/rows';

export interface PublishedFiguresQuery {
  /** The per-State count series, shown by the State views rather than as published figures. */
  excludeSourceIds: readonly string[];
  /**
   * A user's (or the benchmark's) source whose per-State counts the State views draw: those
   * counts are not listed again one by one; its other figures (levels, roles, shares) are.
   */
  countSource?: string | null;
  /** One State or region: the figures about it. */
  area?: string | null;
  sourceKind: string | null;
  yearFrom: number;
  yearTo: number;
  /** A hierarchy level: figures about that level. */
  hierarchy?: string | null;
  /** A role or an organisation type: figures about it. */
  position?: string | null;
  market?: string | null;
  /** Only these rows (the key findings), whatever else the tables hold. */
  obsIds?: readonly string[] | null;
}

/**
 * Every published figure other than the per-State count series: as published, with its
 * source and the name of its area (a State or a region). The period filter keeps figures
 * whose period overlaps the chosen one, and those whose period is unknown.
 */
export function publishedFiguresQuery(filters: PublishedFiguresQuery): SqlQuery {
  const hierarchy = filters.hierarchy ?? null;
  const position = filters.position ?? null;
  const market = filters.market ?? null;
  const area = filters.area ?? null;
  const countSource = filters.countSource ?? null;
  const obsIds = filters.obsIds ? filters.obsIds.join(' ') : null;
  return sql`
SELECT o.obs_id, o.source_id, s.kind AS source_kind, s.publisher, s.year AS source_year, o.area,
  ${areaNameColumns()},
  o.period_start, o.period_end, o.period_note, o.population, o.market, o.hierarchy, o.role, o.org_type,
  o.stage, o.sex, o.measure, o.value, o.value_low, o.value_high, o.qualifier, o.unit, o.denominator, o.note,
  ${textColumns('tp', 'period_note')},
  ${textColumns('td', 'denominator')},
  ${textColumns('tn', 'note')}
FROM observations o
JOIN sources s ON s.source_id = o.source_id
LEFT JOIN countries c ON c.iso3 = o.area
LEFT JOIN regions r ON r.region_code = o.area
LEFT JOIN texts tp ON tp.en = o.period_note
LEFT JOIN texts td ON td.en = o.denominator
LEFT JOIN texts tn ON tn.en = o.note
WHERE NOT list_contains(string_split(${filters.excludeSourceIds.join(' ')}, ' '), o.source_id)
  AND NOT coalesce(o.source_id = ${countSource}::VARCHAR AND o.measure = 'count'
    AND o.hierarchy = 'all' AND o.role = 'all' AND o.org_type = 'all', false)
  AND (${area}::VARCHAR IS NULL OR o.area = ${area})
  AND (${filters.sourceKind}::VARCHAR IS NULL OR s.kind = ${filters.sourceKind})
  AND (o.period_start IS NULL OR (o.period_end >= ${filters.yearFrom} AND o.period_start <= ${filters.yearTo}))
  AND (${hierarchy}::VARCHAR IS NULL OR o.hierarchy = ${hierarchy})
  AND (${position}::VARCHAR IS NULL OR o.role = ${position} OR o.org_type = ${position})
  AND (${market}::VARCHAR IS NULL OR o.market = ${market})
  AND (${obsIds}::VARCHAR IS NULL OR list_contains(string_split(${obsIds}, ' '), o.obs_id))
ORDER BY o.obs_id`;
}

export function toPublishedFigures(raw: Record<string, unknown>[]): PublishedFigure[] {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return raw.map((r) => ({
    obsId: String(r.obs_id),
    sourceId: String(r.source_id),
    sourceKind: String(r.source_kind),
    publisher: String(r.publisher),
    sourceYear: num(r.source_year),
    area: String(r.area),
    areaNames: localNamesOf(r, 'area_name_'),
    periodStart: num(r.period_start),
    periodEnd: num(r.period_end),
    periodNote: str(r.period_note),
    population: String(r.population),
    market: String(r.market),
    hierarchy: String(r.hierarchy),
    role: String(r.role),
    orgType: String(r.org_type),
    stage: String(r.stage),
    sex: String(r.sex),
    measure: String(r.measure),
    value: num(r.value),
    valueLow: num(r.value_low),
    valueHigh: num(r.value_high),
    qualifier: String(r.qualifier),
    unit: String(r.unit),
    denominator: str(r.denominator),
    note: str(r.note),
    words: {
      periodNote: wordsOf(r, 'period_note'),
      denominator: wordsOf(r, 'denominator'),
      note: wordsOf(r, 'note'),
    },
  }));
}
