import type { Engine } from '../lib/data/engine';
import type { DeckDocument, DeckSlide } from '../lib/export/deck';
import { exportedPages } from '../lib/export/export-pages';
import { presetLayout } from '../lib/export/presets';
import { figureSources } from '../lib/export/standalone-svg';
import { sourcesLine } from '../lib/charts/source-line';
import { speakerNotesOf, type FigureLayout } from '../lib/charts/frame';
import { translator } from '../lib/i18n';
import type { Filters, Lang } from '../lib/model/filters';
import { queryFiltersOf } from '../lib/model/filters';
import type { FigureName } from '../lib/model/figure-names';
import type { StateShareRow } from '../lib/model/rows';
import { countSourceFor } from '../lib/model/sources';
import {
  choosePoints,
  notePoints,
  pointsInput,
  pointsScope,
  profileRegionRows,
  talkingPoints,
  type PointsTables,
} from '../lib/points';
import type { Slide } from '../lib/state/deck.svelte';
import { decodeFilters } from '../lib/state/url-codec';
import { buildFigurePages, contextBaseOf, contextFor, type ContextBase } from './context';
import { sourceOfRows, viewQueryTexts } from './export-meta';
import { VIEWS, pageOf, viewOfFigure, viewPlans } from './registry';

/** A deck item: a figure at a state of the filters. */
export interface DeckItem {
  figure: FigureName;
  filters: Filters;
}

/** The views' results for one deck item's filters, and a profile's subregion rows for its points. */
export interface ItemRows {
  results: Readonly<Record<string, unknown>>;
  regionRows: readonly StateShareRow[];
}

/**
 * The deck to export: the saved slides, each with its own filters (in the deck's language), or
 * with no saved deck, the figures of the page for the filters in view.
 */
export function deckItems(slides: readonly Slide[], current: Filters): DeckItem[] {
  if (slides.length === 0) {
    const page = pageOf(current);
    return VIEWS.filter((v) => v.page === page).flatMap((v) =>
      v.figures.map((figure) => ({ figure, filters: current })),
    );
  }
  return slides.map((slide) => {
    const { filters } = decodeFilters(new URLSearchParams(slide.query));
    return { figure: slide.figure, filters: { ...filters, lang: current.lang } };
  });
}

/** The key under which items with the same query filters share their rows. */
export const rowsKey = (filters: Filters) => JSON.stringify(queryFiltersOf(filters));

/** Queries each distinct state of the filters once: the views' results and the profile's comparison. */
export async function deckRows(
  items: readonly DeckItem[],
  engine: Pick<Engine, 'query'>,
  tables: PointsTables,
): Promise<Map<string, ItemRows>> {
  const rows = new Map<string, ItemRows>();
  const data = { countSourceOverride: tables.countSourceOverride };
  for (const item of items) {
    const key = rowsKey(item.filters);
    if (rows.has(key)) continue;
    const results: Record<string, unknown> = {};
    for (const plan of viewPlans(queryFiltersOf(item.filters), data)) {
      try {
        const raw: Record<string, Awaited<ReturnType<Engine['query']>>> = {};
        for (const [name, query] of Object.entries(plan.queries))
          raw[name] = await engine.query(query);
        results[plan.name] = plan.shape(raw);
      } catch {
        // A view whose queries fail has no slide; the others are still written.
      }
    }
    const regionRows = item.filters.profile
      ? await profileRegionRows(
          engine,
          pointsScope(item.filters, tables, 'en'),
          tables.countries,
          (market) => countSourceFor(market, tables.countSourceOverride),
        )
      : [];
    rows.set(key, { results, regionRows });
  }
  return rows;
}

/** The speaker notes of a slide: its filters' chosen talking points, numbered, then their sources. */
export function speakerNotes(
  rows: ItemRows,
  filters: Filters,
  tables: PointsTables,
  version: string,
): string {
  const lang = filters.lang;
  const t = translator(lang);
  const input = pointsInput(rows.results, filters, tables, lang, rows.regionRows);
  const { chosen } = choosePoints(talkingPoints(input, lang), filters.points);
  const noted = notePoints(chosen, tables.sources, version, lang);
  if (noted.length === 0) return t('deckNoPoints');
  return [
    t('talkingPoints'),
    ...noted.map((p) => `• ${p.text} [${p.note.number}]`),
    '',
    t('pointsNotes'),
    ...noted.map((p) => `[${p.note.number}] ${p.note.text}`),
  ].join('\n');
}

/** The speaker notes, then the figure's method notes that its slide leaves off (FrameNote.kind). */
function withMethodNotes(notes: string, method: readonly string[], lang: Lang): string {
  if (method.length === 0) return notes;
  return [notes, '', translator(lang)('deckMethodNotes'), ...method.map((n) => `• ${n}`)].join(
    '\n',
  );
}

/**
 * The deck's slides in one language: each item's figure at the slide preset (one slide per
 * page: a long list keeps all its rows), titled, with its source line and speaker notes.
 */
export function buildDeck(
  items: readonly DeckItem[],
  rowsOf: (item: DeckItem) => ItemRows | undefined,
  base: ContextBase,
  options: { lang: Lang; date: string; version: string; permalink?: string | null },
): { doc: DeckDocument; missing: FigureName[] } {
  const { lang, date, version } = options;
  const tables: PointsTables = base;
  // The slide's title placeholder holds the title (outline, screen readers): the figure does not repeat it.
  const layout: FigureLayout = { ...presetLayout('slide', 1920), untitled: true };
  const slides: DeckSlide[] = [];
  const missing: FigureName[] = [];
  for (const item of items) {
    const filters: Filters = { ...item.filters, lang };
    const rows = rowsOf(item);
    const view = viewOfFigure(item.figure);
    const result = rows?.results[view.name];
    if (!rows || result === undefined) {
      missing.push(item.figure);
      continue;
    }
    const sourceOf = sourceOfRows(
      view.bind(result, contextFor(view, filters, base)).usage(),
      base.sources,
    );
    const lines: string[] = [];
    const methodNotes: string[][] = [];
    const pages = exportedPages(
      (at) => buildFigurePages(item.figure, rows.results, filters, base, at),
      layout,
      {
        date,
        datasetVersion: version,
        permalink: options.permalink ?? null,
        filters,
        queries: viewQueryTexts(view, queryFiltersOf(filters), base),
        lang,
      },
      true,
      (svg) => {
        methodNotes.push(speakerNotesOf(svg));
        const used = figureSources(svg, sourceOf);
        // The figure's own source line where it draws one (it may cite sources whose rows
        // carry no observation ids), else the line of the sources of its rows.
        const drawn = [...svg.querySelectorAll('[data-source-line]')]
          .map((el) => el.textContent ?? '')
          .join(' ')
          .trim();
        lines.push(
          drawn ||
            sourcesLine(
              used.map((s) => s.sourceId),
              base.sources,
              lang,
            ),
        );
        return used;
      },
    );
    if (pages.length === 0) {
      missing.push(item.figure);
      continue;
    }
    const notes = speakerNotes(rows, filters, tables, version);
    pages.forEach((page, i) =>
      slides.push({
        title: page.title,
        svg: page.markup,
        width: layout.width,
        height: page.height || 1080,
        sourceLine: lines[i] ?? '',
        notes: withMethodNotes(notes, methodNotes[i] ?? [], lang),
      }),
    );
  }
  return { doc: { lang, title: translator(lang)('atlasName'), slides }, missing };
}

/** The deck as the page makes it: each item queried through the page's engine, drawn in the page's document. */
export async function pageDeck(
  slides: readonly Slide[],
  current: Filters,
  data: {
    whenEngine: Promise<Pick<Engine, 'query'>>;
    countries: ContextBase['countries'];
    sources: ContextBase['sources'];
    regions: ContextBase['regions'];
    countSourceOverride: string | null;
    version: string;
  },
  geography: ContextBase['geography'],
  date: string,
): Promise<{ doc: DeckDocument; missing: FigureName[] }> {
  const base = contextBaseOf(document, data, geography);
  const items = deckItems(slides, current);
  const rows = await deckRows(items, await data.whenEngine, base);
  return buildDeck(items, (item) => rows.get(rowsKey(item.filters)), base, {
    lang: current.lang,
    date,
    version: data.version,
  });
}
