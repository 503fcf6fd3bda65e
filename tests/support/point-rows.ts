import { computeWomenShare } from '../../src/lib/method/shares';
import { isSmallCount, wilsonInterval } from '../../src/lib/method/interval';
import type {
  CoverageCell,
  PublishedFigure,
  SourceRow,
  StageYearShare,
  StateShareRow,
} from '../../src/lib/model/rows';
import type { PointsInput, PointsScope } from '../../src/lib/points';

/** Hand-made rows for the talking-point rules: counts in, shares and intervals computed as the SQL does. */
export function shareRow(
  iso3: string,
  year: number,
  women: number | null,
  men: number | null,
  extra: Partial<StageYearShare> = {},
): StageYearShare {
  const { share, basis, denominator } = computeWomenShare(women, men, null);
  return {
    iso3,
    subregion: 'central_asia',
    market: 'human_trafficking',
    series: 'convicted',
    year,
    women,
    men,
    total: null,
    womenSuppressed: false,
    share,
    basis,
    denominator,
    interval: share !== null && denominator ? wilsonInterval(women ?? 0, denominator) : null,
    smallCount: isSmallCount(denominator),
    obsIds: [`${iso3}-${year}-${extra.series ?? 'convicted'}-F`, `${iso3}-${year}-M`],
    ...extra,
  };
}

export function stateRow(
  iso3: string,
  women: number,
  men: number,
  subregion = 'central_asia',
): StateShareRow {
  const { share, basis, denominator } = computeWomenShare(women, men, null);
  return {
    iso3,
    nameEn: iso3,
    nameFr: iso3,
    subregion,
    inStudy: false,
    year: 2021,
    sourceId: 'UNODC_GLOTIP',
    women,
    men,
    total: null,
    womenSuppressed: false,
    menSuppressed: false,
    totalSuppressed: false,
    share,
    shareBasis: basis,
    denominator,
    interval: denominator ? wilsonInterval(women, denominator) : null,
    smallCount: isSmallCount(denominator),
    status: 'share',
    obsIds: [`${iso3}-2021-F`],
  };
}

export function publishedRow(extra: Partial<PublishedFigure>): PublishedFigure {
  return {
    obsId: 'PRESS-UPTO40',
    sourceId: 'PRESS_X',
    sourceKind: 'press',
    publisher: 'Example Press',
    sourceYear: 2024,
    area: 'OSCE',
    areaNames: { nameEn: 'OSCE area', nameFr: 'espace de l’OSCE', nameRu: 'регион ОБСЕ' },
    periodStart: 2023,
    periodEnd: 2023,
    periodNote: null,
    population: 'offenders',
    market: 'all',
    hierarchy: 'all',
    role: 'all',
    orgType: 'all',
    stage: 'arrested',
    sex: 'female',
    measure: 'share',
    value: null,
    valueLow: null,
    valueHigh: 40,
    qualifier: 'up_to',
    unit: 'percent',
    denominator: null,
    note: null,
    ...extra,
  };
}

export function cell(stage: string, year: number, status: CoverageCell['status']): CoverageCell {
  return {
    iso3: 'UZB',
    nameEn: 'Uzbekistan',
    nameFr: 'Ouzbékistan',
    inStudy: false,
    market: 'human_trafficking',
    stage,
    year,
    status,
    obsIds: status === 'none' ? [] : [`UZB-${year}-${stage}`],
  };
}

export const SOURCES: SourceRow[] = [
  {
    sourceId: 'UNODC_GLOTIP',
    publisher: 'United Nations Office on Drugs and Crime (UNODC)',
    title: 'Global Report on Trafficking in Persons, country data',
    year: 2022,
    url: 'https://dataunodc.un.org/dp-trafficking-persons',
    terms: 'UNODC terms',
    termsCode: 'unodc_terms',
    provenance: null,
    kind: 'official_statistics',
  },
  {
    sourceId: 'PRESS_X',
    publisher: 'Example Press',
    title: 'An article',
    year: 2024,
    url: 'https://example.org/a',
    terms: 'cited',
    termsCode: 'press_figures_cited',
    provenance: null,
    kind: 'press',
  },
];

export function pointsInputOf(
  scope: Partial<PointsScope>,
  rows: Partial<Omit<PointsInput, 'scope'>> = {},
  lang: 'en' | 'ru' = 'en',
): PointsInput {
  const names = new Map(
    lang === 'ru'
      ? [
          ['UZB', 'Узбекистан'],
          ['KAZ', 'Казахстан'],
          ['KGZ', 'Кыргызстан'],
          ['TJK', 'Таджикистан'],
        ]
      : [
          ['UZB', 'Uzbekistan'],
          ['KAZ', 'Kazakhstan'],
          ['KGZ', 'Kyrgyzstan'],
          ['TJK', 'Tajikistan'],
        ],
  );
  return {
    scope: {
      kind: 'state',
      name: names.get(scope.iso3 ?? 'UZB') ?? 'Uzbekistan',
      iso3: 'UZB',
      market: null,
      stage: 'convicted',
      yearFrom: 2017,
      yearTo: 2021,
      ...scope,
    },
    shares: [],
    stateRows: [],
    published: [],
    coverage: [],
    sources: SOURCES,
    names,
    countSourceOf: () => 'UNODC_GLOTIP',
    ...rows,
  };
}
