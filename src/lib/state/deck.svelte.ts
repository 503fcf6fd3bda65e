import { FIGURE_NAMES, type FigureName } from '../model/figure-names';
import { localText, type LocalText } from '../i18n/local-text';
import { shortened } from './url-codec';

export interface Slide {
  /** The view's URL query (filters), without the language. */
  query: string;
  figure: FigureName;
}

export interface DeckFile {
  kind: 'women-in-organized-crime-atlas-deck';
  datasetVersion: string;
  slides: Slide[];
}

const STORAGE_KEY = 'atlas.deck';
const MAX_SLIDES = 200;
/** A deck of 200 slides is a few tens of kilobytes: a larger file is not a deck. */
export const MAX_DECK_BYTES = 1024 * 1024;

/** Reads a deck file; anything malformed ends in a message, never in a half-loaded deck. */
export function parseDeck(text: string): { deck: DeckFile | null; error: LocalText | null } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { deck: null, error: localText('deck_not_json') };
  }
  const v = value as Partial<DeckFile>;
  if (!v || v.kind !== 'women-in-organized-crime-atlas-deck' || !Array.isArray(v.slides))
    return { deck: null, error: localText('deck_not_ours') };
  if (v.slides.length > MAX_SLIDES)
    return { deck: null, error: localText('deck_too_many', { max: MAX_SLIDES }) };
  const slides: Slide[] = [];
  for (const [index, slide] of v.slides.entries()) {
    const s = (slide ?? {}) as Partial<Slide>;
    if (
      typeof s.query !== 'string' ||
      s.query.length > 2000 ||
      !(FIGURE_NAMES as readonly string[]).includes(String(s.figure))
    )
      return { deck: null, error: localText('deck_malformed', { n: index + 1 }) };
    slides.push({ query: s.query, figure: s.figure as FigureName });
  }
  return {
    deck: {
      kind: 'women-in-organized-crime-atlas-deck',
      // Echoed in the page's own sentence when it differs from the data's: never whole.
      datasetVersion: shortened(String(v.datasetVersion ?? '')),
      slides,
    },
    error: null,
  };
}

/** A list of saved views the presenter steps through. */
export class Deck {
  slides = $state.raw<Slide[]>([]);
  current = $state<number | null>(null);

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = null) {
    const saved = storage?.getItem(STORAGE_KEY);
    if (saved) this.slides = parseDeck(saved).deck?.slides ?? [];
  }

  private persist(): void {
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.toFile('')));
  }

  add(slide: Slide): void {
    this.slides = [...this.slides, slide].slice(0, MAX_SLIDES);
    this.persist();
  }

  clear(): void {
    this.slides = [];
    this.current = null;
    this.persist();
  }

  replace(slides: Slide[]): void {
    this.slides = slides;
    this.persist();
  }

  toFile(datasetVersion: string): DeckFile {
    return { kind: 'women-in-organized-crime-atlas-deck', datasetVersion, slides: this.slides };
  }

  start(): Slide | null {
    this.current = this.slides.length ? 0 : null;
    return this.slide();
  }

  step(delta: number): Slide | null {
    if (this.current === null) return null;
    this.current = Math.max(0, Math.min(this.slides.length - 1, this.current + delta));
    return this.slide();
  }

  stop(): void {
    this.current = null;
  }

  slide(): Slide | null {
    return this.current === null ? null : (this.slides[this.current] ?? null);
  }
}
