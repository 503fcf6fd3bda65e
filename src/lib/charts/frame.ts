import { wrapText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';
import { translator } from '../i18n';
import type { Lang } from '../model/filters';

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT_STACK = "'Noto Sans', 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
export const INK = '#1a1a1a';
export const MUTED = '#4a4a4a';

/** Font sizes of one figure, in px: the presets for slides and print set larger ones. */
export interface TypeScale {
  title: number;
  subtitle: number;
  /** Axis, value and row labels. */
  label: number;
  /** Secondary labels (years, counts under a label). */
  small: number;
  /** Notes and the source line. */
  note: number;
}

export const SCREEN_TYPE: TypeScale = { title: 20, subtitle: 14, label: 12, small: 11, note: 12 };

/** How large a figure is drawn: its width, a fixed height or none, and its type sizes. */
export interface FigureLayout {
  width: number;
  /** A fixed height (slides, A4, square); null: as tall as its content (the screen). */
  height: number | null;
  type: TypeScale;
  /** When a figure's rows are split over several pages: which page this is. */
  page?: { index: number; count: number };
  /** Height kept free at the bottom of a fixed-height figure for the export's citation lines. */
  reserve?: number;
  /** Drawn for the page itself, where it can be hovered and tapped; never set for an export. */
  onScreen?: boolean;
  /**
   * The title is drawn around the figure (a deck slide's title placeholder): the figure keeps
   * it as its `<title>` only, so that it shows once.
   */
  untitled?: boolean;
  /**
   * Shown to a room (the slide preset): the notes an audience needs stay on the figure, the
   * method notes go to the speaker notes, and legends may sit over the figure's free space.
   */
  presented?: boolean;
}

/** The layout of a figure on the page; exports use the presets' layouts, never this one. */
export function screenLayout(width: number): FigureLayout {
  return { width, height: null, type: SCREEN_TYPE, onScreen: true };
}

/**
 * A figure on screen that nothing makes interactive (an embed, a page drawn before the app):
 * as on screen, without the hints on how to use it.
 */
export function pictureLayout(width: number): FigureLayout {
  return { width, height: null, type: SCREEN_TYPE };
}

export interface FrameNote {
  text: string;
  obsIds?: string[];
  /**
   * 'method': how a value is computed or how to read an interval; on a slide it goes to the
   * speaker notes. Any other note (source, scope, small counts, suppressed values, footnotes
   * every map keeps) stays on the figure wherever it is drawn.
   */
  kind?: 'method';
}

/** A note on the method: drawn under the figure, except on a slide (the speaker notes). */
export const methodNote = (text: string): FrameNote => ({ text, kind: 'method' });

/** Where a slide keeps its method notes for the speaker notes: read by the deck, never drawn. */
export const SPEAKER_NOTES = 'metadata[data-speaker-notes]';

/** The method notes a slide moved off the figure, for its speaker notes. */
export function speakerNotesOf(svg: Element): string[] {
  const text = svg.querySelector(SPEAKER_NOTES)?.textContent ?? '';
  return text.split('\n').filter(Boolean);
}

/** What every figure builder takes besides its rows and its own words. */
export interface FigureOptions {
  document: Document;
  lang: Lang;
  layout: FigureLayout;
  /** How wide a text is drawn; the frame uses the bundled font metrics when none is given. */
  measure?: TextMeasurer;
  /** What the figure says when it has nothing to draw, from its view's spec (`emptyReason`). */
  emptyReason?: string;
}

/** The options a builder hands on to its frame as it was given them. */
export function frameBase({
  document,
  lang,
  layout,
  measure,
  emptyReason,
}: FigureOptions): FigureOptions {
  return { document, lang, layout, measure, emptyReason };
}

export interface FrameOptions extends FigureOptions {
  title: string;
  subtitle: string;
  /** How to use the figure by pointer or keyboard: added to the subtitle on screen only. */
  hint?: string;
  sourceLine: string;
  notes: FrameNote[];
  summary: string;
  figureId: string;
  /** Interactive figures hold focusable parts, so they cannot be a single image. */
  interactive?: boolean;
  /** The body has nothing to draw: the frame says `emptyReason` (or the general reason) instead. */
  empty?: boolean;
}

/**
 * Draws the body in `layer`, at most `maxHeight` high when the figure has a fixed height, with
 * the frame's text measure; returns its height.
 */
export type BodyRenderer = (
  layer: SVGGElement,
  width: number,
  maxHeight: number | null,
  measure: TextMeasurer,
) => number;

export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** The outer margin of a figure: wider on slides, so nothing sits on the projector's edge. */
export function framePadding(type: TypeScale): number {
  return Math.max(24, Math.round(type.label * 2));
}

function textBlock(
  document: Document,
  parent: SVGGElement,
  lines: string[],
  x: number,
  y: number,
  size: number,
  options: { weight?: string; fill?: string; obsIds?: string[]; sourceLine?: boolean },
): number {
  const lineHeight = Math.round(size * 1.3);
  for (const line of lines) {
    y += lineHeight;
    const text = svgElement(document, 'text', {
      x,
      y,
      'font-size': size,
      fill: options.fill ?? INK,
    });
    if (options.weight) text.setAttribute('font-weight', options.weight);
    if (options.obsIds?.length) text.setAttribute('data-obs-id', options.obsIds.join(' '));
    // The source line names sources' titles and publishers, which stay as published.
    if (options.sourceLine) text.setAttribute('data-source-line', '');
    text.textContent = line;
    parent.appendChild(text);
  }
  return y;
}

/** Why a figure has nothing to draw when its view gives no reason of its own. */
export function generalEmptyReason(lang: Lang): string {
  return translator(lang)('emptySuggest');
}

/** What a figure's body says when it has nothing to draw, wrapped to the body's width. */
function drawEmptyMessage(
  document: Document,
  layer: SVGGElement,
  text: string,
  width: number,
  type: TypeScale,
  measure: TextMeasurer,
): number {
  const lines = wrapText(text, width, type.label, measure);
  const lineHeight = Math.round(type.label * 1.3);
  lines.forEach((line, i) => {
    const element = svgElement(document, 'text', {
      x: 0,
      y: type.label * 1.6 + i * lineHeight,
      'font-size': type.label,
      fill: MUTED,
    });
    element.textContent = line;
    layer.appendChild(element);
  });
  return type.label * 2.5 + Math.max(0, lines.length - 1) * lineHeight;
}

/**
 * Every figure carries its own title, subtitle, notes, source line and font stack, so the SVG
 * can leave the app as it is. With a fixed height the footer sits at the bottom and the body
 * gets what is left; a body taller than that marks the figure as overflowing
 * (`data-overflow`), so the caller can split its rows over several pages.
 */
export function buildFigureFrame(options: FrameOptions, renderBody: BodyRenderer): SVGSVGElement {
  const { document, layout } = options;
  const { width, type } = layout;
  const measure = options.measure ?? measureWithFontMetrics;
  const pad = framePadding(type);
  const inner = width - 2 * pad;
  const svg = svgElement(document, 'svg', {
    width,
    viewBox: `0 0 ${width} 100`,
    role: options.interactive ? 'group' : 'img',
    'aria-labelledby': `${options.figureId}-title ${options.figureId}-desc`,
    'font-family': FONT_STACK,
    lang: options.lang,
    'data-figure': options.figureId,
  });
  // A page of a split figure says which: "(1 of 2)", in the figure's language.
  const titleText = layout.page
    ? `${options.title} (${translator(options.lang)('pageOf', { page: layout.page.index + 1, pages: layout.page.count })})`
    : options.title;
  const title = svgElement(document, 'title', { id: `${options.figureId}-title` });
  title.textContent = titleText;
  const desc = svgElement(document, 'desc', { id: `${options.figureId}-desc` });
  // The figure is an image to a screen reader: an empty one's description says why it is empty.
  const emptyMessage = options.empty
    ? (options.emptyReason ?? generalEmptyReason(options.lang))
    : null;
  desc.textContent =
    emptyMessage === null || options.summary.includes(emptyMessage)
      ? options.summary
      : `${options.summary} ${emptyMessage}`;
  svg.append(title, desc);
  svg.appendChild(
    svgElement(document, 'rect', { x: 0, y: 0, width, height: '100%', fill: '#ffffff' }),
  );

  const header = svgElement(document, 'g', {
    id: `${options.figureId}-header`,
    'aria-hidden': 'true',
  });
  let y = pad - 8;
  if (!layout.untitled)
    y = textBlock(
      document,
      header,
      wrapText(titleText, inner, type.title, measure, true),
      pad,
      y,
      type.title,
      {
        weight: '700',
      },
    );
  y = textBlock(
    document,
    header,
    wrapText(
      layout.onScreen && options.hint ? `${options.subtitle} ${options.hint}` : options.subtitle,
      inner,
      type.subtitle,
      measure,
    ),
    pad,
    y + 2,
    type.subtitle,
    { fill: MUTED },
  );
  svg.appendChild(header);

  const footer = svgElement(document, 'g', { id: `${options.figureId}-footer` });
  let footerHeight = 8;
  const moved = layout.presented ? options.notes.filter((n) => n.kind === 'method') : [];
  const notes = moved.length ? options.notes.filter((n) => n.kind !== 'method') : options.notes;
  if (moved.length) {
    const speaker = svgElement(document, 'metadata', { 'data-speaker-notes': '' });
    speaker.textContent = moved.map((n) => n.text).join('\n');
    svg.appendChild(speaker);
  }
  // On a wide fixed page (a slide) the notes go in two columns, leaving the figure more room.
  const columns = layout.height !== null && width >= 1400 && notes.length > 1 ? 2 : 1;
  const gutter = pad;
  const columnWidth = (inner - (columns - 1) * gutter) / columns;
  const noteLines = notes.map((note) => wrapText(note.text, columnWidth, type.note, measure));
  // Off a slide notes never split across columns: the second starts where the two are most even.
  const counts = noteLines.map((lines) => lines.length);
  const total = counts.reduce((n, c) => n + c, 0);
  let split = counts.length;
  if (columns === 2) {
    let best = Infinity;
    let before = 0;
    counts.forEach((c, i) => {
      before += c;
      const tallestColumn = Math.max(before, total - before);
      if (i < counts.length - 1 && tallestColumn < best) {
        best = tallestColumn;
        split = i + 1;
      }
    });
  }
  let tallest = footerHeight;
  let columnY = footerHeight;
  // On a slide a note may run on into the second column, so that the two are even.
  const runOn = columns === 2 && layout.presented === true;
  const half = Math.ceil(total / 2);
  let linesBefore = 0;
  let currentColumn = 0;
  notes.forEach((note, i) => {
    const lines = noteLines[i] ?? [];
    const inFirst = runOn ? Math.max(0, half - linesBefore) : i < split ? lines.length : 0;
    linesBefore += lines.length;
    const parts: [number, string[]][] = [
      [0, lines.slice(0, inFirst)],
      [1, lines.slice(inFirst)],
    ];
    for (const [column, part] of parts) {
      if (part.length === 0) continue;
      if (column !== currentColumn) {
        currentColumn = column;
        columnY = footerHeight;
      }
      columnY = textBlock(
        document,
        footer,
        part,
        pad + column * (columnWidth + gutter),
        columnY,
        type.note,
        { fill: MUTED, ...(note.obsIds ? { obsIds: note.obsIds } : {}) },
      );
      tallest = Math.max(tallest, columnY);
    }
  });
  footerHeight = tallest;
  footerHeight = textBlock(
    document,
    footer,
    wrapText(options.sourceLine, inner, type.note, measure),
    pad,
    footerHeight + 4,
    type.note,
    { fill: INK, sourceLine: true },
  );

  const bodyTop = y + 12;
  const reserve = layout.reserve ?? 0;
  const maxBody =
    layout.height === null ? null : layout.height - bodyTop - footerHeight - pad - reserve;
  const body = svgElement(document, 'g', {
    id: `${options.figureId}-body`,
    transform: `translate(${pad},${bodyTop})`,
  });
  svg.appendChild(body);
  if (emptyMessage !== null) svg.setAttribute('data-empty', '');
  const bodyHeight =
    emptyMessage !== null
      ? drawEmptyMessage(document, body, emptyMessage, inner, type, measure)
      : renderBody(body, inner, maxBody === null ? null : Math.max(0, maxBody), measure);
  const natural = Math.ceil(bodyTop + bodyHeight + footerHeight + pad + reserve);
  const footerTop =
    layout.height === null ? bodyTop + bodyHeight : layout.height - pad - footerHeight - reserve;
  footer.setAttribute('transform', `translate(0,${Math.max(bodyTop + bodyHeight, footerTop)})`);
  svg.appendChild(footer);

  // aria-label is prohibited on an element without a role; mark groups become named groups.
  svg.querySelectorAll('g[aria-label]:not([role])').forEach((g) => g.setAttribute('role', 'group'));

  const height = layout.height ?? natural;
  if (layout.height !== null && natural > layout.height) {
    svg.setAttribute('data-overflow', 'true');
    svg.setAttribute('data-natural-height', String(natural));
  }
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}
