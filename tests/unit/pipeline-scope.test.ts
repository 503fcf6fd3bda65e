import { describe, expect, it } from 'vitest';
import '../../src/lib/i18n/all';
import { pipelineView } from '../../src/views/pipeline/spec';
import type { CountryRow, StageYearShare } from '../../src/lib/model/rows';
import type { ViewContext } from '../../src/views/view-spec';

const country = (iso3: string, nameEn: string, nameRu: string): CountryRow => ({
  iso3,
  nameEn,
  nameFr: nameEn,
  nameRu,
  subregion: 'western_asia',
  osceParticipating: true,
  inStudy: false,
});
const COUNTRIES = [
  country('CAN', 'Canada', 'Канада'),
  country('TUR', 'Türkiye', 'Турция'),
  country('UZB', 'Uzbekistan', 'Узбекистан'),
  country('BEL', 'Belgium', 'Бельгия'),
  country('DEU', 'Germany', 'Германия'),
];

const share = (iso3: string, year: number): StageYearShare => ({
  iso3,
  subregion: 'western_asia',
  market: 'human_trafficking',
  series: 'convicted',
  year,
  women: 10,
  men: 30,
  total: 40,
  womenSuppressed: false,
  share: 25,
  basis: 'women_plus_men',
  denominator: 40,
  interval: { low: 14, high: 40 },
  smallCount: false,
  obsIds: [`${iso3}-${year}`],
});

const summary = (states: string[], lang: 'en' | 'ru' = 'en') => {
  const ctx = {
    lang,
    countries: COUNTRIES,
    regions: [],
    sources: [],
    filters: { yearFrom: 2020, yearTo: 2021, selected: [], region: null, market: null },
  } as unknown as ViewContext;
  const rows = states.flatMap((iso3) => [share(iso3, 2020), share(iso3, 2021)]);
  return pipelineView.bind(rows, ctx).summary();
};

describe('the justice pipeline of the whole area', () => {
  it('names the States of a pool of fewer than four instead of a wider area', () => {
    expect(summary(['TUR', 'UZB'])).toContain('Türkiye and Uzbekistan');
    expect(summary(['TUR', 'UZB'])).not.toContain('whole OSCE area');
    expect(summary(['CAN'], 'ru')).toContain('Канада');
    expect(summary(['CAN', 'TUR', 'UZB'])).toContain('Canada, Türkiye and Uzbekistan');
  });

  it('keeps the area’s name for a pool of four States or more', () => {
    expect(summary(['BEL', 'CAN', 'DEU', 'TUR'])).toContain('whole OSCE area');
  });
});

describe('the justice pipeline with several States picked', () => {
  it('says that it shows the first and where the others are, instead of dropping them silently', () => {
    const ctx = {
      lang: 'en',
      countries: COUNTRIES,
      regions: [],
      sources: [],
      filters: {
        yearFrom: 2020,
        yearTo: 2021,
        selected: ['TUR', 'UZB'],
        region: null,
        market: null,
      },
    } as unknown as ViewContext;
    const notices = pipelineView.bind([share('TUR', 2020)], ctx).notices();
    expect(notices).toEqual([
      'The pipeline shows one State at a time: Türkiye. The other State picked, Uzbekistan, is side by side in the comparison.',
    ]);
  });
});
