import { describe, expect, it } from 'vitest';
import { createDocument, expectGolden } from '../support/golden';
import { buildRegionsChart } from '../../src/lib/charts/regions-chart';
import { buildPipelineChart } from '../../src/lib/charts/pipeline-chart';
import { buildHierarchyChart } from '../../src/lib/charts/hierarchy-chart';
import { buildMarketsChart, marketRows } from '../../src/lib/charts/markets-chart';
import { buildCoverageMatrix } from '../../src/lib/charts/coverage-matrix';
import { buildComparisonChart } from '../../src/lib/charts/comparison-chart';
import { subregionGroups } from '../../src/views/view-models';
import { womenShareFigures } from '../../src/lib/method/published';
import { comparisonCells } from '../../src/lib/method/comparison';
import type { PublishedFigure } from '../../src/lib/data/queries/published-figures';
import type { CoverageCell } from '../../src/lib/data/queries/coverage';
import type { StageYearShare } from '../../src/lib/data/queries/share-pivot';
import { FIXTURE_ROWS, SOURCE, publishedFigure as published } from './figure-fixtures';

const document = createDocument();
const golden = (name: string, svg: Element) => {
  const result = expectGolden(name, svg);
  expect(result.ok, result.message).toBe(true);
};

const FIGURES: PublishedFigure[] = [
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
const PIVOT = [
  pivot('BEL', 'convicted', 2019, 26, 86),
  pivot('BEL', 'convicted', 2021, 20, 80),
  pivot('BEL', 'formal_contact', 2019, 100, 300),
  pivot('BEL', 'victims', 2019, 50, 38),
  pivot('CAN', 'convicted', 2019, 5, 20),
];

describe('view goldens', () => {
  it('regions', () => {
    const groups = subregionGroups(FIXTURE_ROWS);
    const svg = buildRegionsChart(groups, FIXTURE_ROWS, {
      document,
      lang: 'en',
      width: 900,
      stagePhrase: 'convicted',
      period: '2020',
      source: SOURCE,
    });
    expect(svg.querySelector('desc')?.textContent).toContain('Highest pooled share');
    golden('regions-en', svg);
  });

  it('pipeline: missing years left empty', async () => {
    const { pipelinePoints } = await import('../../src/lib/method/pipeline');
    const svg = buildPipelineChart(pipelinePoints(PIVOT, 'BEL'), {
      document,
      lang: 'en',
      width: 900,
      scopeName: 'Belgium',
      yearFrom: 2017,
      yearTo: 2021,
      source: SOURCE,
    });
    expect(svg.querySelectorAll('circle[data-series="convicted"]')).toHaveLength(2);
    golden('pipeline-en', svg);
  });

  it('hierarchy: no range or bound drawn as a point', () => {
    const figures = womenShareFigures(FIGURES);
    const svg = buildHierarchyChart(figures, {
      document,
      lang: 'en',
      width: 900,
      sourcesLine: 'Sources: test.',
    });
    const marks = [...svg.querySelectorAll('[data-qualifier]')];
    expect(
      marks.map((m) => [m.getAttribute('data-qualifier'), m.getAttribute('data-mark')]),
    ).toEqual(
      expect.arrayContaining([
        ['range', 'interval'],
        ['at_most', 'bound'],
        ['at_least', 'bound'],
        ['exact', 'bar'],
      ]),
    );
    expect(
      marks.filter(
        (m) => m.getAttribute('data-qualifier') !== 'exact' && m.querySelector('circle'),
      ),
    ).toEqual([]);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ')).toContain(
      'Nothing published on women at these hierarchy levels: Leadership',
    );
    golden('hierarchy-en', svg);
  });

  it('markets, French', () => {
    const rows = marketRows(womenShareFigures(FIGURES), [
      {
        iso3: 'BEL',
        nameEn: 'Belgium',
        nameFr: 'Belgique',
        indicator: 'human_trafficking',
        score: 6,
      },
      { iso3: 'SWE', nameEn: 'Sweden', nameFr: 'Suède', indicator: 'human_trafficking', score: 4 },
    ]);
    expect(rows.find((r) => r.market === 'human_trafficking')?.medianScore).toBe(5);
    golden(
      'markets-fr',
      buildMarketsChart(rows, {
        document,
        lang: 'fr',
        width: 900,
        regionName: 'test',
        highlight: 'human_trafficking',
        sourcesLine: 'Sources : test.',
      }),
    );
  });

  it('coverage', () => {
    const cells: CoverageCell[] = ['BEL', 'GBR'].flatMap((iso3) =>
      ['formal_contact', 'prosecuted', 'convicted', 'witness_protection'].flatMap((stage) =>
        [2019, 2020].map(
          (year) =>
            ({
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
            }) as CoverageCell,
        ),
      ),
    );
    const svg = buildCoverageMatrix(cells, {
      document,
      lang: 'en',
      width: 900,
      yearFrom: 2019,
      yearTo: 2020,
      sourcesLine: 'Sources: test.',
    });
    expect(svg.querySelector('desc')?.textContent).toBe(
      'Of the 2 study States in view, 1 publish figures by sex at formal contact, 1 at prosecution and 1 at conviction in the period.',
    );
    golden('coverage-en', svg);
  });

  it('comparison', () => {
    const cells = comparisonCells(
      PIVOT,
      ['BEL', 'CAN'],
      ['formal_contact', 'prosecuted', 'convicted', 'victims'],
    );
    expect(cells.find((c) => c.iso3 === 'BEL' && c.series === 'convicted')?.latest?.year).toBe(
      2021,
    );
    golden(
      'comparison-en',
      buildComparisonChart(cells, ['BEL', 'CAN'], {
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
      }),
    );
  });
});
