import { sql, type SqlQuery } from '../sql';

/** What the views ask of the data; built from the URL state, never from raw input. */
export interface QueryFilters {
  stage: string;
  market: string;
  yearFrom: number;
  yearTo: number;
  /** A subregion code or a region code (its members), or null for all States. */
  region: string | null;
  /** Source kind, or null for all kinds. */
  sourceKind: string | null;
}

/** States of the chosen region (a subregion, or a region's listed members); `countries` is aliased `c`. */
export function regionCondition(region: string | null): SqlQuery {
  return sql`(${region}::VARCHAR IS NULL OR c.subregion = ${region}
    OR EXISTS (SELECT 1 FROM regions r WHERE r.region_code = ${region}
      AND list_contains(string_split(coalesce(r.members, ''), ' '), c.iso3)))`;
}
