/** The shapes of the rows the views receive, whoever produced them (engine, precompute, CLI). */

export interface SourceRow {
  sourceId: string;
  publisher: string;
  title: string;
  year: number | null;
  url: string;
  terms: string;
  kind: string;
}

export interface RegionRow {
  code: string;
  nameEn: string;
  nameFr: string;
  kind: string;
  members: string[];
}

export type ShareBasis = 'women_plus_men' | 'total';

export type StateShareStatus =
  'share' | 'suppressed' | 'partial_by_sex' | 'zero_persons' | 'total_only' | 'no_data';

export interface StateShareRow {
  iso3: string;
  nameEn: string;
  nameFr: string;
  subregion: string;
  inStudy: boolean;
  /** The year this State's figure is for: its latest year in the period with the best figure. */
  year: number | null;
  sourceId: string | null;
  women: number | null;
  men: number | null;
  total: number | null;
  womenSuppressed: boolean;
  menSuppressed: boolean;
  totalSuppressed: boolean;
  share: number | null;
  shareBasis: ShareBasis | null;
  status: StateShareStatus;
  /** The observation rows behind the figure shown for this State. */
  obsIds: string[];
}

export interface StageYearShare {
  iso3: string;
  subregion: string;
  /** An offender stage, or 'victims'. */
  series: string;
  year: number;
  women: number | null;
  men: number | null;
  total: number | null;
  womenSuppressed: boolean;
  share: number | null;
  basis: ShareBasis | null;
  denominator: number | null;
  obsIds: string[];
}

export interface PublishedFigure {
  obsId: string;
  sourceId: string;
  sourceKind: string;
  publisher: string;
  sourceYear: number | null;
  area: string;
  areaNameEn: string;
  areaNameFr: string;
  periodStart: number | null;
  periodEnd: number | null;
  periodNote: string | null;
  population: string;
  market: string;
  hierarchy: string;
  role: string;
  orgType: string;
  stage: string;
  sex: string;
  measure: string;
  value: number | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: string;
  unit: string;
  denominator: string | null;
  note: string | null;
}

export interface MarketScore {
  iso3: string;
  nameEn: string;
  nameFr: string;
  indicator: string;
  score: number;
}

export interface CoverageCell {
  iso3: string;
  nameEn: string;
  nameFr: string;
  inStudy: boolean;
  stage: string;
  year: number;
  status: 'sex_disaggregated' | 'total_only' | 'none';
  obsIds: string[];
}

export interface CountryRow {
  iso3: string;
  nameEn: string;
  nameFr: string;
  subregion: string;
  osceParticipating: boolean;
  inStudy: boolean;
}
