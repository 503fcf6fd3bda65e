import { SVG_NS, MUTED, framePadding, SCREEN_TYPE, type TypeScale } from '../charts/frame';
import { measureWithFontMetrics } from '../charts/font-measure';
import { wrapText } from '../charts/text-measure';
import { LOCALES, translator } from '../i18n';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';

export interface ExportMeta {
  title: string;
  datasetVersion: string;
  /** ISO date (YYYY-MM-DD) of the export. */
  date: string;
  /** A link to the published atlas, or null when no public address is set (no link line then). */
  permalink: string | null;
  filters: unknown;
  queries: string[];
  /** The sources of the figure's rows, with their full terms and where the atlas's copy came from: in the metadata, never on the slide. */
  sources?: SourceMetadata[];
  lang: Lang;
}

export interface SourceMetadata {
  sourceId: string;
  publisher: string;
  title: string;
  year: number | null;
  url: string;
  terms: string;
  provenance: string | null;
}

/** The sources behind every observation id the figure carries, once each. */
export function figureSources(
  svg: Element,
  sourceOf: (obsId: string) => SourceRow | undefined,
): SourceMetadata[] {
  const ids = new Set(
    [...svg.querySelectorAll('[data-obs-id]')].flatMap((el) =>
      (el.getAttribute('data-obs-id') ?? '').split(' ').filter(Boolean),
    ),
  );
  const found = new Map<string, SourceMetadata>();
  for (const id of ids) {
    const s = sourceOf(id);
    if (s && !found.has(s.sourceId))
      found.set(s.sourceId, {
        sourceId: s.sourceId,
        publisher: s.publisher,
        title: s.title,
        year: s.year,
        url: s.url,
        terms: s.terms,
        provenance: s.provenance,
      });
  }
  return [...found.values()].sort((a, b) => a.sourceId.localeCompare(b.sourceId));
}

export function exportDate(date: string, lang: Lang): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(parsed.getTime())
    ? date
    : new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

function exportLines(
  meta: ExportMeta,
  width: number,
  type: TypeScale,
): { lines: string[]; size: number } {
  const t = translator(meta.lang);
  const pad = framePadding(type);
  const size = Math.max(11, Math.round(type.note * 0.92));
  return {
    size,
    lines: [
      ...wrapText(citation(meta), width - 2 * pad, size, measureWithFontMetrics),
      ...(meta.permalink
        ? wrapText(
            t('permalinkLine', { url: meta.permalink }),
            width - 2 * pad,
            size,
            measureWithFontMetrics,
          )
        : []),
      t('exportedOn', { date: exportDate(meta.date, meta.lang) }),
    ],
  };
}

/** The height the export's lines take: a fixed-height figure keeps it free (FigureLayout.reserve). */
export function exportFooterHeight(meta: ExportMeta, width: number, type: TypeScale): number {
  const { lines, size } = exportLines(meta, width, type);
  return lines.length * Math.round(size * 1.35) + 8;
}

export function citation(meta: ExportMeta): string {
  const t = translator(meta.lang);
  return t('citation', {
    atlas: t('atlasName'),
    title: meta.title,
    version: meta.datasetVersion,
    date: exportDate(meta.date, meta.lang),
  });
}

/**
 * A figure as a file that stands alone: the builder's SVG plus citation, permalink (only to a
 * public address), date and machine-readable metadata; no stylesheet, no class, no external
 * reference. A figure with a fixed height (slides, A4, square) keeps its height: the lines go
 * into the space its footer reserved at the bottom.
 */
export function standaloneSvg(
  figure: SVGSVGElement,
  meta: ExportMeta,
  type: TypeScale = SCREEN_TYPE,
  fixedHeight = false,
): string {
  const svg = figure.cloneNode(true) as SVGSVGElement;
  const document = svg.ownerDocument;
  const width = Number(svg.getAttribute('width'));
  let height = Number(svg.getAttribute('height'));
  const pad = framePadding(type);
  const { lines, size } = exportLines(meta, width, type);
  const lineHeight = Math.round(size * 1.35);
  const footer = document.createElementNS(SVG_NS, 'g');
  footer.setAttribute('id', 'export-footer');
  let y = fixedHeight
    ? height - pad - exportFooterHeight(meta, width, type) + lineHeight + 8
    : height - pad + lineHeight;
  for (const line of lines) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(pad));
    text.setAttribute('y', String(Math.round(y)));
    text.setAttribute('font-size', String(size));
    text.setAttribute('fill', MUTED);
    text.textContent = line;
    footer.appendChild(text);
    y += lineHeight;
  }
  if (!fixedHeight) height = Math.ceil(y - lineHeight + pad);
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
    ...(meta.sources ? { sources: meta.sources } : {}),
  });
  svg.insertBefore(metadata, svg.firstChild);
  svg.querySelectorAll('[class]').forEach((el) => el.removeAttribute('class'));
  svg.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  svg.querySelectorAll('[data-pending]').forEach((el) => el.removeAttribute('data-pending'));
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
