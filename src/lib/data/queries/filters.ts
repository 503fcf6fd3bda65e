import { sql, type SqlQuery } from '../sql';

/** States of the chosen region (a subregion, or a region's listed members); `countries` is aliased `c`. */
export function regionCondition(region: string | null): SqlQuery {
  return sql`(${region}::VARCHAR IS NULL OR c.subregion = ${region}
    OR EXISTS (SELECT 1 FROM regions r WHERE r.region_code = ${region}
      AND list_contains(string_split(coalesce(r.members, ''), ' '), c.iso3)))`;
}

/** Rows whose source is of the chosen kind; `sources` is aliased `src`. */
export function sourceKindCondition(kind: string | null): SqlQuery {
  return sql`(${kind}::VARCHAR IS NULL OR src.kind = ${kind})`;
}
