import type { FigureName } from '../lib/model/figure-names';
import type { Filters, FilterField, Lang, QueryFilters } from '../lib/model/filters';
import type { CountryRow, RegionRow, SourceRow } from '../lib/model/rows';
import type { OsceGeography } from '../lib/map/osce-map';
import type { StateTooltip } from '../lib/map/tooltip';
import { generalEmptyReason, type FigureLayout, type FigureOptions } from '../lib/charts/frame';
import type { TextMeasurer } from '../lib/charts/text-measure';
import type { Row } from '../lib/data/engine';
import type { SqlQuery } from '../lib/data/sql';
import type { MessageKey } from '../lib/i18n';
import type { ViewTable } from '../lib/ui/table';

export type ViewName =
  | 'states'
  | 'regions'
  | 'pipeline'
  | 'comparison'
  | 'hierarchy'
  | 'markets'
  | 'coverage'
  | 'profile-trends'
  | 'profile-figures'
  | 'profile-scores'
  | 'profile-coverage';

/** Which page shows a view: the atlas's main page, or a State's profile. */
export type ViewPage = 'atlas' | 'profile';

/** What the views' queries need besides the filters: whose counts by sex to draw. */
export interface QueryContext {
  /** A user's own count source shown alone instead of the bundled ones, or null. */
  countSourceOverride: string | null;
}

/** Everything a view needs besides its own result to draw, describe and tabulate itself. */
export interface ViewContext extends QueryContext {
  document: Document;
  lang: Lang;
  /** The filters the result was computed for; only the fields the view honours are set. */
  filters: Filters;
  countries: CountryRow[];
  sources: SourceRow[];
  regions: RegionRow[];
  geography: OsceGeography | null;
  measure?: TextMeasurer;
}

/** The context a figure is drawn in: the view's own reason for having nothing to draw, if it has one. */
export interface FigureContext extends ViewContext {
  emptyReason?: string;
}

/** What every figure builder takes, from the context of the view that draws it. */
export function figureOptions(ctx: FigureContext, layout: FigureLayout): FigureOptions {
  return {
    document: ctx.document,
    lang: ctx.lang,
    layout,
    measure: ctx.measure,
    ...(ctx.emptyReason ? { emptyReason: ctx.emptyReason } : {}),
  };
}

export type { ViewTable };

export interface SourceUsage {
  sourceId: string;
  obsIds: string[];
}

/** What a view is and what it asks of the engine: the same in its spec and in the registry. */
interface ViewPlanSpec<Result> {
  name: ViewName;
  page: ViewPage;
  heading: MessageKey;
  figures: readonly FigureName[];
  /** The filter fields that change what this view shows; any other set field is reported as not applying. */
  honours: readonly FilterField[];
  queries(filters: QueryFilters, data: QueryContext): Record<string, SqlQuery>;
  shape(raw: Record<string, Row[]>): Result;
}

/**
 * One view: what it asks of the engine, how it shapes the answer, and how it draws, tabulates
 * and describes it. Everything that lists views (page sections, precompute, figure CLI, deck,
 * tests) derives from the registry of these.
 */
export interface ViewSpec<Result, Model> extends ViewPlanSpec<Result> {
  model(result: Result, ctx: ViewContext): Model;
  /**
   * The figure, or null when it cannot be drawn (the map before its geography arrives). Its
   * builder takes `figureOptions(ctx, layout)`, so that an empty figure says `emptyReason`.
   */
  figure(
    name: FigureName,
    model: Model,
    ctx: FigureContext,
    layout: FigureLayout,
    range?: [number, number],
  ): SVGSVGElement | null;
  /**
   * Why this result leaves the view's figures nothing to draw (a region whose States the
   * sources do not list, fewer than two States to compare…), said in place of the figure; null
   * or absent: the general reason (`emptySuggest`: nothing matches, widen the filters).
   */
  emptyReason?(model: Model, ctx: ViewContext): string | null;
  /** For a figure made of rows: how many, so that a fixed-size export can split them over pages. */
  rows?(name: FigureName, model: Model, ctx: ViewContext): number;
  table(model: Model, ctx: ViewContext): ViewTable;
  summary(model: Model, ctx: ViewContext): string;
  /** Messages shown above the figure (e.g. a market without counts). */
  notices?(model: Model, ctx: ViewContext): string[];
  /** The observation rows the view shows, by source, for the sources panel. */
  usage(model: Model, ctx: ViewContext): SourceUsage[];
  /** What a tooltip says about a State the figure draws (interactive figures only). */
  describeState?(model: Model, ctx: ViewContext, iso3: string): StateTooltip | null;
}

/** A view bound to one result and context: its model is computed once. */
export interface BoundView {
  figure(name: FigureName, layout: FigureLayout, range?: [number, number]): SVGSVGElement | null;
  rows(name: FigureName): number | null;
  table(): ViewTable;
  summary(): string;
  notices(): string[];
  usage(): SourceUsage[];
  describeState(iso3: string): StateTooltip | null;
  /** What the view's figures say when they have nothing to draw for this result. */
  emptyReason(): string;
}

/** A spec with its types erased, as the registry holds it. */
export interface RegisteredView extends ViewPlanSpec<unknown> {
  bind(result: unknown, ctx: ViewContext): BoundView;
}

/** A registered view that still knows the type of its result, for the page that reads it. */
export interface TypedView<Result> extends RegisteredView {
  /** This view's result among the results of a refresh, as its own `shape` produced it. */
  resultOf(results: Readonly<Record<string, unknown>> | null): Result | undefined;
}

export function defineView<Result, Model>(spec: ViewSpec<Result, Model>): TypedView<Result> {
  return {
    resultOf: (results) => results?.[spec.name] as Result | undefined,
    name: spec.name,
    page: spec.page,
    heading: spec.heading,
    figures: spec.figures,
    honours: spec.honours,
    queries: spec.queries,
    shape: spec.shape,
    bind(result, ctx) {
      // The registry hands each view back the result its own `shape` produced.
      const model = spec.model(result as Result, ctx);
      const ownReason = spec.emptyReason?.(model, ctx) ?? null;
      const figureCtx: FigureContext = ownReason ? { ...ctx, emptyReason: ownReason } : ctx;
      return {
        figure: (name, layout, range) => spec.figure(name, model, figureCtx, layout, range),
        rows: (name) => spec.rows?.(name, model, ctx) ?? null,
        table: () => spec.table(model, ctx),
        summary: () => spec.summary(model, ctx),
        notices: () => spec.notices?.(model, ctx) ?? [],
        usage: () => spec.usage(model, ctx),
        describeState: (iso3) => spec.describeState?.(model, ctx, iso3) ?? null,
        emptyReason: () => ownReason ?? generalEmptyReason(ctx.lang),
      };
    },
  };
}
