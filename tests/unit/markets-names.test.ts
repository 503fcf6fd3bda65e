import { describe, expect, it } from 'vitest';
import { marketsView } from '../../src/views/markets/spec';
import type { CountryRow, StageYearShare } from '../../src/lib/model/rows';
import type { ViewContext } from '../../src/views/view-spec';

const country = (iso3: string, nameEn: string, nameDe: string, nameRu: string): CountryRow => ({
  iso3,
  nameEn,
  nameFr: nameEn,
  nameDe,
  nameIt: nameEn,
  nameRu,
  nameEs: nameEn,
  subregion: 'western_europe',
  osceParticipating: true,
  inStudy: false,
});

const share = (iso3: string): StageYearShare => ({
  iso3,
  subregion: 'western_europe',
  market: 'human_trafficking',
  series: 'convicted',
  year: 2020,
  women: 10,
  men: 30,
  total: 40,
  womenSuppressed: false,
  share: 25,
  basis: 'women_plus_men',
  denominator: 40,
  interval: { low: 14, high: 40 },
  smallCount: false,
  obsIds: [`${iso3}-f`, `${iso3}-m`],
});

describe('the Criminal markets figure', () => {
  it('names and sorts States in the reader’s language (German, Russian), not in English', () => {
    const countries = [
      country('DEU', 'Germany', 'Deutschland', 'Германия'),
      country('AUT', 'Austria', 'Österreich', 'Австрия'),
      country('BEL', 'Belgium', 'Belgien', 'Бельгия'),
    ];
    const result = { stageYears: countries.map((c) => share(c.iso3)), scores: [], published: [] };
    const names = (lang: 'de' | 'ru') => {
      const ctx = { lang, countries, sources: [] } as unknown as ViewContext;
      const table = marketsView.bind(result, ctx).table();
      return [...new Set(table.rows.map((row) => row[0]?.text))];
    };
    expect(names('de')).toEqual(['Belgien', 'Deutschland', 'Österreich']);
    expect(names('ru')).toEqual(['Австрия', 'Бельгия', 'Германия']);
  });
});
