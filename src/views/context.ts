import { DEFAULT_FILTERS, type Filters } from '../lib/model/filters';
import type { FigureName } from '../lib/model/figure-names';
import type { RegisteredView, ViewContext } from './view-spec';
import { viewOfFigure } from './registry';

export type ContextBase = Omit<ViewContext, 'filters' | 'lang'>;

/** The filters a view sees: the fields it honours, the others at their defaults. */
export function honouredFilters(view: RegisteredView, filters: Filters): Filters {
  const picked = Object.fromEntries(view.honours.map((f) => [f, filters[f]]));
  return { ...DEFAULT_FILTERS, ...picked, lang: filters.lang } as Filters;
}

export function contextFor(view: RegisteredView, filters: Filters, base: ContextBase): ViewContext {
  return { ...base, lang: filters.lang, filters: honouredFilters(view, filters) };
}

/** One figure from the views' results: the route the page, the export, the deck and the CLI share. */
export function buildFigure(
  name: FigureName,
  results: Readonly<Record<string, unknown>>,
  filters: Filters,
  base: ContextBase,
  width: number,
): SVGSVGElement | null {
  const view = viewOfFigure(name);
  const result = results[view.name];
  if (result === undefined) return null;
  return view.bind(result, contextFor(view, filters, base)).figure(name, width);
}
