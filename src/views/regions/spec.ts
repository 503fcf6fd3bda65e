import { defineView } from '../view-spec';
import { toStateShareRows } from '../../lib/data/queries/states-share';
import { buildRegionsChart, regionsSummary } from '../../lib/charts/regions-chart';
import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { SUBREGION, labelOf } from '../../lib/vocabulary/codes';
import type { GroupShare } from '../../lib/method/shares';
import type { StateShareRow } from '../../lib/model/rows';
import { numberCell } from '../../lib/ui/table';
import { countText, stateSharesQueries, subregionGroups } from '../scope';

interface RegionsModel {
  states: StateShareRow[];
  groups: GroupShare[];
}

/** Pooled share and median of State shares per UN M49 subregion. */
export const regionsView = defineView<StateShareRow[], RegionsModel>({
  name: 'regions',
  page: 'atlas',
  heading: 'viewRegions',
  figures: ['regions'],
  honours: ['stage', 'yearFrom', 'yearTo', 'region', 'market', 'sourceKind'],
  // The same SQL as the States view: the engine answers it once.
  queries: stateSharesQueries,
  shape: (raw) => toStateShareRows(raw.shares ?? []),
  model: (states) => ({ states, groups: subregionGroups(states) }),
  rows: (_name, model) => model.groups.length,
  figure: (_name, model, ctx, layout, range) =>
    buildRegionsChart(model.groups, model.states, {
      document: ctx.document,
      lang: ctx.lang,
      layout,
      ...(range ? { range } : {}),
      text: countText(ctx),
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    }),
  table(model, ctx) {
    const t = translator(ctx.lang);
    const lang = ctx.lang;
    return {
      columns: [
        t('columnSubregion'),
        t('columnPooled'),
        t('columnIntervalLow'),
        t('columnIntervalHigh'),
        t('columnWomen'),
        t('columnDenominator'),
        t('columnMedian'),
        t('columnStates'),
        t('columnExcluded'),
      ],
      codes: [
        'subregion',
        'pooled_share',
        'interval_low',
        'interval_high',
        'women',
        'denominator',
        'median_share',
        'states_with_share',
        'suppressed_left_out',
      ],
      rows: model.groups.map((g) => [
        { text: labelOf(SUBREGION, g.group, lang), value: g.group },
        numberCell(
          g.pooledShare === null ? '–' : formatPercent(g.pooledShare, lang),
          g.pooledShare,
          g.obsIds,
        ),
        numberCell(
          g.pooledInterval ? formatPercent(g.pooledInterval.low, lang) : '–',
          g.pooledInterval?.low ?? null,
        ),
        numberCell(
          g.pooledInterval ? formatPercent(g.pooledInterval.high, lang) : '–',
          g.pooledInterval?.high ?? null,
        ),
        numberCell(formatCount(g.pooledWomen, lang), g.pooledWomen, g.obsIds),
        numberCell(formatCount(g.pooledDenominator, lang), g.pooledDenominator, g.obsIds),
        numberCell(
          g.medianShare === null ? '–' : formatPercent(g.medianShare, lang),
          g.medianShare,
          g.obsIds,
        ),
        numberCell(String(g.statesWithShare), g.statesWithShare),
        numberCell(String(g.suppressedExcluded), g.suppressedExcluded),
      ]),
    };
  },
  summary: (model, ctx) => regionsSummary(model.groups, ctx.lang),
  usage: (model) =>
    model.states
      .filter((r) => r.sourceId !== null && r.share !== null)
      .map((r) => ({ sourceId: r.sourceId ?? '', obsIds: r.obsIds })),
});
