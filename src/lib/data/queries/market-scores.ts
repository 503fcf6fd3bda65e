import { sql, type SqlQuery } from '../sql';
import type { MarketScore } from '../../model/rows';
import { regionCondition } from './filters';

export function marketScoresQuery(filters: { edition: number; region: string | null }): SqlQuery {
  return sql`
SELECT c.iso3, c.name_en, c.name_fr, m.indicator, m.score
FROM market_scores m JOIN countries c ON c.iso3 = m.iso3
WHERE m.edition = ${filters.edition} AND m.indicator_kind = 'market' AND ${regionCondition(filters.region)}
ORDER BY c.iso3, m.indicator`;
}

export function toMarketScores(raw: Record<string, unknown>[]): MarketScore[] {
  return raw.map((r) => ({
    iso3: String(r.iso3),
    nameEn: String(r.name_en),
    nameFr: String(r.name_fr),
    indicator: String(r.indicator),
    score: Number(r.score),
  }));
}
