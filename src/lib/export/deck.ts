import type { Lang } from '../model/filters';

/** One slide of an exported deck: a figure page at the slide preset, with what is said about it. */
export interface DeckSlide {
  /** The figure's title, as the slide's title placeholder (outline, screen readers). */
  title: string;
  /** The figure as a standalone SVG file, 1920x1080. */
  svg: string;
  width: number;
  height: number;
  /** The sources of the figure and their terms of reuse, printed on the slide. */
  sourceLine: string;
  /** The speaker notes: the talking points of the slide's filters with their sources. */
  notes: string;
}

/** A deck in one language, ready to be written as PPTX or printed as PDF. */
export interface DeckDocument {
  lang: Lang;
  title: string;
  slides: DeckSlide[];
}

/** The PNG fallback of every slide's SVG, at the slide's own size (1920x1080). */
export type SlidePng = (slide: DeckSlide) => Promise<Uint8Array>;
