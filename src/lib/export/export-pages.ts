import type { FigureLayout } from '../charts/frame';
import {
  exportFooterHeight,
  standaloneSvg,
  type ExportMeta,
  type SourceMetadata,
} from './standalone-svg';

export interface ExportedPage {
  markup: string;
  title: string;
  height: number;
}

/**
 * A figure's pages as standalone files. A fixed-height page keeps room at its foot for the
 * citation, link and date lines; as the citation quotes the title, the room is measured with it.
 */
export function exportedPages(
  draw: (layout: FigureLayout) => SVGSVGElement[],
  layout: FigureLayout,
  meta: Omit<ExportMeta, 'title'>,
  fixed: boolean,
  sourcesOf?: (svg: SVGSVGElement) => SourceMetadata[],
): ExportedPage[] {
  const footer = (title: string) =>
    exportFooterHeight({ ...meta, title }, layout.width, layout.type);
  let reserve = fixed ? footer('') : 0;
  let svgs = draw({ ...layout, reserve });
  const titleOf = (svg: SVGSVGElement) => svg.querySelector('title')?.textContent ?? '';
  if (fixed) {
    const needed = Math.max(0, ...svgs.map((svg) => footer(titleOf(svg))));
    if (needed > reserve) {
      reserve = needed;
      svgs = draw({ ...layout, reserve });
    }
  }
  return svgs.map((svg) => {
    const title = titleOf(svg);
    const sources = sourcesOf?.(svg);
    const markup = standaloneSvg(
      svg,
      { ...meta, title, ...(sources ? { sources } : {}) },
      layout.type,
      fixed,
    );
    const height = Number(/height="(\d+)"/.exec(markup.slice(markup.indexOf('<svg')))?.[1] ?? 0);
    return { markup, title, height };
  });
}
