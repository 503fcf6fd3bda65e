import { defineView, figureOptions } from '../view-spec';
import {
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../lib/data/queries/published-figures';
import { marketScoresQuery, toMarketScores } from '../../lib/data/queries/market-scores';
import { stageYearCountsQuery, toStageYearShares } from '../../lib/data/queries/stage-years';
import {
  COUNT_OFFENCES,
  COUNT_SOURCE_IDS,
  countSourceFor,
  GITOC_EDITION,
  GITOC_SOURCE_ID,
} from '../../lib/model/sources';
import {
  buildMarketsChart,
  marketsStateRows,
  marketsSummary,
  OFFENCE_COLUMNS,
  SCORE_COLUMNS,
  type MarketsStateRow,
} from '../../lib/charts/markets-chart';
import {
  buildMarketFiguresChart,
  marketRows,
  type MarketRow,
} from '../../lib/charts/market-figures-chart';
import { seriesLabel } from '../../lib/charts/pipeline-chart';
import { sourcesLine } from '../../lib/charts/source-line';
import { translator, joinSemicolon } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { shareFigures } from '../../lib/method/published';
import { MARKET, labelOf } from '../../lib/vocabulary/codes';
import type { MarketScore, PublishedFigure, StageYearShare } from '../../lib/model/rows';
import { codeColumn, shareColumns, tableOf, yearColumn } from '../../lib/ui/table';
import { regionName } from '../scope';
import { formatScore } from '../../lib/charts/score-format';

interface MarketsResult {
  stageYears: StageYearShare[];
  scores: MarketScore[];
  published: PublishedFigure[];
}

/** One row of the table: a State's latest share for one offence and stage. */
interface MarketsTableRow {
  state: MarketsStateRow;
  cell: MarketsStateRow['cells'][number];
}

interface MarketsModel {
  states: MarketsStateRow[];
  markets: MarketRow[];
}

/** Women's share by offence across States, beside GI-TOC scores; and published figures per market. */
export const marketsView = defineView<MarketsResult, MarketsModel>({
  name: 'markets',
  page: 'atlas',
  heading: 'viewMarkets',
  figures: ['markets', 'market-figures'],
  honours: ['yearFrom', 'yearTo', 'region', 'market', 'sourceKind', 'selected'],
  queries: (f, data) => ({
    stageYears: stageYearCountsQuery({
      sourceIds: [
        ...new Set(COUNT_OFFENCES.map((m) => countSourceFor(m, data.countSourceOverride))),
      ],
      markets: COUNT_OFFENCES,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
      sourceKind: f.sourceKind,
      states: [],
    }),
    scores: marketScoresQuery({ edition: GITOC_EDITION, region: f.region }),
    published: publishedFiguresQuery({
      excludeSourceIds: COUNT_SOURCE_IDS,
      countSource: data.countSourceOverride,
      sourceKind: f.sourceKind,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
    }),
  }),
  shape: (raw) => ({
    stageYears: toStageYearShares(raw.stageYears ?? []),
    scores: toMarketScores(raw.scores ?? []),
    published: toPublishedFigures(raw.published ?? []),
  }),
  model: (result, ctx) => {
    // All six names: the figure prints and sorts States in the reader's language.
    const names = new Map(
      ctx.countries.map((c) => [
        c.iso3,
        {
          nameEn: c.nameEn,
          nameFr: c.nameFr,
          nameDe: c.nameDe,
          nameIt: c.nameIt,
          nameRu: c.nameRu,
          nameEs: c.nameEs,
        },
      ]),
    );
    return {
      states: marketsStateRows(result.stageYears, result.scores, names).sort((a, b) =>
        localName(a, ctx.lang).localeCompare(localName(b, ctx.lang), ctx.lang),
      ),
      markets: marketRows(shareFigures(result.published), result.scores),
    };
  },
  figure(name, model, ctx, layout, range) {
    const t = translator(ctx.lang);
    if (name === 'market-figures')
      return buildMarketFiguresChart(model.markets, {
        ...figureOptions(ctx, layout),
        regionName: regionName(ctx),
        highlight: ctx.filters.market,
        range,
        // A page cites the sources of the markets it shows, not the whole figure's.
        sourcesLine: sourcesLine(
          [
            ...model.markets
              .slice(...(range ?? [0, model.markets.length]))
              .flatMap((r) => r.figures.flatMap((f) => f.sourceIds)),
            GITOC_SOURCE_ID,
          ],
          ctx.sources,
          ctx.lang,
        ),
      });
    return buildMarketsChart(model.states, {
      ...figureOptions(ctx, layout),
      title: t('marketsStatesTitle', { scope: regionName(ctx) }),
      subtitle: t('marketsStatesSubtitle', { from: ctx.filters.yearFrom, to: ctx.filters.yearTo }),
      sourcesLine: sourcesLine([...COUNT_SOURCE_IDS, GITOC_SOURCE_ID], ctx.sources, ctx.lang),
      range,
      selected: ctx.filters.selected,
    });
  },
  rows: (name, model) => (name === 'markets' ? model.states.length : model.markets.length),
  table(model, ctx) {
    const lang = ctx.lang;
    const scoresOf = ({ state, cell }: MarketsTableRow) =>
      (cell.market === 'human_trafficking'
        ? state.scores.slice(0, 1)
        : state.scores.slice(1)
      ).filter((x): x is MarketScore => x !== null);
    return tableOf<MarketsTableRow>(
      lang,
      [
        codeColumn('iso3', 'columnState', ({ state }) => ({
          text: localName(state, lang),
          value: state.iso3,
        })),
        codeColumn('market', 'columnMarket', ({ cell }) => ({
          text: labelOf(MARKET, cell.market, lang),
          value: cell.market,
        })),
        codeColumn('series', 'columnSeries', ({ cell }) => ({
          text: seriesLabel(cell.series, lang),
          value: cell.series,
        })),
        yearColumn('year', 'columnYear', ({ cell }) => cell.year),
        ...shareColumns(lang, ({ cell }: MarketsTableRow) => cell),
        {
          code: 'gitoc_score',
          label: 'columnScore',
          cell: (row) => {
            const known = scoresOf(row);
            return {
              text: known.length
                ? joinSemicolon(
                    known.map(
                      (x) => `${labelOf(MARKET, x.indicator, lang)}: ${formatScore(x.score, lang)}`,
                    ),
                    lang,
                  )
                : '–',
              value: known.length === 1 ? (known[0]?.score ?? null) : null,
              obsIds: known.map((x) => x.scoreId),
            };
          },
        },
      ],
      model.states.flatMap((state) => state.cells.map((cell) => ({ state, cell }))),
    );
  },
  summary: (model, ctx) => marketsSummary(model.states, ctx.lang),
  usage: (model, ctx) => [
    ...model.states.flatMap((s) =>
      s.cells.map((c, i) => ({
        sourceId: countSourceFor(
          OFFENCE_COLUMNS[i]?.market ?? 'human_trafficking',
          ctx.countSourceOverride,
        ),
        obsIds: c.obsIds,
      })),
    ),
    {
      sourceId: GITOC_SOURCE_ID,
      obsIds: [
        ...model.states.flatMap((s) => s.scores.flatMap((x) => (x ? [x.scoreId] : []))),
        ...model.markets.flatMap((m) => m.scoreIds),
      ],
    },
    ...model.markets.flatMap((r) =>
      r.figures.map((f) => ({ sourceId: f.sourceIds[0] ?? '', obsIds: f.obsIds })),
    ),
  ],
});

export { SCORE_COLUMNS };
