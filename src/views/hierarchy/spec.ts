import { defineView, figureOptions, type FigureContext, type ViewContext } from '../view-spec';
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
  type HierarchyOptions,
} from '../../lib/charts/hierarchy-chart';
import type { FigureLayout } from '../../lib/charts/frame';
import type { Row } from '../../lib/data/engine';
import type { FigureName } from '../../lib/model/figure-names';
import { sourcesLine } from '../../lib/charts/source-line';
import { shareFigures, type ShareFigure } from '../../lib/method/published';
import type { PublishedFigure } from '../../lib/model/rows';
import { figuresTable } from './table';

/**
 * Published figures drawn as the hierarchy chart: the same shaping, rows, table, summary and
 * sources for the atlas's view and a State's profile, which differ in their query and words.
 */
export const publishedFigureParts = {
  shape: (raw: Record<string, Row[]>) => toPublishedFigures(raw.published ?? []),
  model: (published: PublishedFigure[]) => shareFigures(published),
  rows: (_name: FigureName, figures: ShareFigure[], ctx: ViewContext) =>
    hierarchyRows(figures, ctx.lang).length,
  table: figuresTable,
  summary: (figures: ShareFigure[], ctx: ViewContext) => hierarchySummary(figures, ctx.lang),
  usage: (figures: ShareFigure[]) =>
    figures.map((f) => ({ sourceId: f.sourceIds[0] ?? '', obsIds: f.obsIds })),
};

/** The hierarchy chart of these figures, with the sources they cite. */
export function publishedFiguresChart(
  figures: ShareFigure[],
  ctx: FigureContext,
  layout: FigureLayout,
  range: [number, number] | undefined,
  words: Pick<HierarchyOptions, 'title' | 'subtitle' | 'gapNotes'> = {},
): SVGSVGElement {
  return buildHierarchyChart(figures, {
    ...figureOptions(ctx, layout),
    ...words,
    // A page cites the sources of the rows it shows, not the whole figure's.
    sourcesLine: sourcesLine(
      figuresOnPage(figures, ctx.lang, range).flatMap((f) => f.sourceIds),
      ctx.sources,
      ctx.lang,
    ),
    range,
  });
}

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
  ...publishedFigureParts,
  figure: (_name, figures, ctx, layout, range) =>
    publishedFiguresChart(figures, ctx, layout, range),
});
