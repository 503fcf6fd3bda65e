import { scaleLinear } from 'd3';
import { intervalLine, shareGrid } from './share-grid';
import {
  methodNote,
  buildFigureFrame,
  frameBase,
  svgElement,
  INK,
  MUTED,
  type FigureOptions,
  type FrameNote,
} from './frame';
import { addText } from './plot-layer';
import { wrapText } from './text-measure';
import { translator } from '../i18n';
import { positionLabel, unpublishedPositions, type ShareFigure } from '../method/published';
import { figureCounted, figureScope, figureValueText } from '../method/figure-values';
import { HIERARCHY, ROLE, QUALIFIER_SHAPE, labelOf, isCode, QUALIFIER } from '../vocabulary/codes';
import type { Lang } from '../model/filters';

export interface HierarchyOptions extends FigureOptions {
  title?: string;
  subtitle?: string;
  sourcesLine: string;
  /** Show the "nothing published at these levels" notes (the atlas-wide view does). */
  gapNotes?: boolean;
  range?: [number, number];
}

const FILL = '#2c7fb8';

export function hierarchySummary(figures: ShareFigure[], lang: Lang): string {
  const t = translator(lang);
  const gaps = unpublishedPositions(figures);
  return t('hierarchySummary', {
    n: figures.filter((f) => !f.context).length,
    context: figures.filter((f) => f.context).length,
    levels: gaps.hierarchy.map((c) => labelOf(HIERARCHY, c, lang)).join(', ') || '–',
  });
}

type Row = { kind: 'heading'; text: string } | { kind: 'figure'; figure: ShareFigure };

/** The figures as rows under their headings: positions first, context (not organized crime) last. */
export function hierarchyRows(figures: ShareFigure[], lang: Lang): Row[] {
  const t = translator(lang);
  const rows: Row[] = [];
  let last = '';
  for (const f of figures) {
    const heading = f.context ? t('contextHeading') : positionLabel(f.position, lang);
    if (heading !== last) {
      rows.push({ kind: 'heading', text: heading });
      last = heading;
    }
    rows.push({ kind: 'figure', figure: f });
  }
  return rows;
}

/** The figures a page of the chart shows (all of them without a range): what its source line cites. */
export function figuresOnPage(
  figures: ShareFigure[],
  lang: Lang,
  range?: [number, number],
): ShareFigure[] {
  if (!range) return figures;
  return hierarchyRows(figures, lang)
    .slice(...range)
    .flatMap((row) => (row.kind === 'figure' ? [row.figure] : []));
}

function drawMark(
  document: Document,
  g: SVGGElement,
  f: ShareFigure,
  x: (v: number) => number,
  barY: number,
  h: number,
) {
  const shape = isCode(QUALIFIER, f.qualifier) ? QUALIFIER_SHAPE[f.qualifier] : 'none';
  const mark = svgElement(document, 'g', {
    'data-qualifier': f.qualifier,
    'data-computed': String(f.computed),
    'data-sex': f.sex,
  });
  if (f.sex === 'male' || f.measure === 'count') {
    mark.setAttribute('data-mark', 'none');
    g.appendChild(mark);
    return;
  }
  if (shape === 'point' && f.value !== null) {
    mark.setAttribute('data-mark', 'bar');
    mark.appendChild(
      svgElement(document, 'rect', {
        x: x(0),
        y: barY,
        width: Math.max(1, x(f.value) - x(0)),
        height: h,
        fill: f.smallCount ? '#ffffff' : FILL,
        stroke: FILL,
        'fill-opacity': f.qualifier === 'exact' ? 1 : 0.55,
      }),
    );
    if (f.interval) mark.appendChild(intervalLine(document, x, f.interval, barY + h / 2));
  } else if (shape === 'range' && f.low !== null && f.high !== null) {
    mark.setAttribute('data-mark', 'interval');
    mark.appendChild(
      svgElement(document, 'rect', {
        x: x(f.low),
        y: barY,
        width: Math.max(2, x(f.high) - x(f.low)),
        height: h,
        fill: FILL,
        'fill-opacity': 0.5,
        stroke: FILL,
      }),
    );
    for (const v of [f.low, f.high])
      mark.appendChild(
        svgElement(document, 'line', {
          x1: x(v),
          x2: x(v),
          y1: barY - 3,
          y2: barY + h + 3,
          stroke: INK,
          'stroke-width': 1.5,
        }),
      );
  } else if (shape === 'upper' && f.high !== null) {
    drawBound(document, mark, x, f.high, 'upper', barY, h);
  } else if (shape === 'lower' && f.low !== null) {
    drawBound(document, mark, x, f.low, 'lower', barY, h);
  }
  g.appendChild(mark);
}

/**
 * A bound ("at most", "at least"): a dashed bar over the shares it allows, from the scale's end
 * to the published value, and a chevron at the value.
 */
function drawBound(
  document: Document,
  mark: SVGGElement,
  x: (share: number) => number,
  value: number,
  side: 'upper' | 'lower',
  barY: number,
  h: number,
): void {
  mark.setAttribute('data-mark', 'bound');
  const at = x(value);
  const [from, to] = side === 'upper' ? [x(0), at] : [at, x(100)];
  const tip = side === 'upper' ? -6 : 6;
  mark.appendChild(
    svgElement(document, 'rect', {
      x: from,
      y: barY,
      width: to - from,
      height: h,
      fill: 'none',
      stroke: FILL,
      'stroke-dasharray': '4,2',
    }),
  );
  mark.appendChild(
    svgElement(document, 'path', {
      d: `M${at + tip},${barY - 2}L${at},${barY + h / 2}L${at + tip},${barY + h + 2}`,
      fill: 'none',
      stroke: INK,
      'stroke-width': 1.5,
    }),
  );
}

/**
 * Every published share on women by level, role or network position, each row with its area,
 * period, stage and market as the source states them. Exact values are bars, ranges intervals,
 * bounds one-sided bars with an open end: none is drawn as a point. A men's share is written as
 * published and not drawn on the women's scale. Context (not organized crime) comes last, apart.
 */
export function buildHierarchyChart(
  figures: ShareFigure[],
  options: HierarchyOptions,
): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const gaps = unpublishedPositions(figures);
  const notes: FrameNote[] = [];
  if (options.gapNotes ?? true)
    notes.push(
      {
        text: t('hierarchyGapLevels', {
          levels: gaps.hierarchy.map((c) => labelOf(HIERARCHY, c, lang)).join(', ') || '–',
        }),
      },
      {
        text: t('hierarchyGapRoles', {
          roles: gaps.roles.map((c) => labelOf(ROLE, c, lang)).join(', ') || '–',
        }),
      },
    );
  notes.push({ text: t('hierarchyNote') }, { text: t('noteDefinitions') });
  if (figures.some((f) => f.computed)) notes.push(methodNote(t('noteInterval')));
  const allRows = hierarchyRows(figures, lang);
  const [start, end] = options.range ?? [0, allRows.length];
  const rows = allRows.slice(start, end);
  const svg = buildFigureFrame(
    {
      ...frameBase(options),
      title: options.title ?? t('hierarchyTitle'),
      subtitle: options.subtitle ?? t('hierarchySubtitle'),
      sourceLine: options.sourcesLine,
      notes,
      summary: hierarchySummary(figures, lang),
      figureId: 'hierarchy',
      empty: figures.length === 0,
    },
    (layer, width, _maxHeight, measure) => {
      // On a narrow figure (a phone) a row's scope and group go full width above its bar and value.
      const stacked = width < type.label * 40;
      const labelWidth = stacked ? width : Math.min(type.label * 30, Math.round(width * 0.42));
      const valueWidth = Math.min(type.label * (stacked ? 12 : 20), Math.round(width * 0.3));
      const x = scaleLinear()
        .domain([0, 100])
        .range([stacked ? 8 : labelWidth, width - valueWidth]);
      const g = svgElement(document, 'g', {
        'aria-label': t('ariaPublished'),
        'font-size': type.label,
      });
      const h = Math.round(type.label * 1.15);
      let y = type.label * 1.6;
      const top = y;
      for (const row of rows) {
        if (row.kind === 'heading') {
          addText(document, g, row.text, { x: 0, y: y + type.label, 'font-weight': 700 });
          y += type.label * 1.8;
          continue;
        }
        const f = row.figure;
        // Wrapped, never cut: a figure's scope and value are read aloud as they stand.
        const labelLine = type.label * 1.3;
        const smallLine = type.small * 1.3;
        const scopeLines = wrapText(figureScope(f, lang), labelWidth - 16, type.label, measure);
        const countedLines = wrapText(figureCounted(f, lang), labelWidth - 16, type.small, measure);
        const valueLines = wrapText(figureValueText(f, lang), valueWidth - 8, type.label, measure);
        scopeLines.forEach((line, i) =>
          addText(document, g, line, { x: 8, y: y + type.label + i * labelLine, fill: INK }),
        );
        // The group's first line clears the scope's last (a larger size above a smaller one).
        const countedTop = y + type.label + (scopeLines.length - 1) * labelLine + type.small * 1.45;
        countedLines.forEach((line, i) =>
          addText(document, g, line, {
            x: 8,
            y: countedTop + i * smallLine,
            'font-size': type.small,
            fill: MUTED,
          }),
        );
        const left =
          (scopeLines.length - 1) * labelLine +
          (countedLines.length ? type.small * 1.45 + (countedLines.length - 1) * smallLine : 0);
        const markTop = stacked ? y + type.label + left + type.label * 0.6 : y;
        drawMark(document, g, f, x, markTop + 2, h);
        valueLines.forEach((line, i) =>
          addText(
            document,
            g,
            line,
            { x: x(100) + 8, y: markTop + type.label + i * labelLine },
            f.obsIds,
          ),
        );
        const right = (valueLines.length - 1) * labelLine;
        y = stacked
          ? markTop + type.label + Math.max(h - type.label, right) + type.label * 0.9
          : y + type.label + Math.max(left, right) + type.label * 0.9;
      }
      const grid = shareGrid(document, {
        axis: 'x',
        at: x,
        span: [top - 4, y],
        labelAt: top - 8,
        fontSize: type.small,
      });
      g.insertBefore(grid, g.firstChild);
      layer.appendChild(g);
      return y + 12;
    },
  );
  // A heading never ends a page: a page whose last row is a heading, with rows after it, does not fit.
  if (options.range && rows.length > 1 && rows.at(-1)?.kind === 'heading' && end < allRows.length)
    svg.setAttribute('data-overflow', 'true');
  return svg;
}
