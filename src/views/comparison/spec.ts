import { defineView } from '../view-spec';
import { stageYearCountsQuery, toStageYearShares } from '../../lib/data/queries/stage-years';
import { buildComparisonChart, comparisonSummary } from '../../lib/charts/comparison-chart';
import { SERIES_ORDER, seriesLabel } from '../../lib/charts/pipeline-chart';
import { sourcesLine } from '../../lib/charts/source-line';
import { translator } from '../../lib/i18n';
import { comparisonCells, type ComparisonCell } from '../../lib/method/comparison';
import type { StageYearShare } from '../../lib/model/rows';
import { DEFAULT_COUNT_MARKET, marketHasCounts, stateName } from '../scope';

interface ComparisonModel {
  cells: ComparisonCell[];
  names: Map<string, string>;
}

/** Two or more chosen States side by side, stage by stage. */
export const comparisonView = defineView<StageYearShare[], ComparisonModel>({
  name: 'comparison',
  heading: 'viewComparison',
  figures: ['comparison'],
  honours: ['yearFrom', 'yearTo', 'region', 'market', 'sourceKind', 'selected'],
  // The same SQL as the pipeline view: the engine answers it once.
  queries: (f, data) => ({
    stageYears: stageYearCountsQuery({
      sourceId: data.countSourceId,
      market: f.market ?? DEFAULT_COUNT_MARKET,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
      sourceKind: f.sourceKind,
      states: f.selected,
    }),
  }),
  shape: (raw) => toStageYearShares(raw.stageYears ?? []),
  model: (rows, ctx) => ({
    cells: comparisonCells(marketHasCounts(ctx) ? rows : [], ctx.filters.selected, SERIES_ORDER),
    names: new Map(ctx.filters.selected.map((iso3) => [iso3, stateName(ctx, iso3)])),
  }),
  figure: (_name, model, ctx, width) =>
    buildComparisonChart(model.cells, ctx.filters.selected, {
      document: ctx.document,
      lang: ctx.lang,
      width,
      names: model.names,
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      sourcesLine: sourcesLine([ctx.countSourceId], ctx.sources, ctx.lang),
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    }),
  table(model, ctx) {
    const t = translator(ctx.lang);
    return {
      columns: [t('columnState'), t('columnSeries'), t('columnShare'), t('columnYear')],
      rows: model.cells.map((c) => [
        { text: model.names.get(c.iso3) ?? c.iso3 },
        { text: seriesLabel(c.series, ctx.lang) },
        c.latest?.share != null
          ? { text: String(Math.round(c.latest.share * 10) / 10), obsIds: c.latest.obsIds }
          : { text: '–' },
        { text: c.latest ? String(c.latest.year) : '–' },
      ]),
    };
  },
  summary: (model, ctx) =>
    ctx.filters.selected.length < 2
      ? translator(ctx.lang)('comparisonPrompt')
      : comparisonSummary(model.cells, model.names, ctx.lang),
  usage: (model, ctx) => [
    { sourceId: ctx.countSourceId, obsIds: model.cells.flatMap((c) => c.latest?.obsIds ?? []) },
  ],
});
