import { wrapText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT_STACK = "'Noto Sans', 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
export const INK = '#1a1a1a';
export const MUTED = '#4a4a4a';

export interface FrameNote {
  text: string;
  obsIds?: string[];
}

export interface FrameOptions {
  document: Document;
  width: number;
  title: string;
  subtitle: string;
  sourceLine: string;
  notes: FrameNote[];
  summary: string;
  figureId: string;
  lang: string;
  measure?: TextMeasurer;
  /** Interactive figures hold focusable parts, so they cannot be a single image. */
  interactive?: boolean;
}

export type BodyRenderer = (layer: SVGGElement, width: number) => number;

const PAD = 24;

export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function textBlock(
  document: Document,
  parent: SVGGElement,
  lines: string[],
  y: number,
  size: number,
  options: { weight?: string; fill?: string; obsIds?: string[] },
): number {
  const lineHeight = Math.round(size * 1.3);
  for (const line of lines) {
    y += lineHeight;
    const text = svgElement(document, 'text', {
      x: PAD,
      y,
      'font-size': size,
      fill: options.fill ?? INK,
    });
    if (options.weight) text.setAttribute('font-weight', options.weight);
    if (options.obsIds?.length) text.setAttribute('data-obs-id', options.obsIds.join(' '));
    text.textContent = line;
    parent.appendChild(text);
  }
  return y;
}

/**
 * Every figure carries its own title, subtitle, notes, source line and font stack, so
 * the SVG can leave the app as it is.
 */
export function buildFigureFrame(options: FrameOptions, renderBody: BodyRenderer): SVGSVGElement {
  const { document, width } = options;
  const measure = options.measure ?? measureWithFontMetrics;
  const inner = width - 2 * PAD;
  const svg = svgElement(document, 'svg', {
    width,
    viewBox: `0 0 ${width} 100`,
    role: options.interactive ? 'group' : 'img',
    'aria-labelledby': `${options.figureId}-title ${options.figureId}-desc`,
    'font-family': FONT_STACK,
    lang: options.lang,
    'data-figure': options.figureId,
  });
  const title = svgElement(document, 'title', { id: `${options.figureId}-title` });
  title.textContent = options.title;
  const desc = svgElement(document, 'desc', { id: `${options.figureId}-desc` });
  desc.textContent = options.summary;
  svg.append(title, desc);
  svg.appendChild(
    svgElement(document, 'rect', { x: 0, y: 0, width, height: '100%', fill: '#ffffff' }),
  );

  const header = svgElement(document, 'g', {
    id: `${options.figureId}-header`,
    'aria-hidden': 'true',
  });
  let y = PAD - 8;
  y = textBlock(document, header, wrapText(options.title, inner, 20, measure, true), y, 20, {
    weight: '700',
  });
  y = textBlock(document, header, wrapText(options.subtitle, inner, 14, measure), y + 2, 14, {
    fill: MUTED,
  });
  svg.appendChild(header);

  const body = svgElement(document, 'g', {
    id: `${options.figureId}-body`,
    transform: `translate(${PAD},${y + 12})`,
  });
  svg.appendChild(body);
  y += 12 + renderBody(body, inner);

  const footer = svgElement(document, 'g', { id: `${options.figureId}-footer` });
  y += 8;
  for (const note of options.notes) {
    y = textBlock(document, footer, wrapText(note.text, inner, 12, measure), y, 12, {
      fill: MUTED,
      ...(note.obsIds ? { obsIds: note.obsIds } : {}),
    });
  }
  y = textBlock(document, footer, wrapText(options.sourceLine, inner, 12, measure), y + 4, 12, {
    fill: INK,
  });
  svg.appendChild(footer);

  // aria-label is prohibited on an element without a role; mark groups become named groups.
  svg.querySelectorAll('g[aria-label]:not([role])').forEach((g) => g.setAttribute('role', 'group'));

  const height = Math.ceil(y + PAD);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}
