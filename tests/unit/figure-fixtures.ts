import type { StateShareRow } from '../../src/lib/data/queries/women-share-by-state';
import type { SourceRow } from '../../src/lib/data/queries/sources';
import type { PublishedFigure } from '../../src/lib/data/queries/published-figures';

export const SOURCE: SourceRow = {
  sourceId: 'UNODC_GLOTIP',
  publisher: 'UNODC',
  title: 'Test data',
  year: 2022,
  url: 'https://example.org',
  terms: 'Test terms.',
  kind: 'official_statistics',
};

export function row(iso3: string, nameEn: string, patch: Partial<StateShareRow>): StateShareRow {
  return {
    iso3,
    nameEn,
    nameFr: `${nameEn} (fr)`,
    subregion: 'western_europe',
    inStudy: false,
    year: 2020,
    sourceId: 'UNODC_GLOTIP',
    women: null,
    men: null,
    total: null,
    womenSuppressed: false,
    menSuppressed: false,
    totalSuppressed: false,
    share: null,
    shareBasis: null,
    status: 'no_data',
    obsIds: [],
    ...patch,
  };
}

export const FIXTURE_ROWS: StateShareRow[] = [
  row('BEL', 'Belgium', {
    women: 26,
    men: 90,
    total: 116,
    share: (100 * 26) / 116,
    shareBasis: 'women_plus_men',
    status: 'share',
    obsIds: ['B-f', 'B-m'],
  }),
  row('CAN', 'Canada', {
    women: 5,
    total: 25,
    share: 20,
    shareBasis: 'total',
    status: 'share',
    obsIds: ['C-f', 'C-t'],
  }),
  row('CHE', 'Switzerland', {
    womenSuppressed: true,
    men: 12,
    status: 'suppressed',
    obsIds: ['S-f'],
  }),
  row('GBR', 'United Kingdom', { total: 300, status: 'total_only', obsIds: ['G-t'] }),
  row('MCO', 'Monaco', {
    women: 1,
    men: 1,
    share: 50,
    shareBasis: 'women_plus_men',
    status: 'share',
    obsIds: ['M-f', 'M-m'],
  }),
  row('DEU', 'Germany', {}),
  row('XKX', 'Kosovo*', {}),
];

export const publishedFigure = (patch: Partial<PublishedFigure>): PublishedFigure => ({
  obsId: 'X',
  sourceId: 'S',
  sourceKind: 'press',
  publisher: 'P',
  sourceYear: 2024,
  area: 'SWE',
  areaNameEn: 'Sweden',
  areaNameFr: 'Suède',
  periodStart: 2023,
  periodEnd: 2023,
  periodNote: null,
  population: 'offenders',
  market: 'organized_crime_all',
  hierarchy: 'all',
  role: 'all',
  orgType: 'all',
  stage: 'intelligence_estimate',
  sex: 'female',
  measure: 'share',
  value: 5,
  valueLow: null,
  valueHigh: null,
  qualifier: 'exact',
  unit: 'percent',
  denominator: null,
  note: null,
  ...patch,
});
