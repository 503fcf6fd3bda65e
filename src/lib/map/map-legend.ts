import { svgElement, INK, MUTED } from '../charts/frame';
import type { TextMeasurer } from '../charts/text-measure';
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

export function drawLegend(
  document: Document,
  layer: SVGGElement,
  t: ReturnType<typeof translator>,
  y: number,
  width: number,
  measure: TextMeasurer,
  show: { outside: boolean; smallCount: boolean; partial: boolean } = {
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
  const special: [string, string, number][] = [
    [NO_DATA_FILL, t('legendNoData'), 1],
    [SUPPRESSED_FILL, t('legendSuppressed'), 1],
    [TOTAL_ONLY_FILL, show.partial ? t('legendTotalOrPartial') : t('legendTotalOnly'), 1],
  ];
  if (show.smallCount) special.push([SHARE_COLOURS[3], t('legendSmallCount'), 0.45]);
  if (show.outside) special.push([OUTSIDE_FILL, t('legendOutside'), 1]);
  const besideRamp = SHARE_COLOURS.length * swatch + 24;
  let x = besideRamp;
  let rowY = 20;
  for (const [fill, label, opacity] of special) {
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
    legend.appendChild(
      svgElement(document, 'rect', {
        x,
        y: rowY,
        width: 18,
        height: 12,
        fill,
        'fill-opacity': opacity,
        stroke: '#757575',
        'stroke-width': 0.5,
      }),
    );
    const text = svgElement(document, 'text', { x: x + 22, y: rowY + 10 });
    text.textContent = label;
    legend.appendChild(text);
    x += itemWidth;
  }
  layer.appendChild(legend);
  return Math.max(rowY + 32, 56);
}
