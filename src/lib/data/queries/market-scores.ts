import { sql, type SqlQuery } from '../sql';
import { localNamesOf } from '../../i18n/names';
import { nameColumns } from './names';
import type { MarketScore } from '../../model/rows';
import { regionCondition } from './filters';

/** GI-TOC scores of the States in the region: markets, or markets and actors, of one edition or all. */
export function marketScoresQuery(filters: {
  edition: number | null;
  region: string | null;
  kinds?: readonly string[];
  iso3?: string | null;
}): SqlQuery {
  const kinds = (filters.kinds ?? ['market']).join(' ');
  const iso3 = filters.iso3 ?? null;
  return sql`
SELECT 'GITOC-' || m.edition || '-' || m.iso3 || '-' || m.indicator AS score_id,
  c.iso3, ${nameColumns('c')}, m.edition, m.indicator, m.indicator_kind, m.score
FROM market_scores m JOIN countries c ON c.iso3 = m.iso3
WHERE (${filters.edition}::INTEGER IS NULL OR m.edition = ${filters.edition})
  AND list_contains(string_split(${kinds}, ' '), m.indicator_kind)
  AND (${iso3}::VARCHAR IS NULL OR c.iso3 = ${iso3})
  AND ${regionCondition(filters.region)}
ORDER BY c.iso3, m.edition DESC, m.indicator`;
}

export function toMarketScores(raw: Record<string, unknown>[]): MarketScore[] {
  return raw.map((r) => ({
    scoreId: String(r.score_id),
    iso3: String(r.iso3),
    ...localNamesOf(r),
    edition: Number(r.edition),
    indicator: String(r.indicator),
    indicatorKind: String(r.indicator_kind),
    score: Number(r.score),
  }));
}
