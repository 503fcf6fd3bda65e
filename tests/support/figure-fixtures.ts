import type {
  CountryRow,
  CoverageCell,
  MarketScore,
  PublishedFigure,
  SourceRow,
  StageYearShare,
  StateShareRow,
} from '../../src/lib/model/rows';
import { computeWomenShare } from '../../src/lib/method/shares';
import { isSmallCount, wilsonInterval } from '../../src/lib/method/interval';
import type { LocalNames } from '../../src/lib/i18n/names';

/** German, Italian, Russian and Spanish names of the fixture States, as data/countries.csv has them. */
const OTHER_NAMES: Record<string, Omit<LocalNames, 'nameEn' | 'nameFr'>> = {
  BEL: { nameDe: 'Belgien', nameIt: 'Belgio', nameRu: 'Бельгия', nameEs: 'Bélgica' },
  CAN: { nameDe: 'Kanada', nameIt: 'Canada', nameRu: 'Канада', nameEs: 'Canadá' },
  CHE: { nameDe: 'Schweiz', nameIt: 'Svizzera', nameRu: 'Швейцария', nameEs: 'Suiza' },
  DEU: { nameDe: 'Deutschland', nameIt: 'Germania', nameRu: 'Германия', nameEs: 'Alemania' },
  GBR: {
    nameDe: 'Vereinigtes Königreich',
    nameIt: 'Regno Unito',
    nameRu: 'Соединенное Королевство',
    nameEs: 'Reino Unido',
  },
  MCO: { nameDe: 'Monaco', nameIt: 'Monaco', nameRu: 'Монако', nameEs: 'Mónaco' },
  SWE: { nameDe: 'Schweden', nameIt: 'Svezia', nameRu: 'Швеция', nameEs: 'Suecia' },
  XKX: { nameDe: 'Kosovo*', nameIt: 'Kosovo*', nameRu: 'Косово*', nameEs: 'Kosovo*' },
};

export const SOURCE: SourceRow = {
  sourceId: 'UNODC_GLOTIP',
  publisher: 'UNODC',
  title: 'Test data',
  year: 2022,
  url: 'https://example.org',
  terms: 'Test terms.',
  termsCode: 'unodc_terms',
  provenance: 'A test copy.',
  kind: 'official_statistics',
};

export const SOURCES: SourceRow[] = [
  SOURCE,
  { ...SOURCE, sourceId: 'UNODC_WDR_DRUGS', title: 'Test drug data' },
  {
    ...SOURCE,
    sourceId: 'GITOC_OCINDEX',
    publisher: 'GI-TOC',
    title: 'Test index',
    year: 2023,
    termsCode: 'gitoc_terms',
  },
  {
    ...SOURCE,
    sourceId: 'S',
    publisher: 'P',
    title: 'A press report',
    year: 2024,
    kind: 'press',
    termsCode: 'press_figures_cited',
    provenance: null,
  },
];

const country = (iso3: string, nameEn: string, subregion: string, inStudy = false): CountryRow => ({
  iso3,
  nameEn,
  nameFr: `${nameEn} (fr)`,
  ...OTHER_NAMES[iso3],
  subregion,
  osceParticipating: iso3 !== 'XKX',
  inStudy,
});

export const COUNTRIES: CountryRow[] = [
  country('BEL', 'Belgium', 'western_europe', true),
  country('CAN', 'Canada', 'northern_america', true),
  country('CHE', 'Switzerland', 'western_europe'),
  country('DEU', 'Germany', 'western_europe'),
  country('GBR', 'United Kingdom', 'northern_europe', true),
  country('MCO', 'Monaco', 'western_europe'),
  country('SWE', 'Sweden', 'northern_europe', true),
  country('XKX', 'Kosovo*', 'southern_europe'),
];

export function row(iso3: string, nameEn: string, patch: Partial<StateShareRow>): StateShareRow {
  const base: StateShareRow = {
    iso3,
    nameEn,
    nameFr: `${nameEn} (fr)`,
    ...OTHER_NAMES[iso3],
    subregion: 'western_europe',
    inStudy: false,
    year: 2020,
    sourceId: 'UNODC_GLOTIP',
    women: null,
    men: null,
    total: null,
    womenSuppressed: false,
    menSuppressed: false,
    totalSuppressed: false,
    share: null,
    shareBasis: null,
    denominator: null,
    interval: null,
    smallCount: false,
    status: 'no_data',
    obsIds: [],
    ...patch,
  };
  const { share, basis, denominator } = computeWomenShare(base.women, base.men, base.total);
  if (share === null || base.status !== 'share') return base;
  return {
    ...base,
    share,
    shareBasis: basis,
    denominator,
    interval: base.women !== null && denominator ? wilsonInterval(base.women, denominator) : null,
    smallCount: isSmallCount(denominator),
  };
}

export const FIXTURE_ROWS: StateShareRow[] = [
  row('BEL', 'Belgium', {
    women: 26,
    men: 90,
    total: 116,
    status: 'share',
    obsIds: ['B-f', 'B-m'],
  }),
  row('CAN', 'Canada', {
    subregion: 'northern_america',
    women: 5,
    total: 25,
    status: 'share',
    obsIds: ['C-f', 'C-t'],
  }),
  row('CHE', 'Switzerland', {
    womenSuppressed: true,
    men: 12,
    status: 'suppressed',
    obsIds: ['S-f'],
  }),
  row('GBR', 'United Kingdom', {
    subregion: 'northern_europe',
    total: 300,
    status: 'total_only',
    obsIds: ['G-t'],
  }),
  row('MCO', 'Monaco', { women: 1, men: 1, status: 'share', obsIds: ['M-f', 'M-m'] }),
  row('SWE', 'Sweden', {
    subregion: 'northern_europe',
    women: 40,
    men: 60,
    total: 400,
    status: 'partial_by_sex',
    obsIds: ['W-f', 'W-m', 'W-t'],
  }),
  row('DEU', 'Germany', {}),
  row('XKX', 'Kosovo*', { subregion: 'southern_europe' }),
];

export const publishedFigure = (patch: Partial<PublishedFigure>): PublishedFigure => ({
  obsId: 'X',
  sourceId: 'S',
  sourceKind: 'press',
  publisher: 'P',
  sourceYear: 2024,
  area: 'SWE',
  areaNames: { nameEn: 'Sweden', nameFr: 'Suède' },
  periodStart: 2023,
  periodEnd: 2023,
  periodNote: null,
  population: 'offenders',
  market: 'organized_crime_all',
  hierarchy: 'all',
  role: 'all',
  orgType: 'all',
  stage: 'intelligence_estimate',
  sex: 'female',
  measure: 'share',
  value: 5,
  valueLow: null,
  valueHigh: null,
  qualifier: 'exact',
  unit: 'percent',
  denominator: null,
  note: null,
  ...patch,
});

export const FIGURES: PublishedFigure[] = [
  publishedFigure({ obsId: 'CORE', orgType: 'network_core', value: 5 }),
  publishedFigure({ obsId: 'PERIPHERY', orgType: 'network_periphery', value: 19 }),
  publishedFigure({
    obsId: 'RANGE',
    area: 'SEE',
    areaNames: { nameEn: 'South-Eastern Europe', nameFr: 'Europe du Sud-Est' },
    market: 'human_trafficking',
    stage: 'prosecuted_or_convicted',
    value: null,
    valueLow: 20,
    valueHigh: 25,
    qualifier: 'range',
    periodStart: null,
    periodEnd: null,
    periodNote: 'not stated',
    words: {
      periodNote: { en: 'not stated', fr: 'non précisée' },
      denominator: null,
      note: null,
    },
  }),
  publishedFigure({
    obsId: 'CEILING',
    area: 'NOT_STATED',
    areaNames: {
      nameEn: 'Area not stated by the source',
      nameFr: 'Zone non précisée par la source',
    },
    stage: 'not_stated',
    value: null,
    valueHigh: 40,
    qualifier: 'up_to',
  }),
  publishedFigure({
    obsId: 'FLOOR',
    area: 'EECA',
    areaNames: { nameEn: 'EECA', nameFr: 'EECA' },
    market: 'human_trafficking',
    value: null,
    valueLow: 60,
    qualifier: 'more_than',
    stage: 'convicted',
  }),
  publishedFigure({
    obsId: 'MEN',
    area: 'BEL',
    areaNames: { nameEn: 'Belgium', nameFr: 'Belgique' },
    market: 'participation_in_ocg',
    stage: 'suspected',
    sex: 'male',
    value: 86,
  }),
  publishedFigure({
    obsId: 'LEADERS',
    hierarchy: 'leadership',
    measure: 'count',
    unit: 'persons',
    value: 120,
    denominator: 'women with leading roles',
    words: {
      periodNote: null,
      denominator: { en: 'women with leading roles', fr: 'femmes occupant des rôles de direction' },
      note: null,
    },
  }),
  publishedFigure({
    obsId: 'CONTEXT',
    area: 'BEL',
    areaNames: { nameEn: 'Belgium', nameFr: 'Belgique' },
    market: 'all_offences',
    stage: 'other',
    value: 18,
  }),
  publishedFigure({
    obsId: 'W-COUNT',
    area: 'BEL',
    areaNames: { nameEn: 'Belgium', nameFr: 'Belgique' },
    market: 'participation_in_ocg',
    stage: 'suspected',
    measure: 'count',
    value: 238,
    unit: 'persons',
    periodStart: 2009,
    periodEnd: 2009,
  }),
  publishedFigure({
    obsId: 'T-COUNT',
    area: 'BEL',
    areaNames: { nameEn: 'Belgium', nameFr: 'Belgique' },
    market: 'participation_in_ocg',
    stage: 'suspected',
    measure: 'count',
    sex: 'total',
    value: 1816,
    unit: 'persons',
    periodStart: 2009,
    periodEnd: 2009,
  }),
];

export const pivot = (
  iso3: string,
  series: string,
  year: number,
  women: number,
  men: number,
  market = 'human_trafficking',
): StageYearShare => ({
  iso3,
  subregion: 'western_europe',
  market,
  series,
  year,
  women,
  men,
  total: women + men,
  womenSuppressed: false,
  share: (100 * women) / (women + men),
  basis: 'women_plus_men',
  denominator: women + men,
  interval: wilsonInterval(women, women + men),
  smallCount: isSmallCount(women + men),
  obsIds: [`${iso3}-${series}-${year}-f`, `${iso3}-${series}-${year}-m`],
});

export const PIVOT: StageYearShare[] = [
  pivot('BEL', 'convicted', 2019, 26, 86),
  pivot('BEL', 'convicted', 2021, 20, 80),
  pivot('BEL', 'formal_contact', 2019, 100, 300),
  pivot('BEL', 'formal_contact', 2020, 40, 120),
  pivot('BEL', 'victims', 2019, 50, 38),
  pivot('BEL', 'formal_contact', 2020, 30, 200, 'drug_trafficking'),
  pivot('BEL', 'formal_contact', 2021, 300, 2000, 'drug_trafficking'),
  pivot('CAN', 'convicted', 2019, 5, 20),
  pivot('CAN', 'formal_contact', 2020, 3, 30, 'drug_trafficking'),
];

export const SCORES: MarketScore[] = [
  ['BEL', 'human_trafficking', 6],
  ['BEL', 'cannabis_trade', 5.5],
  ['BEL', 'cocaine_trade', 7.5],
  ['BEL', 'criminal_networks', 6.5],
  ['SWE', 'human_trafficking', 4],
  ['CAN', 'human_trafficking', 5],
].map(([iso3, indicator, score]) => ({
  scoreId: `GITOC-2023-${iso3}-${indicator}`,
  iso3: String(iso3),
  nameEn: String(iso3),
  nameFr: String(iso3),
  edition: 2023,
  indicator: String(indicator),
  indicatorKind: String(indicator) === 'criminal_networks' ? 'actor' : 'market',
  score: Number(score),
}));

export const COVERAGE: CoverageCell[] = ['BEL', 'GBR', 'CHE'].flatMap((iso3) =>
  ['formal_contact', 'prosecuted', 'convicted', 'witness_protection'].flatMap((stage) =>
    [2019, 2020].map((year): CoverageCell => ({
      iso3,
      nameEn: iso3 === 'BEL' ? 'Belgium' : iso3 === 'GBR' ? 'United Kingdom' : 'Switzerland',
      nameFr: iso3,
      ...OTHER_NAMES[iso3],
      inStudy: true,
      market: 'human_trafficking',
      stage,
      year,
      status:
        stage === 'witness_protection'
          ? 'none'
          : iso3 === 'BEL'
            ? 'published'
            : iso3 === 'CHE'
              ? 'suppressed'
              : 'total_only',
      obsIds: [],
    })),
  ),
);
