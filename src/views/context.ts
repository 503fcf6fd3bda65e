import { DEFAULT_FILTERS, type Filters } from '../lib/model/filters';
import type { FigureName } from '../lib/model/figure-names';
import type { FigureLayout } from '../lib/charts/frame';
import type { BoundView, RegisteredView, ViewContext } from './view-spec';
import { viewOfFigure } from './registry';

export type ContextBase = Omit<ViewContext, 'filters' | 'lang'>;

/** What every view's context holds, from the loaded data, the map and the page's document. */
export function contextBaseOf(
  document: Document,
  data: Pick<ContextBase, 'countries' | 'sources' | 'regions' | 'countSourceOverride'>,
  geography: ContextBase['geography'],
): ContextBase {
  const { countries, sources, regions, countSourceOverride } = data;
  return { document, countries, sources, regions, geography, countSourceOverride };
}

/** The filters a view sees: the fields it honours, the others at their defaults. */
export function honouredFilters(view: RegisteredView, filters: Filters): Filters {
  const picked = Object.fromEntries(view.honours.map((f) => [f, filters[f]]));
  return { ...DEFAULT_FILTERS, ...picked, lang: filters.lang } as Filters;
}

export function contextFor(view: RegisteredView, filters: Filters, base: ContextBase): ViewContext {
  return { ...base, lang: filters.lang, filters: honouredFilters(view, filters) };
}

/**
 * A figure at a layout, as one page or, when its rows do not fit a fixed height, as several
 * numbered pages, each complete with title, notes and source; no row is dropped.
 */
export function figurePages(
  bound: BoundView,
  name: FigureName,
  layout: FigureLayout,
): SVGSVGElement[] {
  const whole = bound.figure(name, layout);
  if (!whole) return [];
  const rows = bound.rows(name);
  if (layout.height === null || !whole.hasAttribute('data-overflow') || !rows || rows < 2)
    return [whole];
  const fits = (range: [number, number], page: { index: number; count: number }) => {
    const svg = bound.figure(name, { ...layout, page }, range);
    return svg && !svg.hasAttribute('data-overflow') ? svg : null;
  };
  return fullPages(bound, name, layout, rows, fits) ?? evenPages(bound, name, layout, rows, fits);
}

type PageFits = (
  range: [number, number],
  page: { index: number; count: number },
) => SVGSVGElement | null;

/**
 * Each page takes as many rows as fit (a row taller than a page still gets its own), so that
 * one tall row does not leave every other page half empty. The rows are measured with the
 * longest page label ("1 of <rows>") and drawn again with the real count; null if a page no
 * longer fits then.
 */
function fullPages(
  bound: BoundView,
  name: FigureName,
  layout: FigureLayout,
  rows: number,
  fits: PageFits,
): SVGSVGElement[] | null {
  const ranges: [number, number][] = [];
  for (let start = 0; start < rows;) {
    const page = { index: ranges.length, count: rows };
    let most = start + 1;
    let least = rows;
    while (most < least) {
      const end = Math.ceil((most + least) / 2);
      if (fits([start, end], page)) most = end;
      // A page may not fit only because it ends on a heading: one row more may fit.
      else if (end < least && fits([start, end + 1], page)) most = end + 1;
      else least = end - 1;
    }
    ranges.push([start, most]);
    start = most;
  }
  const count = ranges.length;
  const pages: SVGSVGElement[] = [];
  for (const [index, range] of ranges.entries()) {
    const page =
      fits(range, { index, count }) ??
      (range[1] - range[0] === 1
        ? bound.figure(name, { ...layout, page: { index, count } }, range)
        : null);
    if (!page) return null;
    pages.push(page);
  }
  return pages;
}

/** The same number of rows on every page: the most that fit on each. */
function evenPages(
  bound: BoundView,
  name: FigureName,
  layout: FigureLayout,
  rows: number,
  fits: PageFits,
): SVGSVGElement[] {
  let perPage = rows - 1;
  while (perPage > 1 && !fits([0, perPage], { index: 0, count: Math.ceil(rows / perPage) }))
    perPage--;
  for (;;) {
    const count = Math.ceil(rows / perPage);
    const pages: SVGSVGElement[] = [];
    for (let index = 0; index < count; index++) {
      const range: [number, number] = [index * perPage, Math.min(rows, (index + 1) * perPage)];
      const page =
        fits(range, { index, count }) ??
        (perPage === 1 ? bound.figure(name, { ...layout, page: { index, count } }, range) : null);
      if (!page) break;
      pages.push(page);
    }
    if (pages.length === count || perPage === 1) return pages;
    perPage--;
  }
}

/** One figure from the views' results: the route the page, the export, the deck and the CLI share. */
export function buildFigurePages(
  name: FigureName,
  results: Readonly<Record<string, unknown>>,
  filters: Filters,
  base: ContextBase,
  layout: FigureLayout,
): SVGSVGElement[] {
  const view = viewOfFigure(name);
  const result = results[view.name];
  if (result === undefined) return [];
  return figurePages(view.bind(result, contextFor(view, filters, base)), name, layout);
}
