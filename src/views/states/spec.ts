import { defineView, figureOptions, type ViewContext } from '../view-spec';
import { yearAndPublisher } from '../../lib/map/tooltip';
import { toStateShareRows } from '../../lib/data/queries/states-share';
import { barRows, buildWomenShareByStateChart } from '../../lib/charts/states-chart';
import { summariseShares, totalDiffers } from '../../lib/charts/count-figure';
import { buildOsceMap, stateDescription } from '../../lib/map/osce-map';
import { formatPercent, translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import type { StateShareRow } from '../../lib/model/rows';
import {
  countCell,
  countColumn,
  intervalColumns,
  numberCell,
  tableOf,
  yearColumn,
  type ViewTable,
} from '../../lib/ui/table';
import { contextScope, countSource, countText, stateNames, stateSharesQueries } from '../scope';

function statusText(r: StateShareRow, ctx: ViewContext): string {
  const t = translator(ctx.lang);
  switch (r.status) {
    case 'share':
      return formatPercent(r.share ?? 0, ctx.lang);
    case 'suppressed':
      return t('tooltipSuppressed');
    case 'total_only':
      return t('legendTotalOnly');
    case 'partial_by_sex':
      return t('legendPartial');
    case 'zero_persons':
      return t('tooltipZero');
    default:
      return t('tooltipNoData');
  }
}

export function statesTable(rows: StateShareRow[], ctx: ViewContext): ViewTable {
  const t = translator(ctx.lang);
  const lang = ctx.lang;
  const ids = (r: StateShareRow) => r.obsIds;
  const womenId = (r: StateShareRow) => (r.obsIds[0] ? [r.obsIds[0]] : []);
  const otherId = (r: StateShareRow, basis: StateShareRow['shareBasis']) =>
    r.shareBasis === basis && r.obsIds[1] ? [r.obsIds[1]] : [];
  return tableOf<StateShareRow>(
    lang,
    [
      {
        code: 'iso3',
        label: 'columnState',
        cell: (r) => ({ text: localName(r, lang), value: r.iso3 }),
      },
      yearColumn('year', 'columnYear', (r) => r.year),
      {
        code: 'share',
        label: 'columnShare',
        cell: (r) => numberCell(statusText(r, ctx), r.share, r.obsIds),
      },
      ...intervalColumns(lang, (r) => r.interval, ids),
      {
        code: 'women',
        label: 'columnWomen',
        cell: (r) =>
          r.womenSuppressed && r.women === null
            ? { text: '<5', value: '<5', obsIds: womenId(r) }
            : countCell(r.women, womenId(r), lang),
      },
      countColumn(
        lang,
        'men',
        'columnMen',
        (r) => r.men,
        (r) => otherId(r, 'women_plus_men'),
      ),
      countColumn(
        lang,
        'total',
        'columnTotal',
        (r) => r.total,
        (r) => otherId(r, 'total'),
      ),
      countColumn(lang, 'denominator', 'columnDenominator', (r) => r.denominator, ids),
      {
        code: 'basis',
        label: 'columnBasis',
        cell: (r) => ({
          text: r.shareBasis
            ? t(r.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')
            : '–',
          value: r.shareBasis ?? '',
        }),
      },
      {
        code: 'small_count',
        label: 'columnSmallCount',
        cell: (r) => ({ text: r.smallCount ? t('yes') : '', value: r.smallCount ? 1 : 0 }),
      },
    ],
    rows,
  );
}

/** Women's share by State: the chart and the map draw the same rows. */
export const statesView = defineView<StateShareRow[], StateShareRow[]>({
  name: 'states',
  page: 'atlas',
  heading: 'viewStates',
  figures: ['states-chart', 'map'],
  honours: [
    'stage',
    'yearFrom',
    'yearTo',
    'region',
    'market',
    'sourceKind',
    'selected',
    'outlineStudy',
  ],
  queries: stateSharesQueries,
  shape: (raw) => toStateShareRows(raw.shares ?? []),
  model: (rows) => rows,
  figure(name, rows, ctx, layout, range) {
    const text = countText(ctx);
    const common = {
      ...figureOptions(ctx, layout),
      text,
      selected: ctx.filters.selected,
    };
    if (name === 'map')
      return ctx.geography
        ? buildOsceMap(ctx.geography, rows, {
            ...common,
            outlineStudy: ctx.filters.outlineStudy,
            names: stateNames(ctx),
          })
        : null;
    return buildWomenShareByStateChart(rows, {
      ...common,
      showYears: ctx.filters.yearFrom !== ctx.filters.yearTo,
      range,
    });
  },
  emptyReason: (_rows, ctx) => translator(ctx.lang)('emptyResult'),
  rows: (name, rows) => (name === 'states-chart' ? barRows(rows).length : 0),
  table: statesTable,
  summary: (rows, ctx) => summariseShares(rows, ctx.lang, countText(ctx)),
  notices: (_rows, ctx) =>
    contextScope(ctx).counted ? [] : [translator(ctx.lang)('marketNoCounts')],
  usage: (rows) =>
    rows
      .filter((r) => r.sourceId !== null)
      .map((r) => ({
        sourceId: r.sourceId ?? '',
        obsIds: totalDiffers(r) ? [...r.obsIds, ...(r.totalObsIds ?? [])] : r.obsIds,
      })),
  describeState(rows, ctx, iso3) {
    const row = rows.find((r) => r.iso3 === iso3);
    const name = stateNames(ctx).get(iso3) ?? iso3;
    const t = translator(ctx.lang);
    const publisher = countSource(ctx)?.publisher ?? '';
    if (!row)
      return {
        name,
        lines: [t(ctx.filters.region === null ? 'tooltipNoData' : 'tooltipOutside')],
        obsIds: [],
      };
    return {
      name,
      lines: [stateDescription(row, ctx.lang), ...yearAndPublisher(row.year, publisher)],
      obsIds: row.obsIds,
    };
  },
});
