import { FONT_STACK, INK, svgElement } from './frame';

export type PlotScale = { apply(v: unknown): number; bandwidth?: number };
export type PlotSvg = SVGSVGElement & { scale(name: 'x' | 'y' | 'color'): PlotScale };

/** Makes Plot's SVG standalone: no class-bound stylesheet, explicit font and colour. */
export function standalonePlot(plot: Element): PlotSvg {
  const svg = plot as PlotSvg;
  svg.removeAttribute('class');
  svg.removeAttribute('style');
  svg.setAttribute('font-family', FONT_STACK);
  svg.setAttribute('font-size', '12');
  svg.setAttribute('color', INK);
  svg.querySelectorAll('style').forEach((s) => s.remove());
  return svg;
}

export function addText(
  document: Document,
  parent: Element,
  text: string,
  attributes: Record<string, string | number>,
  obsIds: string[] = [],
): SVGTextElement {
  const element = svgElement(document, 'text', attributes);
  if (obsIds.length > 0) element.setAttribute('data-obs-id', obsIds.join(' '));
  element.textContent = text;
  parent.appendChild(element);
  return element;
}
