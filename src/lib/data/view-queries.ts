import type { Filters } from '../state/url-codec';
import { STAGE } from '../vocabulary/codes';
import type { Row } from './runner';
import type { SqlQuery } from './sql';
import { sourcesQuery, toSourceRows, type SourceRow } from './queries/sources';
import { regionsQuery, toRegionRows, type RegionRow } from './queries/regions';
import {
  toStateShareRows,
  womenShareByStateQuery,
  type StateShareRow,
} from './queries/women-share-by-state';
import {
  stageYearCountsQuery,
  toStageYearShares,
  type StageYearShare,
} from './queries/share-pivot';
import {
  publishedFiguresQuery,
  toPublishedFigures,
  type PublishedFigure,
} from './queries/published-figures';
import { marketScoresQuery, toMarketScores, type MarketScore } from './queries/market-scores';
import { coverageQuery, toCoverageCells, type CoverageCell } from './queries/coverage';

export const UNODC_SOURCE_ID = 'UNODC_GLOTIP';
export const GITOC_EDITION = 2023;

export interface ViewResults {
  shares: StateShareRow[];
  stageYears: StageYearShare[];
  published: PublishedFigure[];
  scores: MarketScore[];
  coverage: CoverageCell[];
}

export interface StartupTables {
  sources: SourceRow[];
  regions: RegionRow[];
  keyFigures: PublishedFigure[];
}

/** The queries behind every view, for one state of the filters. */
export function viewQueries(
  filters: Filters,
  countSourceId: string = UNODC_SOURCE_ID,
): Record<keyof ViewResults, SqlQuery> {
  const base = {
    stage: filters.stage,
    // The per-State counts by sex are trafficking figures; other markets have none.
    market: filters.market ?? 'human_trafficking',
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
    region: filters.region,
    sourceKind: filters.sourceKind,
  };
  return {
    shares: womenShareByStateQuery({ ...base, sourceId: countSourceId }),
    stageYears: stageYearCountsQuery({
      ...base,
      sourceId: countSourceId,
      states: filters.selected,
    }),
    published: publishedFiguresQuery({
      excludeSourceId: UNODC_SOURCE_ID,
      sourceKind: filters.sourceKind,
      yearFrom: filters.yearFrom,
      yearTo: filters.yearTo,
    }),
    scores: marketScoresQuery({ edition: GITOC_EDITION, region: filters.region }),
    coverage: coverageQuery({
      stages: Object.keys(STAGE),
      yearFrom: filters.yearFrom,
      yearTo: filters.yearTo,
      region: filters.region,
    }),
  };
}

export const VIEW_SHAPERS: { [K in keyof ViewResults]: (rows: Row[]) => ViewResults[K] } = {
  shares: toStateShareRows,
  stageYears: toStageYearShares,
  published: toPublishedFigures,
  scores: toMarketScores,
  coverage: toCoverageCells,
};

export function shapeViews(raw: Record<string, Row[]>): ViewResults {
  return {
    shares: VIEW_SHAPERS.shares(raw.shares ?? []),
    stageYears: VIEW_SHAPERS.stageYears(raw.stageYears ?? []),
    published: VIEW_SHAPERS.published(raw.published ?? []),
    scores: VIEW_SHAPERS.scores(raw.scores ?? []),
    coverage: VIEW_SHAPERS.coverage(raw.coverage ?? []),
  };
}

/** Tables read once at start-up: sources, regions, and every published figure (key findings). */
export function startupQueries(): Record<keyof StartupTables, SqlQuery> {
  return {
    sources: sourcesQuery(),
    regions: regionsQuery(),
    keyFigures: publishedFiguresQuery({
      excludeSourceId: UNODC_SOURCE_ID,
      sourceKind: null,
      yearFrom: 1900,
      yearTo: 2100,
    }),
  };
}

export function shapeStartup(raw: Record<string, Row[]>): StartupTables {
  return {
    sources: toSourceRows(raw.sources ?? []),
    regions: toRegionRows(raw.regions ?? []),
    keyFigures: toPublishedFigures(raw.keyFigures ?? []),
  };
}
