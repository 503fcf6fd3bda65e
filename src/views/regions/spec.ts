import { defineView, figureOptions, type ViewContext } from '../view-spec';
import { translator } from '../../lib/i18n';
import { statusNotes } from '../../lib/charts/count-figure';
import { toStateShareRows } from '../../lib/data/queries/states-share';
import { buildRegionsChart, regionsSummary } from '../../lib/charts/regions-chart';
import { SUBREGION, labelOf } from '../../lib/vocabulary/codes';
import type { GroupShare } from '../../lib/method/shares';
import type { StateShareRow } from '../../lib/model/rows';
import {
  codeColumn,
  countColumn,
  intervalColumns,
  percentColumn,
  tableOf,
} from '../../lib/ui/table';
import { countText, stateSharesQueries, subregionGroups } from '../scope';

const ids = (g: GroupShare) => g.obsIds;

interface RegionsModel {
  states: StateShareRow[];
  groups: GroupShare[];
}

/**
 * Why the chart has no subregion to draw, or null when it has one: a region whose States the
 * sources do not list (South-Eastern Europe), or a region none of whose States has a share,
 * with the reason of each (suppressed, totals only, no figure…) as the States view gives it.
 */
export function regionsEmptyReason(model: RegionsModel, ctx: ViewContext): string | null {
  if (model.groups.some((g) => g.statesWithShare > 0) || ctx.filters.region === null) return null;
  const t = translator(ctx.lang);
  const text = countText(ctx);
  const listed = ctx.regions.find((r) => r.code === ctx.filters.region);
  if (listed && listed.members.length === 0)
    return t('regionsEmptyNoMembers', { region: text.scopeName });
  const reasons = statusNotes(model.states, ctx.lang, text).map((n) => n.text);
  return t('regionsEmptyNoShare', {
    region: text.scopeName,
    count: text.scopeSize,
    reasons: reasons.join(' '),
  }).trim();
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
      ...figureOptions(ctx, layout),
      range,
      text: countText(ctx),
    }),
  emptyReason: regionsEmptyReason,
  table: (model, ctx) =>
    tableOf<GroupShare>(
      ctx.lang,
      [
        codeColumn('subregion', 'columnSubregion', (g) => ({
          text: labelOf(SUBREGION, g.group, ctx.lang),
          value: g.group,
        })),
        percentColumn(ctx.lang, 'pooled_share', 'columnPooled', (g) => g.pooledShare, ids),
        ...intervalColumns(ctx.lang, (g: GroupShare) => g.pooledInterval),
        countColumn(ctx.lang, 'women', 'columnWomen', (g) => g.pooledWomen, ids),
        countColumn(ctx.lang, 'denominator', 'columnDenominator', (g) => g.pooledDenominator, ids),
        percentColumn(ctx.lang, 'median_share', 'columnMedian', (g) => g.medianShare, ids),
        countColumn(ctx.lang, 'states_with_share', 'columnStates', (g) => g.statesWithShare),
        countColumn(ctx.lang, 'suppressed_left_out', 'columnExcluded', (g) => g.suppressedExcluded),
      ],
      model.groups,
    ),
  summary: (model, ctx) => regionsSummary(model.groups, ctx.lang, regionsEmptyReason(model, ctx)),
  notices: (model, ctx) => {
    const reason = regionsEmptyReason(model, ctx);
    return reason ? [reason] : [];
  },
  usage: (model) =>
    model.states
      .filter((r) => r.sourceId !== null && r.share !== null)
      .map((r) => ({ sourceId: r.sourceId ?? '', obsIds: r.obsIds })),
});
