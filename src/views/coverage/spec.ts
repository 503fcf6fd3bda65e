import { defineView, figureOptions } from '../view-spec';
import { coverageQuery, toCoverageCells } from '../../lib/data/queries/coverage';
import {
  buildCoverageMatrix,
  coverageStates,
  coverageSummary,
} from '../../lib/charts/coverage-matrix';
import { sourcesLine } from '../../lib/charts/source-line';
import { countSourceFor } from '../../lib/model/sources';
import { translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { isDrugTrafficking } from '../../lib/method/offences';
import { COVERAGE_STATUS, STAGE, labelOf } from '../../lib/vocabulary/codes';
import type { CoverageCell } from '../../lib/model/rows';
import type { Lang } from '../../lib/model/filters';
import { COVERAGE_MARKETS } from '../../lib/data/build-sql';
import { COUNT_STAGES } from '../../lib/model/stages';
import { codeColumn, tableOf, yearColumn, type TableColumn } from '../../lib/ui/table';
import { DEFAULT_COUNT_MARKET, offencePhrase } from '../scope';

/** A coverage cell's stage, year and status, shared with a State's profile. */
export function coverageColumns(lang: Lang): TableColumn<CoverageCell>[] {
  return [
    codeColumn('stage', 'columnStage', (c) => ({
      text: labelOf(STAGE, c.stage, lang),
      value: c.stage,
    })),
    yearColumn('year', 'columnYear', (c) => c.year),
    codeColumn('status', 'columnStatus', (c) => ({
      text: labelOf(COVERAGE_STATUS, c.status, lang),
      value: c.status,
    })),
  ];
}
/** The offence whose coverage is shown: the chosen market if covered, else trafficking in persons. */
export function coverageMarket(market: string | null): string {
  const wanted = market !== null && isDrugTrafficking(market) ? 'drug_trafficking' : market;
  return (COVERAGE_MARKETS as readonly string[]).includes(wanted ?? '')
    ? (wanted as string)
    : DEFAULT_COUNT_MARKET;
}

/** What each State publishes about offenders, by stage and year: the gaps are the finding. */
export const coverageView = defineView<CoverageCell[], CoverageCell[]>({
  name: 'coverage',
  page: 'atlas',
  heading: 'viewCoverage',
  figures: ['coverage'],
  honours: ['yearFrom', 'yearTo', 'region', 'market'],
  queries: (f) => ({
    coverage: coverageQuery({
      market: coverageMarket(f.market),
      stages: [...STAGE.codes],
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
    }),
  }),
  shape: (raw) => toCoverageCells(raw.coverage ?? []),
  model: (cells) => cells,
  figure: (_name, cells, ctx, layout, range) => {
    const t = translator(ctx.lang);
    const market = coverageMarket(ctx.filters.market);
    return buildCoverageMatrix(cells, {
      ...figureOptions(ctx, layout),
      title: t('coverageTitle', { offence: offencePhrase(market, ctx.lang) }),
      subtitle: t('coverageSubtitle', { from: ctx.filters.yearFrom, to: ctx.filters.yearTo }),
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      sourcesLine: sourcesLine(
        [countSourceFor(market, ctx.countSourceOverride)],
        ctx.sources,
        ctx.lang,
      ),
      range,
    });
  },
  rows: (_name, cells, ctx) => coverageStates(cells, ctx.lang).length,
  table: (cells, ctx) =>
    tableOf<CoverageCell>(
      ctx.lang,
      [
        codeColumn('iso3', 'columnState', (c) => ({ text: localName(c, ctx.lang), value: c.iso3 })),
        ...coverageColumns(ctx.lang),
      ],
      cells.filter((c) => (COUNT_STAGES as readonly string[]).includes(c.stage)),
    ),
  summary: (cells, ctx) => coverageSummary(cells, ctx.lang),
  usage: () => [],
});
