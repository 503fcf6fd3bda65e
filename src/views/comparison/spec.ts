import { defineView, figureOptions } from '../view-spec';
import { toStageYearShares } from '../../lib/data/queries/stage-years';
import { buildComparisonChart, comparisonSummary } from '../../lib/charts/comparison-chart';
import { seriesLabel } from '../../lib/charts/pipeline-chart';
import { sourceLine } from '../../lib/charts/source-line';
import { translator } from '../../lib/i18n';
import { comparisonCells, type ComparisonCell } from '../../lib/method/comparison';
import { isDrugTrafficking, stagesWithCounts } from '../../lib/method/offences';
import type { StageYearShare } from '../../lib/model/rows';
import { codeColumn, shareColumns, tableOf, yearColumn } from '../../lib/ui/table';
import { contextScope, countSource, offencePhrase, stageYearQueries, stateName } from '../scope';

interface ComparisonModel {
  cells: ComparisonCell[];
  names: Map<string, string>;
  series: readonly string[];
}

/** The series a comparison shows for an offence: its stages, and victims for trafficking in persons. */
function seriesOf(market: string): readonly string[] {
  const stages = stagesWithCounts(market);
  return market === 'human_trafficking' ? [...stages, 'victims'] : stages;
}

/** Two or more chosen States side by side, stage by stage. */
export const comparisonView = defineView<StageYearShare[], ComparisonModel>({
  name: 'comparison',
  page: 'atlas',
  heading: 'viewComparison',
  figures: ['comparison'],
  honours: ['yearFrom', 'yearTo', 'region', 'market', 'sourceKind', 'selected'],
  // '-' matches no State: with none chosen the comparison is empty, not the whole region.
  queries: (f, data) => stageYearQueries(f, data, f.selected.length > 0 ? f.selected : ['-']),
  shape: (raw) => toStageYearShares(raw.stageYears ?? []),
  model: (rows, ctx) => {
    const { market, counted } = contextScope(ctx);
    const series = seriesOf(market);
    return {
      cells: comparisonCells(counted ? rows : [], ctx.filters.selected, series),
      names: new Map(ctx.filters.selected.map((iso3) => [iso3, stateName(ctx, iso3)])),
      series,
    };
  },
  figure(_name, model, ctx, layout) {
    const t = translator(ctx.lang);
    const { market } = contextScope(ctx);
    const source = countSource(ctx);
    return buildComparisonChart(model.cells, ctx.filters.selected, {
      ...figureOptions(ctx, layout),
      names: model.names,
      series: model.series,
      title:
        ctx.filters.selected.length < 2
          ? t('comparisonTitleNone', { offence: offencePhrase(market, ctx.lang) })
          : t('comparisonTitle', {
              states: ctx.filters.selected.map((s) => model.names.get(s) ?? s).join(', '),
              offence: offencePhrase(market, ctx.lang),
            }),
      subtitle: t('comparisonSubtitle', { from: ctx.filters.yearFrom, to: ctx.filters.yearTo }),
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      sourcesLine: source ? sourceLine(source, ctx.lang) : '',
      notes: isDrugTrafficking(market) ? [{ text: t('noteDrugOffences') }] : [],
      offence: offencePhrase(market, ctx.lang),
    });
  },
  // With fewer than two States there is nothing to compare: the figure asks for a second.
  emptyReason: (_model, ctx) =>
    ctx.filters.selected.length < 2 ? translator(ctx.lang)('comparisonPrompt') : null,
  table: (model, ctx) =>
    tableOf<ComparisonCell>(
      ctx.lang,
      [
        codeColumn('iso3', 'columnState', (c) => ({
          text: model.names.get(c.iso3) ?? c.iso3,
          value: c.iso3,
        })),
        codeColumn('series', 'columnSeries', (c) => ({
          text: seriesLabel(c.series, ctx.lang),
          value: c.series,
        })),
        yearColumn('year', 'columnYear', (c) => c.latest?.year),
        ...shareColumns(ctx.lang, (c: ComparisonCell) => c.latest ?? null, {
          denominatorIds: false,
        }),
      ],
      model.cells,
    ),
  summary: (model, ctx) =>
    ctx.filters.selected.length < 2
      ? translator(ctx.lang)('comparisonPrompt')
      : comparisonSummary(
          model.cells,
          model.names,
          model.series,
          ctx.lang,
          offencePhrase(contextScope(ctx).market, ctx.lang),
        ),
  usage: (model, ctx) => [
    {
      sourceId: contextScope(ctx).sourceId,
      obsIds: model.cells.flatMap((c) => c.latest?.obsIds ?? []),
    },
  ],
});
