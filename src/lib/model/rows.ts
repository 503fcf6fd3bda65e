import type { Lang, LocalNames } from './lang';

/** The shapes of the rows the views receive, whoever produced them (engine, precompute, CLI). */

export interface SourceRow {
  sourceId: string;
  publisher: string;
  title: string;
  year: number | null;
  url: string;
  terms: string;
  /** The reuse terms in short (vocabulary `terms`), translated on figures; null for a user's own source. */
  termsCode: string | null;
  /** Where the atlas's copy came from: for data/README.md and export metadata, never on a figure. */
  provenance: string | null;
  kind: string;
  /** Where a reader finds the figures in the source (vocabulary `locator_kind`), where known. */
  locatorKind?: string | null;
  /** The page, table, section, sheet or news item, as the source numbers or names it. */
  locator?: string | null;
  /** The atlas's own words on the source (a relay, who is quoted…), in English; never the source's. */
  note?: string | null;
  /** That note in each language, from `data/texts.csv`. */
  noteWords?: LangTexts | null;
}

export interface RegionRow extends LocalNames {
  code: string;
  kind: string;
  members: string[];
}

export type ShareBasis = 'women_plus_men' | 'total';

/** A 95% interval of a computed share, in percent. */
export interface ShareInterval {
  low: number;
  high: number;
}

export type StateShareStatus =
  'share' | 'suppressed' | 'partial_by_sex' | 'zero_persons' | 'total_only' | 'no_data';

export interface StateShareRow extends LocalNames {
  /** The atlas's note on the total row (why women + men may differ from it), in each language. */
  totalNote?: LangTexts | null;
  /** The total's rows, when the share is of women + men and the total is given beside it. */
  totalObsIds?: string[];
  iso3: string;
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
  /** The persons the share is a share of (women + men, or the total). */
  denominator: number | null;
  /** 95% Wilson interval of the share. */
  interval: ShareInterval | null;
  /** The share rests on fewer than 30 persons. */
  smallCount: boolean;
  status: StateShareStatus;
  /** The observation rows behind the figure shown for this State. */
  obsIds: string[];
}

export interface StageYearShare {
  iso3: string;
  subregion: string;
  market: string;
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
  interval: ShareInterval | null;
  smallCount: boolean;
  /** The atlas's note on the total row (why women + men may differ from it), in each language. */
  totalNote?: LangTexts | null;
  /** The total's rows, when the share is of women + men and the total is given beside it. */
  totalObsIds?: string[];
  obsIds: string[];
}

export interface PublishedFigure {
  obsId: string;
  sourceId: string;
  sourceKind: string;
  publisher: string;
  sourceYear: number | null;
  area: string;
  areaNames: LocalNames;
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
  /** The atlas's own words above (period note, group counted, note) in each language, from data/texts.csv; empty for a user's own words. */
  words?: FigureWords;
}

/** A text in the languages the atlas has it in. */
export type LangTexts = Partial<Record<Lang, string>>;

export interface FigureWords {
  periodNote: LangTexts | null;
  denominator: LangTexts | null;
  note: LangTexts | null;
}

export interface MarketScore extends LocalNames {
  /** Stable id of the score row: GITOC-<edition>-<iso3>-<indicator>. */
  scoreId: string;
  iso3: string;
  edition: number;
  indicator: string;
  indicatorKind: string;
  score: number;
}

export interface CoverageCell extends LocalNames {
  iso3: string;
  inStudy: boolean;
  market: string;
  stage: string;
  year: number;
  status: 'published' | 'men_only' | 'suppressed' | 'total_only' | 'none';
  obsIds: string[];
}

export interface CountryRow extends LocalNames {
  iso3: string;
  subregion: string;
  osceParticipating: boolean;
  inStudy: boolean;
}
