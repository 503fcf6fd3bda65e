import { scaleLinear } from 'd3';
import { svgElement, INK, MUTED, type TypeScale } from '../frame';
import { addText } from '../plot-layer';
import { fitText, wrapText, type TextMeasurer } from '../text-measure';
import { formatPercent } from '../../i18n';
import { localName } from '../../i18n/names';
import { formatShareWithInterval } from '../../method/figure-values';
import type { Lang } from '../../model/filters';
import { seriesColour } from '../pipeline-chart';
import { formatScore } from '../score-format';
import { OFFENCE_COLUMNS, type MarketsStateRow, type OffenceCell } from './state-rows';
import type { MarketsColumns } from './column-layout';

/** Where each State's row stands, and the middle of its row of marks. */
export interface MarketsRowLayout {
  nameLines: string[][];
  rowHeights: number[];
  rowTops: number[];
  bodyTop: number;
  bodyBottom: number;
  marksMiddle: (r: number) => number;
}

export interface MarksPen {
  document: Document;
  g: SVGGElement;
  lang: Lang;
  type: TypeScale;
  measure: TextMeasurer;
  width: number;
  columns: MarketsColumns;
  rows: MarketsRowLayout;
}

export function measureMarketsRows(
  shown: MarketsStateRow[],
  bodyTop: number,
  { type, lang, measure, columns }: Pick<MarksPen, 'type' | 'lang' | 'measure' | 'columns'>,
  width: number,
): MarketsRowLayout {
  const { stacked, nameWidth } = columns;
  const nameLines = shown.map((row) =>
    wrapText(localName(row, lang), stacked ? width : nameWidth - 6, type.label, measure),
  );
  const nameBlock = (lines: string[]) => type.label * (0.4 + 1.2 * lines.length);
  const rowHeights = nameLines.map((lines) =>
    stacked
      ? Math.round(nameBlock(lines) + type.label * 1.8 + type.small * 1.6)
      : Math.round(type.label * (lines.length === 2 ? 2.7 : 1.7)),
  );
  const rowTops = rowHeights.map((_, r) => rowHeights.slice(0, r).reduce((sum, h) => sum + h, 0));
  const bodyBottom = bodyTop + rowHeights.reduce((sum, h) => sum + h, 0);
  const marksMiddle = (r: number) =>
    bodyTop +
    (rowTops[r] ?? 0) +
    (stacked ? nameBlock(nameLines[r] ?? []) + type.label * 0.9 : (rowHeights[r] ?? 0) / 2);
  return { nameLines, rowHeights, rowTops, bodyTop, bodyBottom, marksMiddle };
}

const shareScale = (columns: MarketsColumns, i: number) =>
  scaleLinear()
    .domain([0, 100])
    .range([columns.columnsX[i] ?? 0, (columns.columnsX[i] ?? 0) + columns.columnWidth]);

/** The 0, 50 and 100 lines of each offence column, labelled below the last State. */
export function drawOffenceGrid(pen: MarksPen, stateCount: number): void {
  const { document, g, type, measure, columns, rows } = pen;
  OFFENCE_COLUMNS.forEach((_, i) => {
    const x = shareScale(columns, i);
    const tickLabelsWidth =
      measure('0', type.small) + measure('50', type.small) + measure('100', type.small);
    const labelMiddle = columns.columnWidth >= tickLabelsWidth + type.small * 2;
    // Stacked, the grid runs through each State's row of marks only, not its name or scores.
    const gridSpans = columns.stacked
      ? Array.from({ length: stateCount }, (_, r) => {
          const middle = rows.marksMiddle(r);
          return [middle - type.label * 0.8, middle + type.label * 0.8] as const;
        })
      : [[rows.bodyTop, rows.bodyBottom] as const];
    for (const tick of [0, 50, 100]) {
      for (const [y1, y2] of gridSpans)
        g.appendChild(
          svgElement(document, 'line', {
            x1: x(tick),
            x2: x(tick),
            y1,
            y2,
            stroke: tick === 50 ? MUTED : '#e0e0e0',
            'stroke-dasharray': tick === 50 ? '4,3' : 'none',
          }),
        );
      if (tick === 50 && !labelMiddle) continue;
      addText(document, g, String(tick), {
        x: x(tick),
        y: rows.bodyBottom + type.small * 1.3,
        'text-anchor': tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle',
        'font-size': type.small,
        fill: MUTED,
      });
    }
  });
}

/** The row's band behind everything drawn so far: picked States stand out, others alternate. */
function drawRowBand(pen: MarksPen, r: number, picked: boolean): void {
  const { document, g, width, rows } = pen;
  const y = rows.bodyTop + (rows.rowTops[r] ?? 0);
  const height = rows.rowHeights[r] ?? 0;
  if (picked)
    g.insertBefore(
      svgElement(document, 'rect', {
        x: 0,
        y,
        width,
        height,
        fill: '#fff4cc',
        stroke: INK,
        'stroke-width': 1.5,
        'data-selected': 'true',
      }),
      g.firstChild,
    );
  else if (r % 2 === 0)
    g.insertBefore(
      svgElement(document, 'rect', { x: 0, y, width, height, fill: '#f7f9fb' }),
      g.firstChild,
    );
}

/** The State's name: beside its marks, or stacked above them on its own lines. */
function drawStateName(pen: MarksPen, row: MarketsStateRow, r: number, picked: boolean): void {
  const { document, g, type, lang, measure, columns, rows } = pen;
  const { stacked } = columns;
  const lines = rows.nameLines[r] ?? [];
  const top = rows.bodyTop + (rows.rowTops[r] ?? 0);
  const cy = rows.marksMiddle(r);
  const name = addText(document, g, lines.length > 2 && !stacked ? '' : (lines[0] ?? ''), {
    x: 0,
    y: stacked ? top + type.label * 1.1 : cy - (lines.length === 2 ? type.label * 0.6 : 0),
    ...(stacked ? {} : { dy: '0.32em' }),
    'data-iso3': row.iso3,
    ...(picked ? { 'font-weight': 700 } : {}),
  });
  const nextLine = (text: string) => {
    const line = svgElement(document, 'tspan', { x: 0, dy: type.label * 1.2 });
    line.textContent = text;
    name.appendChild(line);
  };
  if (stacked) lines.slice(1).forEach(nextLine);
  else if (lines.length > 2)
    name.textContent = fitText(localName(row, lang), columns.nameWidth - 6, type.label, measure);
  else if (lines.length === 2) nextLine(lines[1] ?? '');
}

/**
 * One share: its interval and dot, and on a projected or printed page, which cannot be hovered,
 * its value beside it on the side where the column has room.
 */
function drawShareMark(
  pen: MarksPen,
  row: MarketsStateRow,
  cell: OffenceCell & { share: number },
  i: number,
  cy: number,
  onPage: boolean,
): void {
  const { document, g, type, lang, measure, columns } = pen;
  const x = shareScale(columns, i);
  const colour = seriesColour(`${cell.market}|${cell.series}`);
  if (cell.interval)
    g.appendChild(
      svgElement(document, 'line', {
        x1: x(cell.interval.low),
        x2: x(cell.interval.high),
        y1: cy,
        y2: cy,
        stroke: colour,
        'stroke-width': 1.5,
      }),
    );
  const dot = svgElement(document, 'circle', {
    cx: x(cell.share),
    cy,
    r: Math.max(3.5, type.label * 0.33),
    fill: cell.smallCount ? '#ffffff' : colour,
    stroke: colour,
    'stroke-width': 1.5,
    'data-iso3': row.iso3,
    'data-market': cell.market,
    'data-series': cell.series,
    'data-obs-id': cell.obsIds.join(' '),
    'data-small-count': cell.smallCount ? 'true' : 'false',
  });
  const title = svgElement(document, 'title');
  title.textContent = `${localName(row, lang)}, ${cell.year}: ${formatShareWithInterval(cell.share, cell.interval, lang)}`;
  dot.appendChild(title);
  g.appendChild(dot);
  if (!onPage) return;
  const value = formatPercent(cell.share, lang);
  const gap = Math.max(3.5, type.label * 0.33) + 4;
  const right = x(cell.share) + gap + measure(value, type.small) <= x(100);
  addText(
    document,
    g,
    value,
    {
      x: right ? x(cell.share) + gap : x(cell.share) - gap,
      y: cy,
      dy: '0.32em',
      'text-anchor': right ? 'start' : 'end',
      'font-size': type.small,
      stroke: '#ffffff',
      'stroke-width': 3,
      'paint-order': 'stroke',
      'data-value': '',
    },
    cell.obsIds,
  );
}

/** The GI-TOC scores: level with the marks, or on a line of their own below them (stacked). */
function drawScores(pen: MarksPen, row: MarketsStateRow, cy: number): void {
  const { document, g, type, lang, columns } = pen;
  const scoresY = columns.stacked ? cy + type.label * 0.9 + type.small * 0.8 : cy;
  row.scores.forEach((score, i) => {
    addText(
      document,
      g,
      score ? formatScore(score.score, lang) : '–',
      {
        x: columns.scoresX + i * columns.scoreWidth + columns.scoreWidth / 2,
        y: scoresY,
        dy: '0.32em',
        'text-anchor': 'middle',
        'font-size': type.small,
        fill: score ? INK : MUTED,
      },
      score ? [score.scoreId] : [],
    );
  });
}

/** One State: its band, its name, its shares with their intervals, and its scores. */
export function drawStateRow(
  pen: MarksPen,
  row: MarketsStateRow,
  r: number,
  options: { picked: boolean; onPage: boolean },
): void {
  const cy = pen.rows.marksMiddle(r);
  drawRowBand(pen, r, options.picked);
  drawStateName(pen, row, r, options.picked);
  row.cells.forEach((cell, i) => {
    if (cell.share !== null)
      drawShareMark(pen, row, { ...cell, share: cell.share }, i, cy, options.onPage);
  });
  drawScores(pen, row, cy);
}
