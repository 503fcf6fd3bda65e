import { INK, MUTED, svgElement } from './frame';
import type { Interval } from '../method/interval';
import { addText } from './plot-layer';

const SHARE_TICKS = [0, 25, 50, 75, 100] as const;

/**
 * Where the grid of a share axis goes. `axis: 'x'` draws upright lines at `at(tick)` for charts
 * whose bars run across; `axis: 'y'` draws level lines for the pipeline's columns. `span` is the
 * lines' extent on the other axis, `labelAt` where the tick labels sit on it.
 */
export interface ShareGridPlace {
  axis: 'x' | 'y';
  at: (share: number) => number;
  span: readonly [number, number];
  labelAt: number;
  fontSize: number;
  ticks?: readonly number[];
}

/**
 * The grid every share chart draws, once: a line at each tick, parity (50%) dashed and darker,
 * and the tick's number. Hidden from screen readers, which read the values themselves.
 */
export function shareGrid(document: Document, place: ShareGridPlace): SVGGElement {
  const grid = svgElement(document, 'g', { 'aria-hidden': 'true' }) as SVGGElement;
  const [from, to] = place.span;
  for (const tick of place.ticks ?? SHARE_TICKS) {
    const at = place.at(tick);
    const across =
      place.axis === 'x'
        ? { x1: at, x2: at, y1: from, y2: to }
        : { x1: from, x2: to, y1: at, y2: at };
    grid.appendChild(
      svgElement(document, 'line', {
        ...across,
        stroke: tick === 50 ? MUTED : '#e0e0e0',
        'stroke-dasharray': tick === 50 ? '4,3' : 'none',
      }),
    );
    const label: Record<string, string | number> =
      place.axis === 'x'
        ? { x: at, y: place.labelAt, 'text-anchor': 'middle' }
        : { x: place.labelAt, y: at, dy: '0.32em', 'text-anchor': 'end' };
    addText(document, grid, String(tick), { ...label, 'font-size': place.fontSize, fill: MUTED });
  }
  return grid;
}

/** A bar's 95% interval: a line across the bar at its middle, `y`, on the share axis `at`. */
export function intervalLine(
  document: Document,
  at: (share: number) => number,
  interval: Interval,
  y: number,
): SVGLineElement {
  return svgElement(document, 'line', {
    x1: at(interval.low),
    x2: at(interval.high),
    y1: y,
    y2: y,
    stroke: INK,
    'stroke-width': 1.2,
  });
}
