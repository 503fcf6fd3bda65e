import type { FigureName } from '../lib/model/figure-names';

/**
 * The figures in the atlas's first screen, at 1440x900 and at 390x844: the only ones index.html
 * holds inline. The others are files of their own (`staticFigurePath`), shown with a lazy <img>.
 */
export const FIRST_SCREEN: readonly FigureName[] = ['states-chart'];

/** Where the build writes a figure of the default view that is not in the first screen. */
export function staticFigurePath(name: FigureName): string {
  return `static/${name}-en.svg`;
}

/**
 * A figure below the first screen, as a file of its own: fetched only without JavaScript (in
 * <noscript>), since with it the app draws the figure before a reader scrolls there; an empty
 * box of the figure's size keeps its room meanwhile (hidden without JavaScript).
 */
export function figureFromFile(
  document: Document,
  svg: SVGSVGElement,
  file: string,
  label: string,
): Element[] {
  const width = svg.getAttribute('width') ?? '';
  const height = svg.getAttribute('height') ?? '';
  const room = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [k, v] of Object.entries({
    class: 'static-room',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
  }))
    room.setAttribute(k, v);
  const fallback = document.createElement('noscript');
  const img = document.createElement('img');
  for (const [k, v] of Object.entries({
    src: file,
    alt: svg.querySelector('title')?.textContent ?? label,
    width,
    height,
    loading: 'lazy',
  }))
    img.setAttribute(k, v);
  fallback.append(img);
  return [room, fallback];
}
