import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';
import { comparisonCells } from '../../src/lib/method/comparison';
import { noFigureReason } from '../../src/lib/charts/comparison-chart';
import type { StageYearShare } from '../../src/lib/model/rows';

const row = (iso3: string, patch: Partial<StageYearShare>): StageYearShare => ({
  iso3,
  subregion: 'western_europe',
  market: 'human_trafficking',
  series: 'convicted',
  year: 2021,
  women: null,
  men: null,
  total: null,
  womenSuppressed: false,
  share: null,
  basis: null,
  denominator: null,
  interval: null,
  smallCount: false,
  obsIds: [],
  ...patch,
});

describe('the comparison without a figure', () => {
  it('gives the reason the States view gives, in the reader’s language', () => {
    const cells = comparisonCells(
      [
        row('DEU', { women: 40, men: 100, total: 400 }),
        row('CHE', { womenSuppressed: true, men: 12 }),
        row('GBR', { total: 300 }),
      ],
      ['DEU', 'CHE', 'GBR', 'FRA'],
      ['convicted'],
    );
    const reason = (iso3: string, lang: 'en' | 'de' = 'en') =>
      noFigureReason(
        cells.find((c) => c.iso3 === iso3),
        translator(lang),
      );
    expect(reason('DEU')).toBe(
      'No figure: counts by sex cover less than 90% of the persons counted',
    );
    expect(reason('DEU', 'de')).toContain('weniger als 90');
    expect(reason('CHE')).toBe('Count of women suppressed (<5)');
    expect(reason('GBR')).toBe('No figure: only the total is published');
    expect(reason('FRA')).toBe('no figure');
  });
});
