import { defineView, type ViewContext } from '../view-spec';
import { yearAndPublisher } from '../../lib/map/tooltip';
import { womenShareByStateQuery, toStateShareRows } from '../../lib/data/queries/states-share';
import { countSourceFor } from '../../lib/data/startup';
import { barRows, buildWomenShareByStateChart } from '../../lib/charts/states-chart';
import { summariseShares } from '../../lib/charts/share-summary';
import { buildOsceMap, stateDescription } from '../../lib/map/osce-map';
import { effectiveStage } from '../../lib/method/offences';
import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import type { StateShareRow } from '../../lib/model/rows';
import { numberCell } from '../../lib/ui/table';
import { countMarket, countSource, countText, DEFAULT_COUNT_MARKET, stateNames } from '../scope';

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

export function statesTable(rows: StateShareRow[], ctx: ViewContext) {
  const t = translator(ctx.lang);
  const lang = ctx.lang;
  const count = (n: number | null, ids: string[]) =>
    numberCell(n === null ? '–' : formatCount(n, lang), n, ids);
  return {
    columns: [
      t('columnState'),
      t('columnYear'),
      t('columnShare'),
      t('columnIntervalLow'),
      t('columnIntervalHigh'),
      t('columnWomen'),
      t('columnMen'),
      t('columnTotal'),
      t('columnDenominator'),
      t('columnBasis'),
      t('columnSmallCount'),
    ],
    codes: [
      'iso3',
      'year',
      'share',
      'interval_low',
      'interval_high',
      'women',
      'men',
      'total',
      'denominator',
      'basis',
      'small_count',
    ],
    rows: rows.map((r) => {
      const [womenId = '', otherId = ''] = r.obsIds;
      return [
        { text: localName(r, lang), value: r.iso3 },
        numberCell(r.year === null ? '–' : String(r.year), r.year),
        numberCell(statusText(r, ctx), r.share, r.obsIds),
        numberCell(
          r.interval ? formatPercent(r.interval.low, lang) : '–',
          r.interval?.low ?? null,
          r.obsIds,
        ),
        numberCell(
          r.interval ? formatPercent(r.interval.high, lang) : '–',
          r.interval?.high ?? null,
          r.obsIds,
        ),
        r.womenSuppressed && r.women === null
          ? { text: '<5', value: '<5', obsIds: womenId ? [womenId] : [] }
          : count(r.women, womenId ? [womenId] : []),
        count(r.men, r.shareBasis === 'women_plus_men' && otherId ? [otherId] : []),
        count(r.total, r.shareBasis === 'total' && otherId ? [otherId] : []),
        count(r.denominator, r.obsIds),
        {
          text: r.shareBasis
            ? t(r.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')
            : '–',
          value: r.shareBasis ?? '',
        },
        { text: r.smallCount ? t('yes') : '', value: r.smallCount ? 1 : 0 },
      ];
    }),
  };
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
  queries: (f, data) => {
    const market = f.market ?? DEFAULT_COUNT_MARKET;
    return {
      shares: womenShareByStateQuery({
        sourceId: countSourceFor(market, data.countSourceOverride),
        market,
        stage: effectiveStage(market, f.stage),
        yearFrom: f.yearFrom,
        yearTo: f.yearTo,
        region: f.region,
        sourceKind: f.sourceKind,
      }),
    };
  },
  shape: (raw) => toStateShareRows(raw.shares ?? []),
  model: (rows) => rows,
  figure(name, rows, ctx, layout, range) {
    const market = ctx.filters.market ?? DEFAULT_COUNT_MARKET;
    const text = countText(ctx, market);
    const common = {
      document: ctx.document,
      lang: ctx.lang,
      layout,
      text,
      selected: ctx.filters.selected,
      ...(ctx.measure ? { measure: ctx.measure } : {}),
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
      ...(range ? { range } : {}),
    });
  },
  rows: (name, rows) => (name === 'states-chart' ? barRows(rows).length : 0),
  table: statesTable,
  summary: (rows, ctx) =>
    summariseShares(rows, ctx.lang, countText(ctx, ctx.filters.market ?? DEFAULT_COUNT_MARKET)),
  notices: (_rows, ctx) =>
    countMarket(ctx.filters.market) ? [] : [translator(ctx.lang)('marketNoCounts')],
  usage: (rows) =>
    rows
      .filter((r) => r.sourceId !== null)
      .map((r) => ({ sourceId: r.sourceId ?? '', obsIds: r.obsIds })),
  describeState(rows, ctx, iso3) {
    const row = rows.find((r) => r.iso3 === iso3);
    const name = stateNames(ctx).get(iso3) ?? iso3;
    const t = translator(ctx.lang);
    const publisher = countSource(ctx, ctx.filters.market ?? DEFAULT_COUNT_MARKET)?.publisher ?? '';
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
