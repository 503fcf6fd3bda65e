import {
  methodNote,
  buildFigureFrame,
  frameBase,
  svgElement,
  type FigureOptions,
  type FrameNote,
} from './frame';
import { translator } from '../i18n';
import type { Lang } from '../model/filters';
import { marketsSummary, type MarketsStateRow } from './markets/state-rows';
import { measureMarketsColumns } from './markets/column-layout';
import { drawMarketsHeadings, measureMarketsHeadings } from './markets/headings';
import { drawOffenceGrid, drawStateRow, measureMarketsRows } from './markets/state-marks';

export {
  OFFENCE_COLUMNS,
  SCORE_COLUMNS,
  marketsStateRows,
  marketsSummary,
  type OffenceCell,
  type MarketsStateRow,
} from './markets/state-rows';

export interface MarketsOptions extends FigureOptions {
  title: string;
  subtitle: string;
  sourcesLine: string;
  notes?: FrameNote[];
  range?: [number, number];
  /** The States picked in the filters: their rows stand out. */
  selected?: string[];
}

/** What the offences are, what the intervals and scores mean, and how drugs map onto markets. */
function marketsNotes(lang: Lang, extra: FrameNote[] = []): FrameNote[] {
  const t = translator(lang);
  return [
    { text: t('marketsNoteOffences') },
    methodNote(t('noteInterval')),
    { text: t('marketsNoteScores') },
    methodNote(t('marketsNoteDrugMapping')),
    ...extra,
  ];
}

/**
 * States side by side across offences: for each State, women's share at each stage of trafficking
 * in persons and for drug-trafficking offences, with 95% intervals (hollow: fewer than 30
 * persons), beside the GI-TOC scores of the related markets (expert scores, not gendered).
 */
export function buildMarketsChart(rows: MarketsStateRow[], options: MarketsOptions): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const [start, end] = options.range ?? [0, rows.length];
  const shown = rows.slice(start, end);
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: options.title,
      subtitle: options.subtitle,
      sourceLine: options.sourcesLine,
      notes: marketsNotes(lang, options.notes),
      summary: marketsSummary(rows, lang),
      figureId: 'markets',
      empty: rows.length === 0,
    },
    (layer, width, _maxHeight, measure) => {
      const columns = measureMarketsColumns(width, type, lang, measure);
      const headings = measureMarketsHeadings({ type, lang, measure, columns });
      const layoutContext = { type, lang, measure, columns };
      const rowLayout = measureMarketsRows(shown, headings.headerHeight + 4, layoutContext, width);
      const g = svgElement(document, 'g', {
        'aria-label': t('ariaMarkets'),
        'font-size': type.label,
      });
      const pen = { ...layoutContext, document, g, width, rows: rowLayout };
      drawMarketsHeadings(pen, headings);
      drawOffenceGrid(pen, shown.length);
      shown.forEach((row, r) =>
        drawStateRow(pen, row, r, {
          picked: options.selected?.includes(row.iso3) ?? false,
          onPage: layout.height !== null,
        }),
      );
      layer.appendChild(g);
      return rowLayout.bodyBottom + type.small * 2;
    },
  );
}
