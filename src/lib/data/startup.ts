import type { Row } from './engine';
import type { SqlQuery } from './sql';
import type { CountryRow, PublishedFigure, RegionRow, SourceRow } from '../model/rows';
import { countriesQuery, toCountryRows } from './queries/countries';
import { sourcesQuery, toSourceRows } from './queries/sources';
import { regionsQuery, toRegionRows } from './queries/regions';
import { KEY_FINDING_IDS } from '../model/key-findings';
import { COUNT_SOURCE_IDS } from '../model/sources';
import { publishedFiguresQuery, toPublishedFigures } from './queries/published-figures';
import { countYearsQuery, toCountYears, type CountYears } from './queries/stage-years';

export interface StartupTables {
  countries: CountryRow[];
  sources: SourceRow[];
  regions: RegionRow[];
  /** The key findings' figures, whatever the filters and whatever else is loaded. */
  keyFigures: PublishedFigure[];
  /** The first and last year of each source's counts with a share, by market. */
  countYears: CountYears[];
}

/** Tables read once at start-up and after the data change: sources, regions, published figures. */
export function startupQueries(): Record<keyof StartupTables, SqlQuery> {
  return {
    countries: countriesQuery(),
    sources: sourcesQuery(),
    regions: regionsQuery(),
    keyFigures: publishedFiguresQuery({
      excludeSourceIds: COUNT_SOURCE_IDS,
      sourceKind: null,
      yearFrom: 1900,
      yearTo: 2100,
      obsIds: KEY_FINDING_IDS,
    }),
    countYears: countYearsQuery(),
  };
}

export function shapeStartup(raw: Record<string, Row[]>): StartupTables {
  return {
    countries: toCountryRows(raw.countries ?? []),
    sources: toSourceRows(raw.sources ?? []),
    regions: toRegionRows(raw.regions ?? []),
    keyFigures: toPublishedFigures(raw.keyFigures ?? []),
    countYears: toCountYears(raw.countYears ?? []),
  };
}
