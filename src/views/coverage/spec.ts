import { defineView } from '../view-spec';
import { coverageQuery, toCoverageCells } from '../../lib/data/queries/coverage';
import { buildCoverageMatrix, coverageSummary } from '../../lib/charts/coverage-matrix';
import { sourcesLine } from '../../lib/charts/source-line';
import { translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { COVERAGE_STATUS, STAGE, labelOf } from '../../lib/vocabulary/codes';
import type { CoverageCell } from '../../lib/model/rows';

const TABLE_STAGES = ['formal_contact', 'prosecuted', 'convicted'];

/** What each State publishes about offenders, by stage and year: the gaps are the finding. */
export const coverageView = defineView<CoverageCell[], CoverageCell[]>({
  name: 'coverage',
  heading: 'viewCoverage',
  figures: ['coverage'],
  honours: ['yearFrom', 'yearTo', 'region'],
  queries: (f) => ({
    coverage: coverageQuery({
      stages: Object.keys(STAGE),
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      region: f.region,
    }),
  }),
  shape: (raw) => toCoverageCells(raw.coverage ?? []),
  model: (cells) => cells,
  figure: (_name, cells, ctx, width) =>
    buildCoverageMatrix(cells, {
      document: ctx.document,
      lang: ctx.lang,
      width,
      yearFrom: ctx.filters.yearFrom,
      yearTo: ctx.filters.yearTo,
      sourcesLine: sourcesLine([ctx.countSourceId], ctx.sources, ctx.lang),
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    }),
  table(cells, ctx) {
    const t = translator(ctx.lang);
    return {
      columns: [t('columnState'), t('columnStage'), t('columnYear'), t('columnStatus')],
      rows: cells
        .filter((c) => TABLE_STAGES.includes(c.stage))
        .map((c) => [
          { text: localName(c, ctx.lang) },
          { text: labelOf(STAGE, c.stage, ctx.lang) },
          { text: String(c.year) },
          { text: labelOf(COVERAGE_STATUS, c.status, ctx.lang) },
        ]),
    };
  },
  summary: (cells, ctx) => coverageSummary(cells, ctx.lang),
  usage: () => [],
});
