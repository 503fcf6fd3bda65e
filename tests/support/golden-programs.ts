import type { Topology } from 'topojson-specification';
import { buildWomenShareByStateChart } from '../../src/lib/charts/states-chart';
import {
  buildOsceMap,
  geographyFromTopology,
  type OsceGeography,
} from '../../src/lib/map/osce-map';
import { buildRegionsChart } from '../../src/lib/charts/regions-chart';
import { buildPipelineChart } from '../../src/lib/charts/pipeline-chart';
import { buildHierarchyChart } from '../../src/lib/charts/hierarchy-chart';
import { buildMarketsChart, marketRows } from '../../src/lib/charts/markets-chart';
import { buildCoverageMatrix } from '../../src/lib/charts/coverage-matrix';
import { buildComparisonChart } from '../../src/lib/charts/comparison-chart';
import { womenShareFigures } from '../../src/lib/method/published';
import { comparisonCells } from '../../src/lib/method/comparison';
import { pipelinePoints } from '../../src/lib/method/pipeline';
import { standaloneSvg } from '../../src/lib/export/standalone-svg';
import type { CoverageCell, PublishedFigure, StageYearShare } from '../../src/lib/model/rows';
import { subregionGroups } from '../../src/views/scope';
import { FIXTURE_ROWS, SOURCE, publishedFigure as published } from './figure-fixtures';

/**
 * Every golden figure, by the name of its file in tests/golden (`<figure>-<language>`): a
 * program that draws it from the fixtures. The unit tests compare each with its file, and the
 * gallery (npm run gallery) draws them all side by side in the browser.
 */
export interface GoldenInputs {
  document: Document;
  /** The map's topology (public/data/osce-map.topo.json, built by npm run data). */
  topology: Topology;
}

export const FIGURES: PublishedFigure[] = [
  published({ obsId: 'CORE', orgType: 'network_core', value: 5 }),
  published({ obsId: 'PERIPHERY', orgType: 'network_periphery', value: 19 }),
  published({
    obsId: 'RANGE',
    area: 'SEE',
    areaNameEn: 'South-Eastern Europe',
    market: 'human_trafficking',
    value: null,
    valueLow: 20,
    valueHigh: 25,
    qualifier: 'range',
    periodStart: null,
    periodEnd: null,
    periodNote: 'not stated',
  }),
  published({
    obsId: 'CEILING',
    area: 'OSCE_AREA',
    areaNameEn: 'OSCE area',
    value: null,
    valueHigh: 40,
    qualifier: 'at_most',
  }),
  published({
    obsId: 'FLOOR',
    area: 'EECA',
    areaNameEn: 'EECA',
    market: 'human_trafficking',
    value: null,
    valueLow: 60,
    qualifier: 'at_least',
    stage: 'convicted',
  }),
];

const pivot = (
  iso3: string,
  series: string,
  year: number,
  women: number,
  men: number,
): StageYearShare => ({
  iso3,
  subregion: 'western_europe',
  series,
  year,
  women,
  men,
  total: women + men,
  womenSuppressed: false,
  share: (100 * women) / (women + men),
  basis: 'women_plus_men',
  denominator: women + men,
  obsIds: [`${iso3}-${series}-${year}-f`, `${iso3}-${series}-${year}-m`],
});

export const PIVOT = [
  pivot('BEL', 'convicted', 2019, 26, 86),
  pivot('BEL', 'convicted', 2021, 20, 80),
  pivot('BEL', 'formal_contact', 2019, 100, 300),
  pivot('BEL', 'victims', 2019, 50, 38),
  pivot('CAN', 'convicted', 2019, 5, 20),
];

export const COVERAGE: CoverageCell[] = ['BEL', 'GBR'].flatMap((iso3) =>
  ['formal_contact', 'prosecuted', 'convicted', 'witness_protection'].flatMap((stage) =>
    [2019, 2020].map((year): CoverageCell => ({
      iso3,
      nameEn: iso3 === 'BEL' ? 'Belgium' : 'United Kingdom',
      nameFr: iso3,
      inStudy: true,
      stage,
      year,
      status:
        stage === 'witness_protection'
          ? 'none'
          : iso3 === 'BEL'
            ? 'sex_disaggregated'
            : 'total_only',
      obsIds: [],
    })),
  ),
);

const statesChart = (document: Document, lang: 'en' | 'fr', selected?: string[]) =>
  buildWomenShareByStateChart(FIXTURE_ROWS, {
    document,
    lang,
    width: 720,
    stage: 'convicted',
    period: '2020',
    showYears: false,
    source: SOURCE,
    ...(selected ? { selected } : {}),
  });

const geographies = new WeakMap<Topology, OsceGeography>();
const geographyOf = (topology: Topology) => {
  let geography = geographies.get(topology);
  if (!geography) geographies.set(topology, (geography = geographyFromTopology(topology)));
  return geography;
};

export const GOLDEN_PROGRAMS: Record<string, (inputs: GoldenInputs) => SVGSVGElement> = {
  'states-chart-en': ({ document }) => statesChart(document, 'en', ['CAN']),
  'states-chart-fr': ({ document }) => statesChart(document, 'fr'),
  'map-en': ({ document, topology }) =>
    buildOsceMap(geographyOf(topology), FIXTURE_ROWS, {
      document,
      lang: 'en',
      width: 960,
      stage: 'convicted',
      period: '2020',
      source: SOURCE,
      selected: ['BEL'],
    }),
  'regions-en': ({ document }) =>
    buildRegionsChart(subregionGroups(FIXTURE_ROWS), FIXTURE_ROWS, {
      document,
      lang: 'en',
      width: 900,
      stagePhrase: 'convicted',
      period: '2020',
      source: SOURCE,
    }),
  'pipeline-en': ({ document }) =>
    buildPipelineChart(pipelinePoints(PIVOT, 'BEL'), {
      document,
      lang: 'en',
      width: 900,
      scopeName: 'Belgium',
      yearFrom: 2017,
      yearTo: 2021,
      source: SOURCE,
    }),
  'comparison-en': ({ document }) =>
    buildComparisonChart(
      comparisonCells(
        PIVOT,
        ['BEL', 'CAN'],
        ['formal_contact', 'prosecuted', 'convicted', 'victims'],
      ),
      ['BEL', 'CAN'],
      {
        document,
        lang: 'en',
        width: 900,
        names: new Map([
          ['BEL', 'Belgium'],
          ['CAN', 'Canada'],
        ]),
        yearFrom: 2017,
        yearTo: 2021,
        sourcesLine: 'Sources: test.',
      },
    ),
  'hierarchy-en': ({ document }) =>
    buildHierarchyChart(womenShareFigures(FIGURES), {
      document,
      lang: 'en',
      width: 900,
      sourcesLine: 'Sources: test.',
    }),
  'markets-fr': ({ document }) =>
    buildMarketsChart(
      marketRows(womenShareFigures(FIGURES), [
        {
          iso3: 'BEL',
          nameEn: 'Belgium',
          nameFr: 'Belgique',
          indicator: 'human_trafficking',
          score: 6,
        },
        {
          iso3: 'SWE',
          nameEn: 'Sweden',
          nameFr: 'Suède',
          indicator: 'human_trafficking',
          score: 4,
        },
      ]),
      {
        document,
        lang: 'fr',
        width: 900,
        regionName: 'test',
        highlight: 'human_trafficking',
        sourcesLine: 'Sources : test.',
      },
    ),
  'coverage-en': ({ document }) =>
    buildCoverageMatrix(COVERAGE, {
      document,
      lang: 'en',
      width: 900,
      yearFrom: 2019,
      yearTo: 2020,
      sourcesLine: 'Sources: test.',
    }),
  'export-states-chart-en': ({ document }) => {
    const markup = standaloneSvg(statesChart(document, 'en'), {
      title: 'T',
      datasetVersion: 'abc123',
      date: '2026-11-27',
      permalink: 'https://example.org/atlas/?stage=convicted&v=abc123',
      filters: { stage: 'convicted' },
      queries: ['SELECT 1'],
      lang: 'en',
    });
    const parsed = new (
      document.defaultView as unknown as { DOMParser: typeof DOMParser }
    ).DOMParser().parseFromString(markup, 'image/svg+xml');
    return document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
  },
};
