import { sql, type SqlQuery } from '../sql';
import type { RegionRow } from '../../model/rows';

export function regionsQuery(): SqlQuery {
  return sql`SELECT region_code, name_en, name_fr, kind, coalesce(members, '') AS members FROM regions ORDER BY region_code`;
}

export function toRegionRows(raw: Record<string, unknown>[]): RegionRow[] {
  return raw.map((r) => ({
    code: String(r.region_code),
    nameEn: String(r.name_en),
    nameFr: String(r.name_fr),
    kind: String(r.kind),
    members: String(r.members).split(' ').filter(Boolean),
  }));
}
