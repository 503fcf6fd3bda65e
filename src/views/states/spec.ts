import { defineView, type ViewContext } from '../view-spec';
import { womenShareByStateQuery, toStateShareRows } from '../../lib/data/queries/states-share';
import { buildWomenShareByStateChart } from '../../lib/charts/states-chart';
import { summariseShares } from '../../lib/charts/share-summary';
import { buildOsceMap, stateDescription } from '../../lib/map/osce-map';
import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import type { StateShareRow } from '../../lib/model/rows';
import type { TableCell } from '../../lib/ui/table';
import { countSource, DEFAULT_COUNT_MARKET, marketHasCounts, periodText } from '../scope';

const cell = (text: string, obsIds: string[] = []): TableCell =>
  obsIds.length ? { text, obsIds } : { text };

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
  return {
    columns: [
      t('columnState'),
      t('columnYear'),
      t('columnShare'),
      t('columnWomen'),
      t('columnDenominator'),
      t('columnBasis'),
    ],
    rows: rows.map((r) => [
      cell(localName(r, lang)),
      cell(r.year === null ? '–' : String(r.year)),
      cell(statusText(r, ctx), r.obsIds),
      cell(
        r.women === null ? (r.womenSuppressed ? '<5' : '–') : formatCount(r.women, lang),
        r.obsIds.slice(0, 1),
      ),
      cell(
        r.shareBasis === 'women_plus_men'
          ? formatCount((r.women ?? 0) + (r.men ?? 0), lang)
          : r.total === null
            ? '–'
            : formatCount(r.total, lang),
        r.obsIds.slice(1),
      ),
      cell(
        r.shareBasis
          ? t(r.shareBasis === 'women_plus_men' ? 'basisWomenPlusMen' : 'basisTotal')
          : '–',
      ),
    ]),
  };
}

/** Women's share by State: the chart and the map draw the same rows. */
export const statesView = defineView<StateShareRow[], StateShareRow[]>({
  name: 'states',
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
  model: (rows) => rows,
  figure(name, rows, ctx, width) {
    const source = countSource(ctx);
    if (!source) return null;
    const common = {
      document: ctx.document,
      lang: ctx.lang,
      width,
      stage: ctx.filters.stage,
      period: periodText(ctx),
      source,
      selected: ctx.filters.selected,
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    };
    if (name === 'map')
      return ctx.geography
        ? buildOsceMap(ctx.geography, rows, { ...common, outlineStudy: ctx.filters.outlineStudy })
        : null;
    return buildWomenShareByStateChart(rows, {
      ...common,
      showYears: ctx.filters.yearFrom !== ctx.filters.yearTo,
    });
  },
  table: statesTable,
  summary: (rows, ctx) => summariseShares(rows, ctx.lang, translator(ctx.lang)),
  notices: (_rows, ctx) => (marketHasCounts(ctx) ? [] : [translator(ctx.lang)('marketNoCounts')]),
  describeState(rows, ctx, iso3) {
    const row = rows.find((r) => r.iso3 === iso3);
    if (!row) return null;
    return {
      name: localName(row, ctx.lang),
      lines: [
        stateDescription(row, ctx.lang),
        `${row.year ?? '–'} · ${countSource(ctx)?.publisher ?? ''}`,
      ],
      obsIds: row.obsIds,
    };
  },
  usage: (rows) =>
    rows
      .filter((r) => r.sourceId !== null)
      .map((r) => ({ sourceId: r.sourceId ?? '', obsIds: r.obsIds })),
});
