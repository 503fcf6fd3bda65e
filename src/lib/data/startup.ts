import type { Row } from './engine';
import type { SqlQuery } from './sql';
import type { CountryRow, PublishedFigure, RegionRow, SourceRow } from '../model/rows';
import { countriesQuery, toCountryRows } from './queries/countries';
import { sourcesQuery, toSourceRows } from './queries/sources';
import { regionsQuery, toRegionRows } from './queries/regions';
import { KEY_FINDING_IDS } from '../model/key-findings';
import { publishedFiguresQuery, toPublishedFigures } from './queries/published-figures';

export const UNODC_SOURCE_ID = 'UNODC_GLOTIP';
export const WDR_SOURCE_ID = 'UNODC_WDR_DRUGS';

/**
 * The bundled source of per-State counts by sex for a market; a user's own counts, loaded to be
 * shown alone, replace them for every market.
 */
export function countSourceFor(market: string, override: string | null): string {
  if (override) return override;
  return market.startsWith('drug_') ? WDR_SOURCE_ID : UNODC_SOURCE_ID;
}
export const GITOC_SOURCE_ID = 'GITOC_OCINDEX';
export const GITOC_EDITION = 2023;

export interface StartupTables {
  countries: CountryRow[];
  sources: SourceRow[];
  regions: RegionRow[];
  /** The key findings' figures, whatever the filters and whatever else is loaded. */
  keyFigures: PublishedFigure[];
}

/** Tables read once at start-up and after the data change: sources, regions, published figures. */
export function startupQueries(): Record<keyof StartupTables, SqlQuery> {
  return {
    countries: countriesQuery(),
    sources: sourcesQuery(),
    regions: regionsQuery(),
    keyFigures: publishedFiguresQuery({
      excludeSourceIds: [UNODC_SOURCE_ID, WDR_SOURCE_ID],
      sourceKind: null,
      yearFrom: 1900,
      yearTo: 2100,
      obsIds: KEY_FINDING_IDS,
    }),
  };
}

export function shapeStartup(raw: Record<string, Row[]>): StartupTables {
  return {
    countries: toCountryRows(raw.countries ?? []),
    sources: toSourceRows(raw.sources ?? []),
    regions: toRegionRows(raw.regions ?? []),
    keyFigures: toPublishedFigures(raw.keyFigures ?? []),
  };
}
