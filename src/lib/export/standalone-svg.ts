import { SVG_NS, MUTED } from '../charts/frame';
import { measureWithFontMetrics } from '../charts/font-measure';
import { wrapText } from '../charts/text-measure';

export interface ExportMeta {
  title: string;
  datasetVersion: string;
  /** ISO date (YYYY-MM-DD) printed on the figure. */
  date: string;
  permalink: string;
  filters: unknown;
  queries: string[];
  lang: 'en' | 'fr';
}

const LABELS = {
  en: {
    date: 'Exported',
    cite: 'How to cite',
    atlas: 'Women in Organized Crime Atlas',
    version: 'dataset version',
    link: 'Permalink',
  },
  fr: {
    date: 'Exporté le',
    cite: 'Citer',
    atlas: 'Atlas des femmes dans la criminalité organisée',
    version: 'version des données',
    link: 'Lien permanent',
  },
} as const;

export function citation(meta: ExportMeta): string {
  const l = LABELS[meta.lang];
  return `${l.cite}: ${l.atlas}, “${meta.title}”, ${l.version} ${meta.datasetVersion}, ${meta.date}.`;
}

/**
 * A figure as a file that stands alone: the builder's SVG plus date, citation, permalink
 * and machine-readable metadata; no stylesheet, no class, no external reference.
 */
export function standaloneSvg(figure: SVGSVGElement, meta: ExportMeta): string {
  const svg = figure.cloneNode(true) as SVGSVGElement;
  const document = svg.ownerDocument;
  const width = Number(svg.getAttribute('width'));
  let height = Number(svg.getAttribute('height'));
  const l = LABELS[meta.lang];
  const footer = document.createElementNS(SVG_NS, 'g');
  footer.setAttribute('id', 'export-footer');
  const lines = [
    ...wrapText(citation(meta), width - 48, 11, measureWithFontMetrics),
    ...wrapText(`${l.link}: ${meta.permalink}`, width - 48, 11, measureWithFontMetrics),
    `${l.date} ${meta.date}`,
  ];
  height -= 14;
  for (const line of lines) {
    height += 15;
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '24');
    text.setAttribute('y', String(height));
    text.setAttribute('font-size', '11');
    text.setAttribute('fill', MUTED);
    text.textContent = line;
    footer.appendChild(text);
  }
  height += 24;
  svg.appendChild(footer);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const metadata = document.createElementNS(SVG_NS, 'metadata');
  metadata.textContent = JSON.stringify({
    datasetVersion: meta.datasetVersion,
    date: meta.date,
    filters: meta.filters,
    permalink: meta.permalink,
    queries: meta.queries,
  });
  svg.insertBefore(metadata, svg.firstChild);
  svg.querySelectorAll('[class]').forEach((el) => el.removeAttribute('class'));
  svg.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  svg.removeAttribute('style');
  const markup = new (document.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(
    svg,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** Nothing in an exported figure may point outside the file. */
export function externalReferences(markup: string): string[] {
  const found = markup.match(/(?:href|src)\s*=\s*"(?!#)[^"]*"|url\((?!#)[^)]*\)|@import|var\(--/g);
  return found ?? [];
}
