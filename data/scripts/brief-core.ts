import { JSDOM } from 'jsdom';
import type { Engine } from '../../src/lib/data/engine';
import { shapeStartup, type StartupTables } from '../../src/lib/data/startup';
import { countSourceFor } from '../../src/lib/model/sources';
import type { StateShareRow } from '../../src/lib/model/rows';
import { queryFiltersOf, type Filters, type Lang } from '../../src/lib/model/filters';
import type { FigureName } from '../../src/lib/model/figure-names';
import { SIZE_PRESETS } from '../../src/lib/export/presets';
import { exportedPages } from '../../src/lib/export/export-pages';
import { figureSources } from '../../src/lib/export/standalone-svg';
import { sourcesLine } from '../../src/lib/charts/source-line';
import { briefDocument, briefSelection, type BriefFigure } from '../../src/lib/export/brief';
import { briefFigureNames } from '../../src/lib/export/brief-figures';
import {
  choosePoints,
  pointsInput,
  pointsScope,
  profileRegionRows,
  talkingPoints,
} from '../../src/lib/points';
import type { OsceGeography } from '../../src/lib/map/osce-map';
import { viewPlans } from '../../src/views/registry';
import { buildFigurePages, contextFor } from '../../src/views/context';
import { viewOfFigure } from '../../src/views/registry';
import { runStartupQueries, runViewQueries } from './precompute';
import { rsvgPng } from './cli-prelude';

/** Figures at print resolution: three device pixels per CSS pixel. */
const PRINT_ZOOM = 3;

/** The views' results for one state of the filters, with the startup tables: queried once, written in any language. */
export interface BriefRows {
  filters: Filters;
  results: Record<string, unknown>;
  startup: StartupTables;
  /** For a State profile: its subregion's States, for the comparison. */
  regionRows: StateShareRow[];
}

export async function briefRows(engine: Engine, filters: Filters): Promise<BriefRows> {
  const plans = viewPlans(queryFiltersOf(filters), { countSourceOverride: null });
  const startup = shapeStartup(await runStartupQueries(engine));
  const raw = await runViewQueries(engine, plans);
  const results = Object.fromEntries(plans.map((p) => [p.name, p.shape(raw[p.name] ?? {})]));
  const tables = { ...startup, countSourceOverride: null };
  const regionRows = await profileRegionRows(
    engine,
    pointsScope(filters, tables, 'en'),
    startup.countries,
    (market) => countSourceFor(market, null),
  );
  return { filters, results, startup, regionRows };
}

function briefFigures(
  rows: BriefRows,
  lang: Lang,
  geography: OsceGeography | null,
  meta: { date: string; version: string },
): BriefFigure[] {
  const filters = { ...rows.filters, lang };
  const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  const base = {
    document,
    countries: rows.startup.countries,
    sources: rows.startup.sources,
    regions: rows.startup.regions,
    geography,
    countSourceOverride: null,
  };
  const a4 = SIZE_PRESETS.a4;
  const layout = { width: a4.width, height: null, type: a4.type };
  return briefFigureNames(filters).flatMap((name: FigureName) => {
    const view = viewOfFigure(name);
    const usage = view.bind(rows.results[view.name], contextFor(view, filters, base)).usage();
    const sourceByObs = new Map(
      usage.flatMap((u) => u.obsIds.map((id) => [id, u.sourceId] as const)),
    );
    const sourceOf = (id: string) =>
      rows.startup.sources.find((s) => s.sourceId === sourceByObs.get(id));
    const pages = exportedPages(
      (at) => buildFigurePages(name, rows.results, filters, base, at),
      layout,
      {
        date: meta.date,
        datasetVersion: meta.version,
        permalink: null,
        filters,
        queries: [],
        lang,
      },
      false,
      (svg) => figureSources(svg, sourceOf),
    );
    const page = pages[0];
    if (!page) return [];
    const svg = new JSDOM(page.markup, { contentType: 'image/svg+xml' }).window.document;
    const ids = figureSources(svg.documentElement, sourceOf).map((s) => s.sourceId);
    return [
      {
        png: rsvgPng(page.markup, PRINT_ZOOM),
        width: a4.width,
        height: page.height,
        title: page.title,
        sourceLine: sourcesLine(ids, rows.startup.sources, lang),
      },
    ];
  });
}

/** The briefing note of a selection in one language: the points the page would show, chosen as the address says. */
export function buildBrief(
  rows: BriefRows,
  lang: Lang,
  options: { date: string; version: string; geography: OsceGeography | null; figures: boolean },
) {
  const filters = { ...rows.filters, lang };
  const tables = { ...rows.startup, countSourceOverride: null };
  const input = pointsInput(rows.results, filters, tables, lang, rows.regionRows);
  const { chosen } = choosePoints(talkingPoints(input, lang), filters.points);
  return briefDocument({
    points: chosen,
    selection: briefSelection(input.scope, filters, lang),
    sources: rows.startup.sources,
    version: options.version,
    date: options.date,
    lang,
    figures: options.figures ? briefFigures(rows, lang, options.geography, options) : [],
  });
}
