import type {
  CoverageCell,
  PublishedFigure,
  SourceRow,
  StageYearShare,
  StateShareRow,
} from '../model/rows';

/** What a talking point says: each kind has its own rule and its own whole messages. */
export const POINT_KINDS = [
  'stage_share',
  'trend',
  'pipeline',
  'comparison',
  'published',
  'data_gap',
] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** A piece of a sentence; numbers carry the observation rows behind them. */
export interface Segment {
  text: string;
  obsIds?: string[];
  /** A source's own words in a note: its publisher, its title, or its address. */
  source?: 'publisher' | 'title' | 'url';
}

/** One sentence (or two: a small-count flag follows its share) a delegate can read aloud. */
export interface TalkingPoint {
  /** Stable within a selection (kind, offence, stage…): the address keeps the user's choice by it. */
  id: string;
  kind: PointKind;
  segments: Segment[];
  /** The sources the sentence rests on, strongest first: its note cites them. */
  sourceIds: string[];
  /** Evidence strength, for ordering: source kind, then persons counted (larger first). */
  strength: { sourceRank: number; persons: number; small: boolean };
}

/** What the points are about: a State profile, a region, a market, a stage, or the whole OSCE area. */
export interface PointsScope {
  kind: 'state' | 'region' | 'osce';
  /** The State's or region's name in the reader's language, or the whole OSCE area. */
  name: string;
  iso3: string | null;
  /** The criminal market chosen, if any (the count views default to trafficking in persons). */
  market: string | null;
  /** The justice stage chosen on the atlas page, if any. */
  stage: string | null;
  yearFrom: number;
  yearTo: number;
}

/**
 * The rows a selection's points are built from, all already produced by the views' queries:
 * `shares` are one row per State, offence, series and year.
 */
export interface PointsInput {
  scope: PointsScope;
  shares: StageYearShare[];
  /** One row per State of the scope at the chosen stage (its latest year in the period), for comparisons. */
  stateRows: StateShareRow[];
  /** The source whose counts by sex a market's rows come from. */
  countSourceOf(market: string): string;
  published: PublishedFigure[];
  coverage: CoverageCell[];
  sources: SourceRow[];
  /** State names in the reader's language, by ISO code. */
  names: ReadonlyMap<string, string>;
}

/** Texts the project writes about a row (period notes, the group counted): supplied by the data layer, per language. */
export interface RowTexts {
  periodNote?(figure: PublishedFigure): string | null;
  group?(figure: PublishedFigure): string | null;
  /** Where in the source the figure is (table, page or section), when the data record it. */
  locator?(sourceId: string, obsIds: readonly string[]): string | null;
}
