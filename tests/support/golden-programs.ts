import '../../src/lib/i18n/all';
import type { Topology } from 'topojson-specification';
import { geographyFromTopology, type OsceGeography } from '../../src/lib/map/osce-map';
import { exportedPages, type ExportedPage } from '../../src/lib/export/export-pages';
import { presetLayout, type SizePreset } from '../../src/lib/export/presets';
import { screenLayout, type FigureLayout } from '../../src/lib/charts/frame';
import { DEFAULT_FILTERS, type Filters, type Lang } from '../../src/lib/model/filters';
import type { FigureName } from '../../src/lib/model/figure-names';
import type { RegionRow } from '../../src/lib/model/rows';
import { buildFigurePages, type ContextBase } from '../../src/views/context';
import {
  COUNTRIES,
  COVERAGE,
  FIGURES,
  FIXTURE_ROWS,
  PIVOT,
  pivot,
  SCORES,
  SOURCES,
} from './figure-fixtures';

/**
 * Every golden figure, by the name of its file in tests/golden (`<figure>-<language>[-variant]`):
 * a state of the filters and fixture results, drawn through the view registry exactly as the page,
 * the export and the figures CLI draw them. The unit tests compare each with its file; the gallery
 * (npm run gallery) draws them side by side in the browser.
 */
export interface GoldenInputs {
  document: Document;
  /** The map's topology (public/data/osce-map.topo.json, built by npm run data). */
  topology: Topology;
}

const STUDY = COUNTRIES.filter((c) => c.inStudy).map((c) => c.iso3);
const REGIONS: RegionRow[] = [
  {
    code: 'OSCE_2023_STUDY',
    nameEn: 'States of the 2023 OSCE study (4 in the fixtures)',
    nameFr: 'États de l’étude 2023 de l’OSCE (4 dans les données de test)',
    nameDe: 'Staaten der OSZE-Studie von 2023 (4 in den Testdaten)',
    nameRu: 'Государства исследования ОБСЕ 2023 года (4 в тестовых данных)',
    kind: 'study',
    members: STUDY,
  },
];

/** What each view's query would have returned, by view name (the registry's results). */
const RESULTS: Record<string, unknown> = {
  states: FIXTURE_ROWS,
  regions: FIXTURE_ROWS,
  pipeline: PIVOT.filter((p) => p.market === 'human_trafficking'),
  comparison: PIVOT.filter((p) => p.market === 'human_trafficking'),
  hierarchy: FIGURES,
  markets: { stageYears: PIVOT, scores: SCORES, published: FIGURES },
  coverage: COVERAGE,
  'profile-trends': PIVOT.filter((p) => p.iso3 === 'BEL'),
  'profile-figures': FIGURES.filter((f) => f.area === 'BEL'),
  'profile-scores': SCORES.filter((s) => s.iso3 === 'BEL'),
  'profile-coverage': COVERAGE.filter((c) => c.iso3 === 'BEL'),
};

const geographies = new WeakMap<Topology, OsceGeography>();
const geographyOf = (topology: Topology) => {
  let geography = geographies.get(topology);
  if (!geography) geographies.set(topology, (geography = geographyFromTopology(topology)));
  return geography;
};

export interface Golden {
  figure: FigureName;
  lang: Lang;
  filters?: Partial<Filters>;
  /** Results of the views that differ from RESULTS (e.g. a query restricted to a region). */
  results?: Record<string, unknown>;
  /** A fixed-size export preset (pages, footer) instead of the screen layout. */
  preset?: Exclude<SizePreset, 'screen'>;
  page?: number;
}

const GOLDENS: Record<string, Golden> = {
  'states-chart-en': {
    figure: 'states-chart',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020, selected: ['CAN'] },
  },
  'states-chart-fr': {
    figure: 'states-chart',
    lang: 'fr',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 },
  },
  'states-chart-de': {
    figure: 'states-chart',
    lang: 'de',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 },
  },
  'states-chart-ru': {
    figure: 'states-chart',
    lang: 'ru',
    filters: { stage: 'prosecuted', yearFrom: 2019, yearTo: 2020 },
  },
  'map-de': {
    figure: 'map',
    lang: 'de',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020, selected: ['BEL'] },
  },
  'map-ru': {
    figure: 'map',
    lang: 'ru',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020, region: 'OSCE_2023_STUDY' },
    results: { states: FIXTURE_ROWS.filter((r) => STUDY.includes(r.iso3)) },
  },
  'map-en': {
    figure: 'map',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020, selected: ['BEL'] },
  },
  'map-en-region': {
    figure: 'map',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020, region: 'OSCE_2023_STUDY' },
    results: { states: FIXTURE_ROWS.filter((r) => STUDY.includes(r.iso3)) },
  },
  'regions-en': {
    figure: 'regions',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 },
  },
  'pipeline-en': {
    figure: 'pipeline',
    lang: 'en',
    filters: { yearFrom: 2017, yearTo: 2021, selected: ['BEL'] },
  },
  'pipeline-en-group': {
    figure: 'pipeline',
    lang: 'en',
    filters: { yearFrom: 2019, yearTo: 2021 },
    // A stable panel (BEL, CAN every year) and a State with a gap (SWE), which is left out.
    results: {
      pipeline: [
        ...[2019, 2020, 2021].flatMap((year, i) => [
          pivot('BEL', 'convicted', year, 20 + i, 80),
          pivot('CAN', 'convicted', year, 5 + i, 25),
          pivot('BEL', 'formal_contact', year, 100, 300 - 20 * i),
          pivot('CAN', 'formal_contact', year, 40, 160),
        ]),
        pivot('SWE', 'convicted', 2019, 30, 70),
        pivot('SWE', 'convicted', 2021, 35, 70),
      ],
    },
  },
  'comparison-en': {
    figure: 'comparison',
    lang: 'en',
    filters: { yearFrom: 2017, yearTo: 2021, selected: ['BEL', 'CAN'] },
  },
  'hierarchy-en': { figure: 'hierarchy', lang: 'en' },
  'markets-en': { figure: 'markets', lang: 'en', filters: { yearFrom: 2019, yearTo: 2021 } },
  'market-figures-fr': {
    figure: 'market-figures',
    lang: 'fr',
    filters: { market: 'human_trafficking' },
  },
  'coverage-en': { figure: 'coverage', lang: 'en', filters: { yearFrom: 2019, yearTo: 2020 } },
  'profile-trends-en': {
    figure: 'profile-trends',
    lang: 'en',
    filters: { profile: 'BEL', yearFrom: 2019, yearTo: 2021 },
  },
  'export-states-chart-en': {
    figure: 'states-chart',
    lang: 'en',
    filters: { stage: 'convicted', yearFrom: 2020, yearTo: 2020 },
    preset: 'slide',
  },
  'export-hierarchy-en-a4': { figure: 'hierarchy', lang: 'en', preset: 'a4' },
};

function setUp(golden: Golden, { document, topology }: GoldenInputs) {
  const filters: Filters = { ...DEFAULT_FILTERS, ...golden.filters, lang: golden.lang };
  const base: ContextBase = {
    document,
    countries: COUNTRIES,
    sources: SOURCES,
    regions: REGIONS,
    geography: geographyOf(topology),
    countSourceOverride: null,
  };
  const meta = {
    datasetVersion: 'abc123',
    date: '2026-11-27',
    permalink: 'https://example.org/atlas/?stage=convicted&v=abc123',
    filters: { stage: filters.stage },
    queries: ['SELECT 1'],
    lang: golden.lang,
  };
  const draw = (at: FigureLayout) =>
    buildFigurePages(golden.figure, { ...RESULTS, ...golden.results }, filters, base, at);
  return { filters, meta, draw };
}

/** Every page of a golden case exported at its preset (slide if none), as standalone files. */
export function exportGolden(golden: Golden, inputs: GoldenInputs): ExportedPage[] {
  const { meta, draw } = setUp(golden, inputs);
  return exportedPages(draw, presetLayout(golden.preset ?? 'slide', 900), meta, true);
}

export function drawGolden(golden: Golden, inputs: GoldenInputs): SVGSVGElement {
  const { document } = inputs;
  const { draw } = setUp(golden, inputs);
  const index = golden.page ?? 0;
  if (!golden.preset) {
    const svg = draw(screenLayout(golden.figure === 'map' ? 960 : 900))[index];
    if (!svg) throw new Error(`${golden.figure}: no page ${index}`);
    return svg;
  }
  const page = exportGolden(golden, inputs)[index];
  if (!page) throw new Error(`${golden.figure}: no page ${index}`);
  const parsed = new (
    document.defaultView as unknown as { DOMParser: typeof DOMParser }
  ).DOMParser().parseFromString(page.markup, 'image/svg+xml');
  return document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
}

export const GOLDEN_PROGRAMS: Record<string, (inputs: GoldenInputs) => SVGSVGElement> =
  Object.fromEntries(
    Object.entries(GOLDENS).map(([name, golden]) => [
      name,
      (inputs: GoldenInputs) => drawGolden(golden, inputs),
    ]),
  );

/** The golden cases, for tests that need their inputs (e.g. every page of a split export). */
export { GOLDENS, RESULTS, REGIONS };

/** A golden case drawn on the screen at another width (a phone's figure is 358 px wide). */
export function drawGoldenAt(
  name: string,
  inputs: GoldenInputs,
  width: number,
  lang?: Golden['lang'],
): SVGSVGElement {
  const named = GOLDENS[name];
  if (!named) throw new Error(name);
  const golden = lang ? { ...named, lang } : named;
  const svg = setUp(golden, inputs).draw(screenLayout(width))[0];
  if (!svg) throw new Error(`${name}: nothing drawn at ${width} px`);
  return svg;
}
