import { sql, type SqlQuery } from '../sql';
import { localNamesOf } from '../../i18n/names';
import { nameColumns } from './names';
import type { RegionRow } from '../../model/rows';

export function regionsQuery(): SqlQuery {
  return sql`SELECT region_code, ${nameColumns()}, kind, coalesce(members, '') AS members FROM regions ORDER BY region_code`;
}

export function toRegionRows(raw: Record<string, unknown>[]): RegionRow[] {
  return raw.map((r) => ({
    code: String(r.region_code),
    ...localNamesOf(r),
    kind: String(r.kind),
    members: String(r.members).split(' ').filter(Boolean),
  }));
}
