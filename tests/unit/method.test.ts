import { describe, expect, it } from 'vitest';
import {
  computeWomenShare,
  groupShares,
  median,
  type StateFigure,
} from '../../src/lib/method/shares';
import { pipelineModel } from '../../src/lib/method/pipeline';
import { seriesRuns } from '../../src/lib/method/series';
import { clearlyExtreme, isSmallCount, wilsonInterval } from '../../src/lib/method/interval';
import { formatPublishedValue, isPointValue } from '../../src/lib/method/figure-values';
import { shareFigures, unpublishedPositions } from '../../src/lib/method/published';
import type { PublishedFigure } from '../../src/lib/model/rows';
import { pivot, publishedFigure } from '../support/figure-fixtures';

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

  it('keeps a women / total share out of a women + men pool and out of the median beside it', () => {
    const [g] = groupShares([state('A', 'g', 10, 30, 40), state('B', 'g', 20, null, 40)]);
    expect(g?.pooledShare).toBeCloseTo(25, 10);
    expect(g?.totalBasisExcluded).toBe(1);
    // The tick speaks of the same States as the bar: A only, not B's share on a total.
    expect(g?.medianShare).toBeCloseTo(25, 10);
    const [alone] = groupShares([state('C', 'g', 7, null, 8)]);
    expect(alone?.medianShare).toBeNull();
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

describe('the 95% interval of a computed share (Wilson score)', () => {
  it('matches hand-computed values', () => {
    // p = 26/116, z = 1.96: centre (p + z²/2n)/(1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n)
    const i = wilsonInterval(26, 116);
    expect(i?.low).toBeCloseTo(15.7798, 3);
    expect(i?.high).toBeCloseTo(30.8163, 3);
    expect(wilsonInterval(5, 25)).toMatchObject({
      low: expect.closeTo(8.8606, 3),
      high: expect.closeTo(39.131, 3),
    });
    // None of 10: the interval still reaches 27.8%, so "0%" is never read as certain.
    expect(wilsonInterval(0, 10)).toMatchObject({ low: 0, high: expect.closeTo(27.7533, 3) });
  });

  it('refuses impossible counts', () => {
    expect(wilsonInterval(5, 0)).toBeNull();
    expect(wilsonInterval(11, 10)).toBeNull();
    expect(wilsonInterval(-1, 10)).toBeNull();
  });

  it('flags fewer than 30 persons as a small count', () => {
    expect(isSmallCount(29)).toBe(true);
    expect(isSmallCount(30)).toBe(false);
    expect(isSmallCount(null)).toBe(false);
  });

  it('calls an item the highest only when its interval lies wholly above all others', () => {
    const items = [
      { id: 'a', i: { low: 40, high: 50 } },
      { id: 'b', i: { low: 20, high: 39 } },
      { id: 'c', i: { low: 10, high: 30 } },
    ];
    expect(clearlyExtreme(items, (x) => x.i, 'highest')?.id).toBe('a');
    expect(clearlyExtreme(items, (x) => x.i, 'lowest')).toBeNull();
    expect(clearlyExtreme([items[0]], (x) => x?.i ?? null, 'highest')).toBeNull();
  });
});

describe('series: a missing year or a threefold change in the total leaves a gap', () => {
  it('never bridges a missing year', () => {
    expect(
      seriesRuns([
        { year: 2018, total: 100 },
        { year: 2020, total: 110 },
      ]).runs,
    ).toEqual([[2018], [2020]]);
  });

  it('breaks where the total changes threefold (a possible change in counting)', () => {
    // The shape of Sweden's and Finland's drug-trafficking counts from 2019 to 2020 in the WDR table.
    const { runs, breaks } = seriesRuns([
      { year: 2018, total: 2900 },
      { year: 2019, total: 3000 },
      { year: 2020, total: 15000 },
      { year: 2021, total: 15500 },
    ]);
    expect(runs).toEqual([
      [2018, 2019],
      [2020, 2021],
    ]);
    expect(breaks).toEqual([{ from: 2019, to: 2020, ratio: 5 }]);
    expect(
      seriesRuns([
        { year: 2019, total: 100 },
        { year: 2020, total: 299 },
      ]).breaks,
    ).toEqual([]);
  });
});

describe('pipeline: one State drawn as published; a group pooled over a stable panel', () => {
  it('does not interpolate a missing year for one State', () => {
    const model = pipelineModel(
      [pivot('A', 'convicted', 2018, 1, 3), pivot('A', 'convicted', 2020, 2, 2)],
      'A',
      [2018, 2019, 2020],
    );
    expect(model.points.map((p) => [p.year, p.share])).toEqual([
      [2018, 25],
      [2020, 50],
    ]);
    expect(model.series[0]?.runs).toEqual([[2018], [2020]]);
  });

  it('pools only States with women and men in every year, so the set never changes along a line', () => {
    const rows = [
      ...[2019, 2020, 2021].flatMap((y) => [
        pivot('A', 'convicted', y, 10, 30),
        pivot('B', 'convicted', y, 30, 30),
      ]),
      // C reports 2021 only: pooling it would change the set of States in 2021.
      pivot('C', 'convicted', 2021, 500, 500),
      pivot('A', 'prosecuted', 2019, 5, 5),
    ];
    const model = pipelineModel(rows, null, [2019, 2020, 2021]);
    const convicted = model.points.filter((p) => p.series === 'convicted');
    expect(convicted.map((p) => [p.year, p.share, p.states, p.denominator])).toEqual([
      [2019, 40, 2, 100],
      [2020, 40, 2, 100],
      [2021, 40, 2, 100],
    ]);
    expect(model.series.find((s) => s.series === 'convicted')?.panel).toEqual({
      states: ['A', 'B'],
      leftOut: ['C'],
    });
    // A stage reported in one year of three has no stable panel: no line, never a single-year pool.
    expect(model.points.filter((p) => p.series === 'prosecuted')).toEqual([]);
    expect(model.series.find((s) => s.series === 'prosecuted')?.panel).toEqual({
      states: [],
      leftOut: ['A'],
    });
  });

  it('leaves out of the panel a State whose series breaks', () => {
    const rows = [
      ...[2019, 2020].map((y) => pivot('A', 'formal_contact', y, 10, 30, 'drug_trafficking')),
      pivot('B', 'formal_contact', 2019, 30, 270, 'drug_trafficking'),
      pivot('B', 'formal_contact', 2020, 150, 1350, 'drug_trafficking'),
    ];
    const model = pipelineModel(rows, null, [2019, 2020]);
    expect(model.series[0]?.panel).toEqual({ states: ['A'], leftOut: ['B'] });
  });
});

const figure = (patch: Partial<PublishedFigure>): PublishedFigure =>
  publishedFigure({ stage: 'suspected', ...patch });

describe('published values: ranges and bounds keep the source’s words', () => {
  const value = (
    qualifier: string,
    patch: Partial<{ value: number; valueLow: number; valueHigh: number }>,
    lang: 'en' | 'fr' = 'en',
  ) =>
    formatPublishedValue(
      { measure: 'share', value: null, valueLow: null, valueHigh: null, qualifier, ...patch },
      lang,
    );

  it('writes each qualifier in its own words', () => {
    expect(value('range', { valueLow: 20, valueHigh: 25 })).toBe('20%–25%');
    expect(value('at_most', { valueHigh: 40 })).toBe('at most 40%');
    expect(value('up_to', { valueHigh: 40 })).toBe('up to 40%');
    expect(value('less_than', { valueHigh: 30 })).toBe('less than 30%');
    expect(value('at_least', { valueLow: 60 })).toBe('at least 60%');
    expect(value('more_than', { valueLow: 60 })).toBe('more than 60%');
    expect(value('average', { value: 20 })).toBe('on average 20%');
    expect(value('almost', { valueHigh: 40 })).toBe('almost 40%');
    expect(value('at_least', { valueLow: 60 }, 'fr')).toMatch(/^au moins 60[\u00a0\u202f]%$/);
    expect(value('more_than', { valueLow: 60 }, 'fr')).toMatch(/^plus de 60[\u00a0\u202f]%$/);
  });

  it('never draws a range or a bound as a point', () => {
    for (const q of ['range', 'at_most', 'up_to', 'less_than', 'at_least', 'more_than'])
      expect(isPointValue(q), q).toBe(false);
    expect(isPointValue('exact')).toBe(true);
  });

  it('computes a share only from a count of women and a total of the same source, area, period and group, and labels it', () => {
    const rows = shareFigures([
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
    const computed = rows.filter((r) => r.computed);
    expect(computed).toHaveLength(1);
    expect(computed[0]).toMatchObject({
      counts: { women: 185, total: 1390 },
      obsIds: ['W', 'T'],
      smallCount: false,
    });
    expect(computed[0]?.value).toBeCloseTo(13.31, 2);
    expect(computed[0]?.interval?.low).toBeCloseTo(100 * 0.1163, 1);
  });

  it('keeps a men’s share as a men’s share and a count at a position as a count', () => {
    const rows = shareFigures([
      figure({ obsId: 'MEN', sex: 'male', value: 86 }),
      figure({
        obsId: 'LEAD',
        hierarchy: 'leadership',
        measure: 'count',
        value: 120,
        unit: 'persons',
      }),
    ]);
    expect(rows.find((r) => r.obsIds.includes('MEN'))).toMatchObject({
      sex: 'male',
      value: 86,
      computed: false,
    });
    expect(rows.find((r) => r.obsIds.includes('LEAD'))).toMatchObject({
      measure: 'count',
      value: 120,
    });
  });

  it('marks figures about all offences as context', () => {
    const [row] = shareFigures([figure({ market: 'all_offences' })]);
    expect(row?.context).toBe(true);
  });

  it('does not treat a share of women who did something as a share of women among a group', () => {
    expect(shareFigures([figure({ denominator: 'women linked to criminal networks' })])).toEqual(
      [],
    );
  });

  it('says which hierarchy levels have nothing published', () => {
    const rows = shareFigures([figure({ hierarchy: 'leadership' })]);
    expect(unpublishedPositions(rows).hierarchy).toEqual([
      'coordination',
      'operational',
      'periphery',
    ]);
  });
});
