import { defineView, figureOptions, type ViewContext } from '../view-spec';
import { stageYearCountsQuery, toStageYearShares } from '../../lib/data/queries/stage-years';
import {
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../lib/data/queries/published-figures';
import { marketScoresQuery, toMarketScores } from '../../lib/data/queries/market-scores';
import { coverageQuery, toCoverageCells } from '../../lib/data/queries/coverage';
import {
  COUNT_OFFENCES,
  COUNT_SOURCE_IDS,
  countSourceFor,
  GITOC_SOURCE_ID,
} from '../../lib/model/sources';
import { buildPipelineChart, pipelineSummary } from '../../lib/charts/pipeline-chart';
import { buildScoresChart, indicatorLabel, scoresSummary } from '../../lib/charts/scores-chart';
import { bestStatus, buildCoverageMatrix } from '../../lib/charts/coverage-matrix';
import { sourcesLine } from '../../lib/charts/source-line';
import { formatScore } from '../../lib/charts/score-format';
import { translator } from '../../lib/i18n';
import { pipelineModel, type PipelineModel } from '../../lib/method/pipeline';
import type { ShareFigure } from '../../lib/method/published';
import { YEAR_MAX, YEAR_MIN, type Lang } from '../../lib/model/filters';
import type { CoverageCell, MarketScore, StageYearShare } from '../../lib/model/rows';
import { MARKET, STAGE, INDICATOR_KIND, labelOf } from '../../lib/vocabulary/codes';
import { codeColumn, numberCell, tableOf, yearColumn } from '../../lib/ui/table';
import { coverageColumns } from '../coverage/spec';
import { publishedFigureParts, publishedFiguresChart } from '../hierarchy/spec';
import { pipelineTable } from '../pipeline/spec';
import { offencePhrase, stateName, stateNames } from '../scope';

const none = '-';

/** The years a profile's trends cover: every year the State has a share in, all offences. */
function yearsWithData(rows: StageYearShare[]): number[] {
  const years = rows.filter((r) => r.share !== null).map((r) => r.year);
  if (years.length === 0) return [];
  const from = Math.max(YEAR_MIN, Math.min(...years));
  const to = Math.min(YEAR_MAX, Math.max(...years));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const profileOf = (ctx: ViewContext) => ctx.filters.profile ?? none;

/** Why a section of a profile is empty: no filter but the profile applies, so no filter to widen. */
const emptyProfile = (_model: unknown, ctx: ViewContext) =>
  translator(ctx.lang)('emptyProfile', { state: stateName(ctx, profileOf(ctx)) });

interface TrendsModel {
  model: PipelineModel;
  years: number[];
}

/** The trend shows every year published: the years outside the page's period are said, never left unmarked. */
function outsidePeriod(model: PipelineModel, ctx: ViewContext): { text: string }[] {
  const { yearFrom, yearTo } = ctx.filters;
  const outside = [...new Set(model.points.map((p) => p.year))]
    .filter((y) => y < yearFrom || y > yearTo)
    .sort((a, b) => a - b);
  return outside.length
    ? [
        {
          text: translator(ctx.lang)('profileTrendsOutside', {
            from: yearFrom,
            to: yearTo,
            years: outside.join(', '),
          }),
        },
      ]
    : [];
}

/** A State's women's share by offence and stage over time, victims beside offenders. */
export const profileTrendsView = defineView<StageYearShare[], TrendsModel>({
  name: 'profile-trends',
  page: 'profile',
  heading: 'profileTrends',
  figures: ['profile-trends'],
  honours: ['profile'],
  queries: (f, data) => ({
    stageYears: stageYearCountsQuery({
      sourceIds: [
        ...new Set(COUNT_OFFENCES.map((m) => countSourceFor(m, data.countSourceOverride))),
      ],
      markets: COUNT_OFFENCES,
      yearFrom: YEAR_MIN,
      yearTo: YEAR_MAX,
      region: null,
      sourceKind: null,
      states: [f.profile ?? none],
    }),
  }),
  shape: (raw) => toStageYearShares(raw.stageYears ?? []),
  model: (rows, ctx) => {
    const years = yearsWithData(rows);
    return { model: pipelineModel(rows, profileOf(ctx), years), years };
  },
  figure(_name, view, ctx, layout) {
    const t = translator(ctx.lang);
    return buildPipelineChart(view.model, {
      ...figureOptions(ctx, layout),
      title: t('profileTrendsTitle', { state: stateName(ctx, profileOf(ctx)) }),
      subtitle: t('profileTrendsSubtitle'),
      sourceLine: sourcesLine([...COUNT_SOURCE_IDS], ctx.sources, ctx.lang),
      yearFrom: view.years[0] ?? YEAR_MIN,
      yearTo: view.years[view.years.length - 1] ?? YEAR_MIN,
      notes: [{ text: t('noteDrugOffences') }, ...outsidePeriod(view.model, ctx)],
      names: stateNames(ctx),
    });
  },
  emptyReason: emptyProfile,
  table: (view, ctx) => pipelineTable(view.model, ctx),
  notices: (view, ctx) => outsidePeriod(view.model, ctx).map((n) => n.text),
  summary: (view, ctx) => pipelineSummary(view.model, ctx.lang, stateName(ctx, profileOf(ctx))),
  usage: (view, ctx) =>
    view.model.points.map((p) => ({
      sourceId: countSourceFor(p.market, ctx.countSourceOverride),
      obsIds: p.obsIds,
    })),
});

/** Every published share about the State, as its source states it. */
export const profileFiguresView = defineView<ReturnType<typeof toPublishedFigures>, ShareFigure[]>({
  name: 'profile-figures',
  page: 'profile',
  heading: 'profileFigures',
  figures: ['profile-figures'],
  honours: ['profile'],
  queries: (f, data) => ({
    published: publishedFiguresQuery({
      excludeSourceIds: COUNT_SOURCE_IDS,
      countSource: data.countSourceOverride,
      sourceKind: null,
      yearFrom: YEAR_MIN - 100,
      yearTo: YEAR_MAX + 100,
      area: f.profile ?? none,
    }),
  }),
  ...publishedFigureParts,
  figure: (_name, figures, ctx, layout, range) =>
    publishedFiguresChart(figures, ctx, layout, range, {
      title: translator(ctx.lang)('profileFiguresTitle', { state: stateName(ctx, profileOf(ctx)) }),
      subtitle: translator(ctx.lang)('hierarchySubtitle'),
      gapNotes: false,
    }),
  emptyReason: emptyProfile,
});

/** The State's GI-TOC market and actor scores, both editions. */
export const profileScoresView = defineView<MarketScore[], MarketScore[]>({
  name: 'profile-scores',
  page: 'profile',
  heading: 'profileScores',
  figures: ['profile-scores'],
  honours: ['profile'],
  queries: (f) => ({
    scores: marketScoresQuery({
      edition: null,
      region: null,
      kinds: ['market', 'actor'],
      iso3: f.profile ?? none,
    }),
  }),
  shape: (raw) => toMarketScores(raw.scores ?? []),
  model: (scores) => scores,
  figure: (_name, scores, ctx, layout) =>
    buildScoresChart(scores, {
      ...figureOptions(ctx, layout),
      title: translator(ctx.lang)('profileScoresTitle', { state: stateName(ctx, profileOf(ctx)) }),
      subtitle: translator(ctx.lang)('profileScoresSubtitle'),
      sourcesLine: sourcesLine([GITOC_SOURCE_ID], ctx.sources, ctx.lang),
    }),
  emptyReason: (_scores, ctx) => translator(ctx.lang)('scoresNone'),
  table: (scores, ctx) =>
    tableOf<MarketScore>(
      ctx.lang,
      [
        yearColumn('edition', 'columnEdition', (s) => s.edition),
        codeColumn('indicator_kind', 'columnIndicatorKind', (s) => ({
          text: labelOf(INDICATOR_KIND, s.indicatorKind, ctx.lang),
          value: s.indicatorKind,
        })),
        codeColumn('indicator', 'columnIndicator', (s) => ({
          text: indicatorLabel(s.indicator, ctx.lang),
          value: s.indicator,
        })),
        {
          code: 'score',
          label: 'columnScore',
          cell: (s) => numberCell(formatScore(s.score, ctx.lang), s.score, [s.scoreId]),
        },
      ],
      scores,
    ),
  summary: (scores, ctx) => scoresSummary(scores, ctx.lang),
  usage: (scores) => [{ sourceId: GITOC_SOURCE_ID, obsIds: scores.map((s) => s.scoreId) }],
});

/** What the State publishes and what it does not: its row of the coverage matrix, per offence. */
export const profileCoverageView = defineView<CoverageCell[], CoverageCell[]>({
  name: 'profile-coverage',
  page: 'profile',
  heading: 'profileCoverage',
  figures: ['profile-coverage'],
  honours: ['profile', 'yearFrom', 'yearTo'],
  queries: (f) => ({
    coverage: coverageQuery({
      market: COUNT_OFFENCES,
      stages: [...STAGE.codes],
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: null,
      iso3: f.profile ?? none,
    }),
  }),
  shape: (raw) => toCoverageCells(raw.coverage ?? []),
  model: (cells) => cells,
  figure: (_name, cells, ctx, layout) => {
    const t = translator(ctx.lang);
    return buildCoverageMatrix(cells, {
      ...figureOptions(ctx, layout),
      title: t('profileCoverageTitle', { state: stateName(ctx, profileOf(ctx)) }),
      subtitle: t('coverageSubtitle', { from: ctx.filters.yearFrom, to: ctx.filters.yearTo }),
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      sourcesLine: sourcesLine([...COUNT_SOURCE_IDS], ctx.sources, ctx.lang),
      rows: {
        key: (c) => c.market,
        label: (market, lang) => offencePhrase(market, lang),
      },
      summary: profileCoverageSummary(cells, ctx.lang),
    });
  },
  emptyReason: (_cells, ctx) =>
    translator(ctx.lang)('emptyProfilePeriod', {
      state: stateName(ctx, profileOf(ctx)),
      from: ctx.filters.yearFrom,
      to: ctx.filters.yearTo,
    }),
  table: (cells, ctx) =>
    tableOf<CoverageCell>(
      ctx.lang,
      [
        codeColumn('market', 'columnMarket', (c) => ({
          text: labelOf(MARKET, c.market, ctx.lang),
          value: c.market,
        })),
        ...coverageColumns(ctx.lang),
      ],
      cells,
    ),
  summary: (cells, ctx) => profileCoverageSummary(cells, ctx.lang),
  usage: () => [],
});

/**
 * What one State publishes, offence by offence: the stages at which it gives a number for women,
 * a number for men only, suppressed counts only, totals only, or nothing (its best over the
 * period). Not the atlas-wide count of study States, which says nothing on a State's page.
 */
export function profileCoverageSummary(cells: CoverageCell[], lang: Lang): string {
  const t = translator(lang);
  const markets = [...new Set(cells.map((c) => c.market))];
  return markets
    .map((market) => {
      const mine = cells.filter((c) => c.market === market);
      const stages = [...new Set(mine.map((c) => c.stage))];
      const at = (status: CoverageCell['status']) =>
        stages
          .filter(
            (stage) =>
              bestStatus(mine.filter((c) => c.stage === stage).map((c) => c.status)) === status,
          )
          .map((stage) => labelOf(STAGE, stage, lang))
          .join(', ') || '–';
      return t('profileCoverageSummary', {
        offence: offencePhrase(market, lang),
        published: at('published'),
        menOnly: at('men_only'),
        suppressed: at('suppressed'),
        totalOnly: at('total_only'),
      });
    })
    .join(' ');
}
