import { defineView } from '../view-spec';
import { stageYearCountsQuery, toStageYearShares } from '../../lib/data/queries/stage-years';
import { buildPipelineChart, pipelineSummary, seriesLabel } from '../../lib/charts/pipeline-chart';
import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { pipelinePoints, type PipelinePoint } from '../../lib/method/pipeline';
import type { StageYearShare } from '../../lib/model/rows';
import {
  countSource,
  DEFAULT_COUNT_MARKET,
  marketHasCounts,
  regionName,
  stateName,
} from '../scope';

interface PipelineModel {
  points: PipelinePoint[];
  scope: string;
}

/** Women's share at each stage of the justice process and among detected victims, over time. */
export const pipelineView = defineView<StageYearShare[], PipelineModel>({
  name: 'pipeline',
  heading: 'viewPipeline',
  figures: ['pipeline'],
  honours: ['yearFrom', 'yearTo', 'region', 'market', 'sourceKind', 'selected'],
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
  model(rows, ctx) {
    const first = ctx.filters.selected[0] ?? null;
    return {
      points: marketHasCounts(ctx) ? pipelinePoints(rows, first) : [],
      scope: first ? stateName(ctx, first) : regionName(ctx),
    };
  },
  figure(_name, model, ctx, width) {
    const source = countSource(ctx);
    if (!source) return null;
    return buildPipelineChart(model.points, {
      document: ctx.document,
      lang: ctx.lang,
      width,
      scopeName: model.scope,
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      source,
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    });
  },
  table(model, ctx) {
    const t = translator(ctx.lang);
    const lang = ctx.lang;
    return {
      columns: [
        t('columnSeries'),
        t('columnYear'),
        t('columnShare'),
        t('columnWomen'),
        t('columnDenominator'),
      ],
      rows: model.points
        .filter((p) => p.share !== null)
        .map((p) => [
          { text: seriesLabel(p.series, lang) },
          { text: String(p.year) },
          { text: formatPercent(p.share ?? 0, lang), obsIds: p.obsIds },
          { text: formatCount(p.women, lang), obsIds: p.obsIds },
          { text: formatCount(p.denominator, lang), obsIds: p.obsIds },
        ]),
    };
  },
  summary: (model, ctx) => pipelineSummary(model.points, ctx.lang, model.scope),
  usage: (model, ctx) => [
    { sourceId: ctx.countSourceId, obsIds: model.points.flatMap((p) => p.obsIds) },
  ],
});
