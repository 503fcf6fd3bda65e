import { defineView } from '../view-spec';
import {
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../lib/data/queries/published-figures';
import { marketScoresQuery, toMarketScores } from '../../lib/data/queries/market-scores';
import { GITOC_EDITION, GITOC_SOURCE_ID, UNODC_SOURCE_ID } from '../../lib/data/startup';
import {
  buildMarketsChart,
  marketRows,
  marketsSummary,
  type MarketRow,
} from '../../lib/charts/markets-chart';
import { sourcesLine } from '../../lib/charts/source-line';
import { formatPublishedValue } from '../../lib/method/figure-values';
import { womenShareFigures } from '../../lib/method/published';
import { translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { MARKET, labelOf } from '../../lib/vocabulary/codes';
import type { MarketScore, PublishedFigure } from '../../lib/model/rows';
import { regionName } from '../scope';

interface MarketsResult {
  published: PublishedFigure[];
  scores: MarketScore[];
}

/** What is published on women per criminal market, beside the market's GI-TOC prevalence score. */
export const marketsView = defineView<MarketsResult, MarketRow[]>({
  name: 'markets',
  heading: 'viewMarkets',
  figures: ['markets'],
  honours: ['yearFrom', 'yearTo', 'region', 'market', 'sourceKind'],
  queries: (f) => ({
    published: publishedFiguresQuery({
      excludeSourceId: UNODC_SOURCE_ID,
      sourceKind: f.sourceKind,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
    }),
    scores: marketScoresQuery({ edition: GITOC_EDITION, region: f.region }),
  }),
  shape: (raw) => ({
    published: toPublishedFigures(raw.published ?? []),
    scores: toMarketScores(raw.scores ?? []),
  }),
  model: (result) => marketRows(womenShareFigures(result.published), result.scores),
  figure: (_name, rows, ctx, width) =>
    buildMarketsChart(rows, {
      document: ctx.document,
      lang: ctx.lang,
      width,
      regionName: regionName(ctx),
      highlight: ctx.filters.market,
      sourcesLine: sourcesLine(
        [...rows.flatMap((r) => r.figures.flatMap((f) => f.sourceIds)), GITOC_SOURCE_ID],
        ctx.sources,
        ctx.lang,
      ),
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    }),
  table(rows, ctx) {
    const t = translator(ctx.lang);
    const lang = ctx.lang;
    return {
      columns: [t('columnMarket'), t('columnFigures'), t('columnScore')],
      rows: rows.map((r) => [
        { text: labelOf(MARKET, r.market, lang) },
        {
          text:
            r.figures
              .map(
                (f) =>
                  `${localName({ nameEn: f.areaNameEn, nameFr: f.areaNameFr }, lang)}: ${formatPublishedValue({ measure: 'share', value: f.value, valueLow: f.low, valueHigh: f.high, qualifier: f.qualifier }, lang)}`,
              )
              .join('; ') || '–',
          obsIds: r.figures.flatMap((f) => f.obsIds),
        },
        { text: r.medianScore === null ? '–' : String(Math.round(r.medianScore * 10) / 10) },
      ]),
    };
  },
  summary: (rows, ctx) => marketsSummary(rows, ctx.lang),
  usage: (rows) =>
    rows.flatMap((r) =>
      r.figures.map((f) => ({ sourceId: f.sourceIds[0] ?? '', obsIds: f.obsIds })),
    ),
});
