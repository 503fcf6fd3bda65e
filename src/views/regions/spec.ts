import { defineView } from '../view-spec';
import { womenShareByStateQuery, toStateShareRows } from '../../lib/data/queries/states-share';
import { buildRegionsChart, regionsSummary } from '../../lib/charts/regions-chart';
import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { SUBREGION, labelOf } from '../../lib/vocabulary/codes';
import type { GroupShare } from '../../lib/method/shares';
import type { StateShareRow } from '../../lib/model/rows';
import {
  countSource,
  DEFAULT_COUNT_MARKET,
  periodText,
  stagePhrase,
  subregionGroups,
} from '../scope';

interface RegionsModel {
  states: StateShareRow[];
  groups: GroupShare[];
}

/** Pooled share and median of State shares per UN M49 subregion. */
export const regionsView = defineView<StateShareRow[], RegionsModel>({
  name: 'regions',
  heading: 'viewRegions',
  figures: ['regions'],
  honours: ['stage', 'yearFrom', 'yearTo', 'region', 'market', 'sourceKind'],
  // The same SQL as the States view: the engine answers it once.
  queries: (f, data) => ({
    shares: womenShareByStateQuery({
      sourceId: data.countSourceId,
      market: f.market ?? DEFAULT_COUNT_MARKET,
      stage: f.stage,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
      sourceKind: f.sourceKind,
    }),
  }),
  shape: (raw) => toStateShareRows(raw.shares ?? []),
  model: (states) => ({ states, groups: subregionGroups(states) }),
  figure(_name, model, ctx, width) {
    const source = countSource(ctx);
    if (!source) return null;
    return buildRegionsChart(model.groups, model.states, {
      document: ctx.document,
      lang: ctx.lang,
      width,
      stagePhrase: stagePhrase(ctx),
      period: periodText(ctx),
      source,
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    });
  },
  table(model, ctx) {
    const t = translator(ctx.lang);
    const lang = ctx.lang;
    return {
      columns: [
        t('columnSubregion'),
        t('columnPooled'),
        t('columnMedian'),
        t('columnStates'),
        t('columnExcluded'),
      ],
      rows: model.groups.map((g) => [
        { text: labelOf(SUBREGION, g.group, lang) },
        g.pooledShare === null
          ? { text: '–' }
          : {
              text: `${formatPercent(g.pooledShare, lang)} (${formatCount(g.pooledWomen, lang)} / ${formatCount(g.pooledDenominator, lang)})`,
              obsIds: g.obsIds,
            },
        g.medianShare === null
          ? { text: '–' }
          : { text: formatPercent(g.medianShare, lang), obsIds: g.obsIds },
        { text: String(g.statesWithShare) },
        { text: String(g.suppressedExcluded) },
      ]),
    };
  },
  summary: (model, ctx) => regionsSummary(model.groups, ctx.lang),
  usage: (model) =>
    model.states
      .filter((r) => r.sourceId !== null && r.share !== null)
      .map((r) => ({ sourceId: r.sourceId ?? '', obsIds: r.obsIds })),
});
