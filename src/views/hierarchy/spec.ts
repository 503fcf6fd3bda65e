import { defineView } from '../view-spec';
import {
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../lib/data/queries/published-figures';
import { UNODC_SOURCE_ID } from '../../lib/data/startup';
import {
  buildHierarchyChart,
  figureValueText,
  hierarchySummary,
} from '../../lib/charts/hierarchy-chart';
import { sourcesLine } from '../../lib/charts/source-line';
import { translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import {
  positionLabel,
  womenShareFigures,
  type WomenShareFigure,
} from '../../lib/method/published';
import type { PublishedFigure } from '../../lib/model/rows';

/** Every published figure on women by hierarchy level, role and network position. */
export const hierarchyView = defineView<PublishedFigure[], WomenShareFigure[]>({
  name: 'hierarchy',
  heading: 'viewHierarchy',
  figures: ['hierarchy'],
  honours: ['yearFrom', 'yearTo', 'market', 'hierarchy', 'position', 'sourceKind'],
  queries: (f) => ({
    published: publishedFiguresQuery({
      excludeSourceId: UNODC_SOURCE_ID,
      sourceKind: f.sourceKind,
      yearFrom: f.yearFrom,
      yearTo: f.yearTo,
      hierarchy: f.hierarchy,
      position: f.position,
      market: f.market,
    }),
  }),
  shape: (raw) => toPublishedFigures(raw.published ?? []),
  model: (published) => womenShareFigures(published),
  figure: (_name, figures, ctx, width) =>
    buildHierarchyChart(figures, {
      document: ctx.document,
      lang: ctx.lang,
      width,
      sourcesLine: sourcesLine(
        figures.flatMap((f) => f.sourceIds),
        ctx.sources,
        ctx.lang,
      ),
      ...(ctx.measure ? { measure: ctx.measure } : {}),
    }),
  table(figures, ctx) {
    const t = translator(ctx.lang);
    return {
      columns: [
        t('columnArea'),
        t('columnPosition'),
        t('columnPeriod'),
        t('columnValue'),
        t('columnSource'),
      ],
      rows: figures.map((f) => [
        { text: localName({ nameEn: f.areaNameEn, nameFr: f.areaNameFr }, ctx.lang) },
        { text: positionLabel(f.position, ctx.lang) },
        { text: f.period },
        { text: figureValueText(f, ctx.lang), obsIds: f.obsIds },
        {
          text:
            ctx.sources.find((s) => s.sourceId === f.sourceIds[0])?.publisher ??
            f.sourceIds[0] ??
            '',
        },
      ]),
    };
  },
  summary: (figures, ctx) => hierarchySummary(figures, ctx.lang),
  usage: (figures) => figures.map((f) => ({ sourceId: f.sourceIds[0] ?? '', obsIds: f.obsIds })),
});
