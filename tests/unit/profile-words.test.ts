import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { profileSummary } from '../../src/views/profile/summary';
import { profileCoverageSummary, profileTrendsView } from '../../src/views/profile/specs';
import type { ViewContext } from '../../src/views/view-spec';
import type { CountryRow, CoverageCell, SourceRow, StageYearShare } from '../../src/lib/model/rows';

const UZB: CountryRow = {
  iso3: 'UZB',
  nameEn: 'Uzbekistan',
  nameFr: 'Ouzbékistan',
  subregion: 'central_asia',
  osceParticipating: true,
  inStudy: false,
};
const GLOTIP: SourceRow = {
  sourceId: 'UNODC_GLOTIP',
  publisher: 'United Nations Office on Drugs and Crime (UNODC)',
  title: 'Global Report on Trafficking in Persons, country data',
  year: 2022,
  url: 'https://example.org',
  terms: 'x',
  termsCode: 'unodc_terms',
  kind: 'official_statistics',
} as unknown as SourceRow;
const convicted: StageYearShare = {
  iso3: 'UZB',
  subregion: 'central_asia',
  market: 'human_trafficking',
  series: 'convicted',
  year: 2021,
  women: 109,
  men: 45,
  total: 154,
  womenSuppressed: false,
  share: (100 * 109) / 154,
  basis: 'women_plus_men',
  denominator: 154,
  interval: { low: 63.2, high: 77.4 },
  smallCount: false,
  obsIds: ['U-f', 'U-m'],
};

const text = (lang: 'en' | 'ru') =>
  profileSummary(
    UZB,
    { trends: [convicted], figures: [], scores: [], sources: [GLOTIP] },
    'Uzbekistan',
    lang,
  )
    .map((s) => s.map((x) => x.text).join(''))
    .join('\n');

describe('a State profile’s sentences', () => {
  it('give the numerator, the persons, the interval and the source', () => {
    expect(text('en')).toContain(
      'Convicted 2021: 109 women of 154 persons, 70.8% (95% interval 63–78%). Source: United Nations Office on Drugs and Crime (UNODC), Global Report on Trafficking in Persons, country data (2022).',
    );
    expect(text('ru')).toContain('109 женщин из 154 лиц');
    expect(text('ru')).toContain('Источник: United Nations Office on Drugs and Crime (UNODC)');
  });

  it('say what the State publishes, not how many study States are in view', () => {
    const cell = (stage: string, status: CoverageCell['status']): CoverageCell => ({
      iso3: 'SWE',
      nameEn: 'Sweden',
      nameFr: 'Suède',
      inStudy: true,
      market: 'human_trafficking',
      stage,
      year: 2020,
      status,
      obsIds: [],
    });
    const summary = profileCoverageSummary(
      [cell('convicted', 'men_only'), cell('prosecuted', 'published'), cell('suspected', 'none')],
      'en',
    );
    expect(summary).not.toContain('Study States in view');
    expect(summary).toContain('a number for women: Prosecuted');
    expect(summary).toContain('a number for men only: Convicted');
  });
});

describe('a State profile’s trend', () => {
  it('says which of its years lie outside the period the rest of the page uses', () => {
    const ctx = {
      lang: 'en',
      countries: [UZB],
      regions: [],
      sources: [GLOTIP],
      filters: { yearFrom: 2017, yearTo: 2021, profile: 'UZB', selected: [] },
    } as unknown as ViewContext;
    const rows = [
      { ...convicted, year: 2014 },
      { ...convicted, year: 2018 },
    ];
    expect(profileTrendsView.bind(rows, ctx).notices()).toEqual([
      'This trend shows every year published, also years outside the period used elsewhere on this page (2017–2021): 2014.',
    ]);
    expect(profileTrendsView.bind([{ ...convicted, year: 2018 }], ctx).notices()).toEqual([]);
  });
});
