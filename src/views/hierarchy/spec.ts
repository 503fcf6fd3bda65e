import { defineView } from '../view-spec';
import {
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../lib/data/queries/published-figures';
import { COUNT_SOURCE_IDS } from '../../lib/model/sources';
import {
  buildHierarchyChart,
  figuresOnPage,
  hierarchyRows,
  hierarchySummary,
} from '../../lib/charts/hierarchy-chart';
import { sourcesLine } from '../../lib/charts/source-line';
import { shareFigures, type ShareFigure } from '../../lib/method/published';
import type { PublishedFigure } from '../../lib/model/rows';
import { figuresTable } from './table';

/** Every published figure on women by hierarchy level, role and network position. */
export const hierarchyView = defineView<PublishedFigure[], ShareFigure[]>({
  name: 'hierarchy',
  page: 'atlas',
  heading: 'viewHierarchy',
  figures: ['hierarchy'],
  honours: ['yearFrom', 'yearTo', 'market', 'hierarchy', 'position', 'sourceKind'],
  queries: (f, data) => ({
    published: publishedFiguresQuery({
      excludeSourceIds: COUNT_SOURCE_IDS,
      countSource: data.countSourceOverride,
      sourceKind: f.sourceKind,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      hierarchy: f.hierarchy,
      position: f.position,
      market: f.market,
    }),
  }),
  shape: (raw) => toPublishedFigures(raw.published ?? []),
  model: (published) => shareFigures(published),
  figure: (_name, figures, ctx, layout, range) =>
    buildHierarchyChart(figures, {
      document: ctx.document,
      lang: ctx.lang,
      layout,
      // A page cites the sources of the rows it shows, not the whole figure's.
      sourcesLine: sourcesLine(
        figuresOnPage(figures, ctx.lang, range).flatMap((f) => f.sourceIds),
        ctx.sources,
        ctx.lang,
      ),
      range,
      measure: ctx.measure,
    }),
  rows: (_name, figures, ctx) => hierarchyRows(figures, ctx.lang).length,
  table: figuresTable,
  summary: (figures, ctx) => hierarchySummary(figures, ctx.lang),
  usage: (figures) => figures.map((f) => ({ sourceId: f.sourceIds[0] ?? '', obsIds: f.obsIds })),
});
