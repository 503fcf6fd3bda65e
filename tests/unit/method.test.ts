import { describe, expect, it } from 'vitest';
import {
  computeWomenShare,
  groupShares,
  median,
  type StateFigure,
} from '../../src/lib/method/shares';
import { pipelinePoints } from '../../src/lib/method/pipeline';
import { formatPublishedValue, isPointValue } from '../../src/lib/method/figure-values';
import { womenShareFigures, unpublishedPositions } from '../../src/lib/method/published';
import type { PublishedFigure, StageYearShare } from '../../src/lib/model/rows';
import { publishedFigure } from '../support/figure-fixtures';

const state = (
  iso3: string,
  group: string,
  women: number | null,
  men: number | null,
  total: number | null,
  extra: Partial<StateFigure> = {},
): StateFigure => {
  const { share, basis, denominator } = computeWomenShare(women, men, total);
  return {
    iso3,
    group,
    women,
    denominator,
    share,
    basis,
    womenSuppressed: false,
    year: 2020,
    obsIds: [`${iso3}-f`],
    ...extra,
  };
};

describe('rule 1: a share is women / (women + men), else women / total, and says which', () => {
  it('hand-computed cases', () => {
    expect(computeWomenShare(30, 70, 110)).toEqual({
      share: 30,
      basis: 'women_plus_men',
      denominator: 100,
    });
    expect(computeWomenShare(30, null, 120)).toEqual({
      share: 25,
      basis: 'total',
      denominator: 120,
    });
  });

  it('draws no share when women and men cover less than 90% of the published total', () => {
    expect(computeWomenShare(30, 70, 112)).toEqual({ share: null, basis: null, denominator: null });
    expect(computeWomenShare(4, 10, 277)).toEqual({ share: null, basis: null, denominator: null });
    expect(computeWomenShare(30, 70, 111)?.share).toBe(30);
    expect(computeWomenShare(30, 70, null)?.share).toBe(30);
  });
});

describe('rule 2: a group share pools counts; the median of State shares goes beside it', () => {
  it('pools 10 of 40 and 30 of 60 into 40 of 100, median of 25% and 50%', () => {
    const [g] = groupShares([state('A', 'g', 10, 30, 40), state('B', 'g', 30, 30, 60)]);
    expect(g?.pooledShare).toBeCloseTo(40, 10);
    expect(g?.pooledWomen).toBe(40);
    expect(g?.pooledDenominator).toBe(100);
    expect(g?.medianShare).toBeCloseTo(37.5, 10);
  });

  it('keeps a women / total share out of a women + men pool, but in the median', () => {
    const [g] = groupShares([state('A', 'g', 10, 30, 40), state('B', 'g', 20, null, 40)]);
    expect(g?.pooledShare).toBeCloseTo(25, 10);
    expect(g?.totalBasisExcluded).toBe(1);
    expect(g?.medianShare).toBeCloseTo(37.5, 10);
  });

  it('median of an odd and an even list', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('rule 4: suppressed counts are left out of sums and counted', () => {
  it('excludes a State whose count of women is suppressed and reports it', () => {
    const [g] = groupShares([
      state('A', 'g', 10, 30, 40),
      state('B', 'g', null, 12, null, { womenSuppressed: true }),
    ]);
    expect(g?.pooledWomen).toBe(10);
    expect(g?.pooledDenominator).toBe(40);
    expect(g?.suppressedExcluded).toBe(1);
  });
});

const pivot = (
  iso3: string,
  series: string,
  year: number,
  women: number | null,
  men: number | null,
): StageYearShare => {
  const { share, basis, denominator } = computeWomenShare(women, men, null);
  return {
    iso3,
    subregion: 'x',
    series,
    year,
    women,
    men,
    total: null,
    womenSuppressed: women === null,
    share,
    basis,
    denominator,
    obsIds: [`${iso3}-${series}-${year}`],
  };
};

describe('rule 3 and pipeline: years without a figure stay missing', () => {
  it('does not interpolate a missing year', () => {
    const points = pipelinePoints(
      [pivot('A', 'convicted', 2018, 1, 3), pivot('A', 'convicted', 2020, 2, 2)],
      'A',
    );
    expect(points.map((p) => [p.year, p.share])).toEqual([
      [2018, 25],
      [2020, 50],
    ]);
  });

  it('pools a group per year and stage, never across stages', () => {
    const points = pipelinePoints(
      [
        pivot('A', 'convicted', 2020, 1, 3),
        pivot('B', 'convicted', 2020, 3, 3),
        pivot('A', 'prosecuted', 2020, 5, 5),
      ],
      null,
    );
    expect(points.find((p) => p.series === 'convicted')).toMatchObject({
      share: 40,
      women: 4,
      denominator: 10,
      states: 2,
    });
    expect(points.find((p) => p.series === 'prosecuted')).toMatchObject({ share: 50, states: 1 });
  });
});

const figure = (patch: Partial<PublishedFigure>): PublishedFigure =>
  publishedFigure({ stage: 'suspected', ...patch });

describe('rule 5: ranges and bounds are written and drawn as such', () => {
  it('writes values as published', () => {
    expect(
      formatPublishedValue(
        { measure: 'share', value: null, valueLow: 20, valueHigh: 25, qualifier: 'range' },
        'en',
      ),
    ).toBe('20%–25%');
    expect(
      formatPublishedValue(
        { measure: 'share', value: null, valueLow: null, valueHigh: 40, qualifier: 'at_most' },
        'en',
      ),
    ).toBe('at most 40%');
    expect(
      formatPublishedValue(
        { measure: 'share', value: null, valueLow: 60, valueHigh: null, qualifier: 'at_least' },
        'fr',
      ),
    ).toMatch(/^au moins 60[\u00a0\u202f]%$/);
    expect(isPointValue('range')).toBe(false);
    expect(isPointValue('at_most')).toBe(false);
  });

  it('computes a share only from a count of women and a total of the same source, area, period and group, and labels it', () => {
    const rows = womenShareFigures([
      figure({ obsId: 'W', measure: 'count', value: 185, unit: 'persons' }),
      figure({ obsId: 'T', measure: 'count', sex: 'total', value: 1390, unit: 'persons' }),
      figure({
        obsId: 'OTHER',
        measure: 'count',
        sex: 'total',
        value: 5,
        sourceId: 'S2',
        unit: 'persons',
      }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      computed: true,
      counts: { women: 185, total: 1390 },
      obsIds: ['W', 'T'],
    });
    expect(rows[0]?.value).toBeCloseTo(13.31, 2);
  });

  it('does not treat a share of women who did something as a share of women among a group', () => {
    expect(
      womenShareFigures([figure({ denominator: 'women linked to criminal networks' })]),
    ).toEqual([]);
  });

  it('says which hierarchy levels have nothing published', () => {
    const rows = womenShareFigures([figure({ hierarchy: 'leadership' })]);
    expect(unpublishedPositions(rows).hierarchy).toEqual([
      'coordination',
      'operational',
      'periphery',
    ]);
  });
});
