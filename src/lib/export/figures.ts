import type { ViewResults, StartupTables } from '../data/view-queries';
import type { Filters } from '../state/url-codec';
import type { OsceGeography } from '../map/osce-map';
import { buildOsceMap } from '../map/osce-map';
import { translator, STAGE_PHRASE } from '../i18n';
import { SUBREGION, labelOf } from '../vocabulary/codes';
import { buildWomenShareByStateChart } from '../charts/women-share-by-state';
import { buildRegionsChart } from '../charts/regions-chart';
import { buildPipelineChart, SERIES_ORDER } from '../charts/pipeline-chart';
import { buildHierarchyChart } from '../charts/hierarchy-chart';
import { buildMarketsChart, marketRows } from '../charts/markets-chart';
import { buildCoverageMatrix } from '../charts/coverage-matrix';
import { buildComparisonChart } from '../charts/comparison-chart';
import { stateName } from '../charts/share-summary';
import { pipelinePoints } from '../method/pipeline';
import { comparisonCells } from '../method/comparison';
import { womenShareFigures } from '../method/published';
import { filteredFigures, sourcesLine, subregionGroups } from '../../views/view-models';

export const FIGURE_NAMES = [
  'states-chart',
  'map',
  'regions',
  'pipeline',
  'comparison',
  'hierarchy',
  'markets',
  'coverage',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export interface FigureContext {
  document: Document;
  filters: Filters;
  results: ViewResults;
  startup: Pick<StartupTables, 'sources' | 'regions'>;
  geography: OsceGeography | null;
  countSourceId: string;
}

/** Everything the views derive from the results, computed the same way in the app and the CLI. */
export function figureModel(ctx: FigureContext) {
  const { filters, results, startup } = ctx;
  const lang = filters.lang;
  const t = translator(lang);
  const marketHasCounts = filters.market === null || filters.market === 'human_trafficking';
  const shares =
    marketHasCounts && filters.hierarchy === null && filters.position === null
      ? results.shares
      : results.shares.map((r) => ({ ...r, share: null, status: 'no_data' as const, obsIds: [] }));
  const period =
    filters.yearFrom === filters.yearTo
      ? String(filters.yearFrom)
      : t('periodLatest', { from: filters.yearFrom, to: filters.yearTo });
  const names = new Map(results.shares.map((r) => [r.iso3, stateName(r, lang)]));
  const subregion = filters.region !== null ? labelOf(SUBREGION, filters.region, lang) : null;
  const regionRow = startup.regions.find((r) => r.code === filters.region);
  const regionName =
    filters.region === null
      ? t('scopeAll')
      : subregion !== filters.region
        ? (subregion ?? filters.region)
        : ((lang === 'fr' ? regionRow?.nameFr : regionRow?.nameEn) ?? filters.region);
  const source =
    startup.sources.find((s) => s.sourceId === ctx.countSourceId) ?? startup.sources[0];
  const figures = filteredFigures(results, filters);
  const allFigures = womenShareFigures(results.published);
  return {
    lang,
    t,
    marketHasCounts,
    shares,
    period,
    stagePhrase: STAGE_PHRASE[lang][filters.stage] ?? filters.stage,
    names,
    regionName,
    source,
    groups: subregionGroups(shares),
    pipelineScope: filters.selected[0]
      ? (names.get(filters.selected[0]) ?? filters.selected[0])
      : regionName,
    points: marketHasCounts ? pipelinePoints(results.stageYears, filters.selected[0] ?? null) : [],
    figures,
    allFigures,
    markets: marketRows(allFigures, results.scores),
    comparison: comparisonCells(
      marketHasCounts ? results.stageYears : [],
      filters.selected,
      SERIES_ORDER,
    ),
  };
}

export type FigureModel = ReturnType<typeof figureModel>;

export function figureBuilders(
  ctx: FigureContext,
  model: FigureModel = figureModel(ctx),
): Partial<Record<FigureName, (width: number) => SVGSVGElement>> {
  const { document, filters, startup } = ctx;
  const { lang, source } = model;
  if (!source) return {};
  const sources = startup.sources;
  const linesFor = (ids: string[]) => sourcesLine(ids, sources, lang);
  const builders: Partial<Record<FigureName, (width: number) => SVGSVGElement>> = {
    'states-chart': (width) =>
      buildWomenShareByStateChart(model.shares, {
        document,
        lang,
        width,
        stage: filters.stage,
        period: model.period,
        showYears: filters.yearFrom !== filters.yearTo,
        source,
        selected: filters.selected,
      }),
    regions: (width) =>
      buildRegionsChart(model.groups, model.shares, {
        document,
        lang,
        width,
        stagePhrase: model.stagePhrase,
        period: model.period,
        source,
      }),
    pipeline: (width) =>
      buildPipelineChart(model.points, {
        document,
        lang,
        width,
        scopeName: model.pipelineScope,
        yearFrom: filters.yearFrom,
        yearTo: filters.yearTo,
        source,
      }),
    comparison: (width) =>
      buildComparisonChart(model.comparison, filters.selected, {
        document,
        lang,
        width,
        names: model.names,
        yearFrom: filters.yearFrom,
        yearTo: filters.yearTo,
        sourcesLine: linesFor([ctx.countSourceId]),
      }),
    hierarchy: (width) =>
      buildHierarchyChart(model.figures, {
        document,
        lang,
        width,
        sourcesLine: linesFor(model.figures.flatMap((f) => f.sourceIds)),
      }),
    markets: (width) =>
      buildMarketsChart(model.markets, {
        document,
        lang,
        width,
        regionName: model.regionName,
        highlight: filters.market,
        sourcesLine: linesFor([...model.allFigures.flatMap((f) => f.sourceIds), 'GITOC_OCINDEX']),
      }),
    coverage: (width) =>
      buildCoverageMatrix(ctx.results.coverage, {
        document,
        lang,
        width,
        yearFrom: filters.yearFrom,
        yearTo: filters.yearTo,
        sourcesLine: linesFor([ctx.countSourceId]),
      }),
  };
  const geography = ctx.geography;
  if (geography) {
    builders.map = (width) =>
      buildOsceMap(geography, model.shares, {
        document,
        lang,
        width,
        stage: filters.stage,
        period: model.period,
        source,
        selected: filters.selected,
        outlineStudy: filters.outlineStudy,
      });
  }
  return builders;
}

export function buildFigures(
  ctx: FigureContext & { width: number },
): Record<FigureName, SVGSVGElement> {
  const builders = figureBuilders(ctx);
  return Object.fromEntries(
    FIGURE_NAMES.filter((n) => builders[n]).map((name) => [name, builders[name]!(ctx.width)]),
  ) as Record<FigureName, SVGSVGElement>;
}
