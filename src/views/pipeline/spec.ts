import { defineView, figureOptions, type ViewContext } from '../view-spec';
import { toStageYearShares } from '../../lib/data/queries/stage-years';
import { buildPipelineChart, pipelineSummary, seriesLabel } from '../../lib/charts/pipeline-chart';
import { sourceLine } from '../../lib/charts/source-line';
import { LOCALES, translator } from '../../lib/i18n';
import { totalDiffersNotes as sharedTotalDiffersNotes } from '../../lib/charts/count-figure';
import type { FrameNote } from '../../lib/charts/frame';
import { pipelineModel, type PipelineModel } from '../../lib/method/pipeline';
import { isDrugTrafficking } from '../../lib/method/offences';
import type { StageYearShare } from '../../lib/model/rows';
import {
  codeColumn,
  countColumn,
  shareColumns,
  tableOf,
  yearColumn,
  type ViewTable,
} from '../../lib/ui/table';
import {
  contextScope,
  countSource,
  offencePhrase,
  regionName,
  stageYearQueries,
  stateName,
  stateNames,
} from '../scope';

interface PipelineView {
  model: PipelineModel;
  scope: string;
  /** Rows drawn whose women + men differ from the source's total, said on the figure. */
  differing: StageYearShare[];
}

/** The rows behind the drawn points whose share is of women + men while the total differs. */
function totalsDiffering(rows: StageYearShare[], model: PipelineModel): StageYearShare[] {
  const drawn = new Set(model.points.flatMap((p) => p.obsIds));
  return rows.filter(
    (r) =>
      r.basis === 'women_plus_men' &&
      r.total !== null &&
      r.denominator !== null &&
      r.total !== r.denominator &&
      r.obsIds.some((id) => drawn.has(id)),
  );
}

/** Says where women + men differ from the source's total, with the atlas's note on why. */
export function totalDiffersNotes(
  differing: StageYearShare[],
  ctx: ViewContext,
  pooled = false,
): FrameNote[] {
  return sharedTotalDiffersNotes(
    differing,
    ctx.lang,
    (r) => `${stateName(ctx, r.iso3)} · ${r.year} · ${seriesLabel(r.series, ctx.lang)}`,
    pooled ? 'totalDiffersPooled' : null,
  );
}

export function yearsOf(ctx: ViewContext): number[] {
  const { yearFrom, yearTo } = ctx.filters;
  return Array.from({ length: yearTo - yearFrom + 1 }, (_, i) => yearFrom + i);
}

/** A pipeline table: one row per series and year drawn, with the counts and States behind it. */
export function pipelineTable(model: PipelineModel, ctx: ViewContext): ViewTable {
  const lang = ctx.lang;
  type Point = PipelineModel['points'][number];
  return tableOf<Point>(
    lang,
    [
      codeColumn('series', 'columnSeries', (p) => ({
        text: seriesLabel(p.series, lang),
        value: p.key,
      })),
      yearColumn('year', 'columnYear', (p) => p.year),
      ...shareColumns(lang, (p: Point) => p),
      countColumn(lang, 'states', 'columnStates', (p) => p.states),
    ],
    model.points,
  );
}

/** Women's share at each stage of the justice process and among detected victims, over time. */
export const pipelineView = defineView<StageYearShare[], PipelineView>({
  name: 'pipeline',
  page: 'atlas',
  heading: 'viewPipeline',
  figures: ['pipeline'],
  honours: ['yearFrom', 'yearTo', 'region', 'market', 'sourceKind', 'selected'],
  queries: (f, data) => stageYearQueries(f, data, f.selected.slice(0, 1)),
  shape: (raw) => toStageYearShares(raw.stageYears ?? []),
  model(rows, ctx) {
    const first = ctx.filters.selected[0] ?? null;
    const model: PipelineModel = contextScope(ctx).counted
      ? pipelineModel(rows, first, yearsOf(ctx))
      : { scope: first ? 'state' : 'group', points: [], series: [] };
    // A pool of fewer than four States is named by its States, never by a wider area.
    const pooled = [...new Set(model.series.flatMap((s) => s.panel?.states ?? []))];
    const names = pooled
      .map((iso3) => stateName(ctx, iso3))
      .sort((a, b) => a.localeCompare(b, ctx.lang));
    return {
      model,
      differing: totalsDiffering(rows, model),
      scope: first
        ? stateName(ctx, first)
        : pooled.length > 0 && pooled.length < 4
          ? new Intl.ListFormat(LOCALES[ctx.lang], { type: 'conjunction' }).format(names)
          : regionName(ctx),
    };
  },
  figure(_name, view, ctx, layout) {
    const t = translator(ctx.lang);
    const { market } = contextScope(ctx);
    const source = countSource(ctx);
    return buildPipelineChart(view.model, {
      ...figureOptions(ctx, layout),
      title: t(
        isDrugTrafficking(market)
          ? 'pipelineTitleDrugs'
          : view.model.series.some((s) => s.series === 'victims')
            ? 'pipelineTitle'
            : 'pipelineTitleOffenders',
        {
          scope: view.scope,
          offence: offencePhrase(market, ctx.lang),
        },
      ),
      subtitle: t('pipelineSubtitle', { from: ctx.filters.yearFrom, to: ctx.filters.yearTo }),
      sourceLine: source ? sourceLine(source, ctx.lang) : '',
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      notes: [
        ...(isDrugTrafficking(market) ? [{ text: t('noteDrugOffences') }] : []),
        ...totalDiffersNotes(view.differing, ctx, view.model.scope === 'group'),
      ],
      names: stateNames(ctx),
    });
  },
  table: (view, ctx) => pipelineTable(view.model, ctx),
  // One State at a time: the others picked are said, never dropped silently.
  notices: (_view, ctx) => {
    const [first, ...others] = ctx.filters.selected;
    if (!first || others.length === 0) return [];
    return [
      translator(ctx.lang)('pipelineFirstStateOnly', {
        state: stateName(ctx, first),
        others: new Intl.ListFormat(LOCALES[ctx.lang], { type: 'conjunction' }).format(
          others.map((iso3) => stateName(ctx, iso3)),
        ),
        n: others.length,
      }),
    ];
  },
  summary: (view, ctx) => pipelineSummary(view.model, ctx.lang, view.scope),
  usage: (view, ctx) => [
    {
      sourceId: contextScope(ctx).sourceId,
      obsIds: [
        ...view.model.points.flatMap((p) => p.obsIds),
        ...view.differing.flatMap((r) => r.totalObsIds ?? []),
      ],
    },
  ],
});
