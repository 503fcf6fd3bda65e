import { sql, type SqlQuery } from '../sql';
import { localNamesOf } from '../../i18n/names';
import { nameColumns } from './names';
import type { CountryRow } from '../../model/rows';

export function countriesQuery(): SqlQuery {
  return sql`SELECT iso3, ${nameColumns()}, subregion, osce_participating, in_2023_study FROM countries ORDER BY iso3`;
}

export function toCountryRows(raw: Record<string, unknown>[]): CountryRow[] {
  return raw.map((r) => ({
    iso3: String(r.iso3),
    ...localNamesOf(r),
    subregion: String(r.subregion),
    osceParticipating: Boolean(r.osce_participating),
    inStudy: Boolean(r.in_2023_study),
  }));
}
