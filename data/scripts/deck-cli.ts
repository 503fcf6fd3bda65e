import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Engine } from '../../src/lib/data/engine';
import { deckFormat } from '../../src/lib/export/formats';
import type { Filters } from '../../src/lib/model/filters';
import { renderText } from '../../src/lib/i18n/local-text';
import { translator } from '../../src/lib/i18n';
import { MAX_DECK_BYTES, parseDeck, type Slide } from '../../src/lib/state/deck.svelte';
import type { ContextBase } from '../../src/views/context';
import { buildDeck, deckItems, deckRows, rowsKey } from '../../src/views/deck-export';
import { hasRsvgConvert, rsvgPng } from './cli-prelude';

/** The saved deck named by --deck (its slides), or none: then the default figures form the deck. */
export function readDeckOption(path: string | undefined): Slide[] {
  if (!path) return [];
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch {
    console.error(`figures: --deck: cannot read ${path}`);
    process.exit(2);
  }
  if (text.length > MAX_DECK_BYTES) {
    console.error(
      `figures: --deck: ${path} is larger than 1 MB, so it is not a deck of this atlas`,
    );
    process.exit(2);
  }
  const { deck, error } = parseDeck(text);
  if (!deck) {
    console.error(`figures: --deck: ${error ? renderText(error, translator('en')) : path}`);
    process.exit(2);
  }
  return deck.slides;
}

/** Writes the deck as PPTX; the PNG fallback of each slide is rasterised here by rsvg-convert. */
export async function writeDeck(
  path: string,
  slides: Slide[],
  filters: Filters,
  options: { engine: Engine; context: ContextBase; date: string; version: string },
): Promise<void> {
  if (!hasRsvgConvert()) {
    console.error('figures: the deck needs rsvg-convert (Debian package librsvg2-bin)');
    process.exit(1);
  }
  const items = deckItems(slides, filters);
  const rows = await deckRows(items, options.engine, options.context);
  const { doc, missing } = buildDeck(
    items,
    (item) => rows.get(rowsKey(item.filters)),
    options.context,
    {
      lang: filters.lang,
      date: options.date,
      version: options.version,
    },
  );
  for (const name of missing) console.error(`figures: ${name} could not be drawn; no slide`);
  const format = deckFormat('pptx');
  if (!format) throw new Error('no pptx format');
  const file = await format.write({
    deck: doc,
    png: (slide) =>
      Promise.resolve(rsvgPng(slide.svg, slide.width === 1920 ? 1 : 1920 / slide.width)),
  });
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(resolve(path), new Uint8Array(await file.blob.arrayBuffer()));
  console.log(`figures: wrote ${path} (${doc.slides.length} slides)`);
}
