import { svgElement, INK, MUTED } from '../charts/frame';
import { wrapText, type TextMeasurer } from '../charts/text-measure';
import type { translator } from '../i18n';
import {
  NO_DATA_FILL,
  OUTSIDE_FILL,
  SHARE_COLOURS,
  SHARE_THRESHOLDS,
  SUPPRESSED_FILL,
  TOTAL_ONLY_FILL,
} from './colour-scale';

export function definePatterns(document: Document, svg: SVGElement) {
  const defs = svgElement(document, 'defs');
  const noData = svgElement(document, 'pattern', {
    id: 'pattern-no-data',
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  noData.append(
    svgElement(document, 'rect', { width: 6, height: 6, fill: '#f7f7f7' }),
    svgElement(document, 'line', {
      x1: 0,
      y1: 0,
      x2: 0,
      y2: 6,
      stroke: '#9e9e9e',
      'stroke-width': 1.2,
    }),
  );
  const suppressed = svgElement(document, 'pattern', {
    id: 'pattern-suppressed',
    width: 5,
    height: 5,
    patternUnits: 'userSpaceOnUse',
  });
  suppressed.append(
    svgElement(document, 'rect', { width: 5, height: 5, fill: '#e0e0e0' }),
    svgElement(document, 'circle', { cx: 2.5, cy: 2.5, r: 1.1, fill: '#616161' }),
  );
  defs.append(noData, suppressed);
  svg.appendChild(defs);
}

/** How many States one legend item marks, and their rows. */
export interface LegendTally {
  count: number;
  obsIds: string[];
}

export interface LegendShows {
  outside: boolean;
  smallCount: boolean;
  partial: boolean;
  /** One item a row under the ramp, labels wrapped to the width (a legend over a map). */
  stacked?: boolean;
  /** How many States each status marks, said in its item (a slide, whose notes leave them out). */
  counts?: { suppressed: LegendTally; totalOnly: LegendTally; smallCount: LegendTally };
}

interface LegendItem {
  fill: string;
  label: string;
  opacity: number;
  obsIds?: string[];
}

function swatchRect(document: Document, x: number, y: number, fill: string, opacity: number) {
  return svgElement(document, 'rect', {
    x,
    y,
    width: 18,
    height: 12,
    fill,
    'fill-opacity': opacity,
    stroke: '#757575',
    'stroke-width': 0.5,
  });
}

/** The legend's items one a row under the ramp, each label wrapped beside its swatch. */
function stackedItems(
  document: Document,
  legend: SVGGElement,
  layer: SVGGElement,
  special: LegendItem[],
  width: number,
  measure: TextMeasurer,
): number {
  let rowY = 60;
  for (const { fill, label, opacity, obsIds } of special) {
    legend.appendChild(swatchRect(document, 0, rowY, fill, opacity));
    const lines = wrapText(label, width - 22, 12, measure);
    lines.forEach((line, i) => {
      const text = svgElement(document, 'text', {
        x: 22,
        y: rowY + 10 + i * 15,
        ...(obsIds?.length ? { 'data-obs-id': obsIds.join(' ') } : {}),
      });
      text.textContent = line;
      legend.appendChild(text);
    });
    rowY += 20 + (lines.length - 1) * 15;
  }
  layer.appendChild(legend);
  return rowY;
}

export function drawLegend(
  document: Document,
  layer: SVGGElement,
  t: ReturnType<typeof translator>,
  y: number,
  width: number,
  measure: TextMeasurer,
  show: LegendShows = {
    outside: false,
    smallCount: false,
    partial: false,
  },
): number {
  const legend = svgElement(document, 'g', {
    id: 'map-legend',
    transform: `translate(0,${y})`,
    'font-size': 12,
    fill: INK,
  });
  const title = svgElement(document, 'text', { x: 0, y: 12, 'font-weight': 700 });
  title.textContent = t('legendTitle');
  legend.appendChild(title);
  const swatch = Math.min(34, Math.floor(width / 9));
  SHARE_COLOURS.forEach((colour, i) => {
    legend.appendChild(
      svgElement(document, 'rect', {
        x: i * swatch,
        y: 20,
        width: swatch,
        height: 12,
        fill: colour,
        stroke: '#757575',
        'stroke-width': 0.5,
      }),
    );
  });
  ['0', ...SHARE_THRESHOLDS.map(String)].forEach((label, i) => {
    const tick = svgElement(document, 'text', {
      x: i * swatch,
      y: 46,
      'text-anchor': i === 0 ? 'start' : 'middle',
      fill: MUTED,
    });
    tick.textContent = label;
    legend.appendChild(tick);
  });
  // With counts (a slide), an item says how many States it marks, with their rows' ids.
  const item = (fill: string, label: string, opacity: number, tally?: LegendTally): LegendItem =>
    tally && tally.count > 0
      ? {
          fill,
          opacity,
          label: t('legendCount', { label, count: tally.count }),
          obsIds: tally.obsIds,
        }
      : { fill, opacity, label };
  const special: LegendItem[] = [
    item(NO_DATA_FILL, t('legendNoData'), 1),
    item(SUPPRESSED_FILL, t('legendSuppressed'), 1, show.counts?.suppressed),
    item(
      TOTAL_ONLY_FILL,
      show.partial ? t('legendTotalOrPartial') : t('legendTotalOnly'),
      1,
      show.counts?.totalOnly,
    ),
  ];
  if (show.smallCount)
    special.push(item(SHARE_COLOURS[3], t('legendSmallCount'), 0.45, show.counts?.smallCount));
  if (show.outside) special.push(item(OUTSIDE_FILL, t('legendOutside'), 1));
  if (show.stacked) return stackedItems(document, legend, layer, special, width, measure);
  const besideRamp = SHARE_COLOURS.length * swatch + 24;
  let x = besideRamp;
  let rowY = 20;
  for (const { fill, label, opacity, obsIds } of special) {
    const itemWidth = 22 + measure(label, 12) + 18;
    if (x + itemWidth > width) {
      rowY += 20;
      // Rows beside the ramp and its tick labels start beside it; below them, at the left edge.
      x = rowY < 52 ? besideRamp : 0;
    }
    // Too wide beside the ramp even on a row of its own (a phone): below the ramp, at the left.
    if (x > 0 && x + itemWidth > width) {
      rowY = Math.max(rowY + 20, 60);
      x = 0;
    }
    legend.appendChild(swatchRect(document, x, rowY, fill, opacity));
    const text = svgElement(document, 'text', {
      x: x + 22,
      y: rowY + 10,
      ...(obsIds?.length ? { 'data-obs-id': obsIds.join(' ') } : {}),
    });
    text.textContent = label;
    legend.appendChild(text);
    x += itemWidth;
  }
  layer.appendChild(legend);
  return Math.max(rowY + 32, 56);
}
