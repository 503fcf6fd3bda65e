import { translator } from '../i18n';
import { localName } from '../i18n/names';
import { countSourceFor } from '../data/startup';
import { effectiveStage } from '../method/offences';
import type { Filters, Lang } from '../model/filters';
import type {
  CountryRow,
  CoverageCell,
  PublishedFigure,
  RegionRow,
  SourceRow,
  StageYearShare,
  StateShareRow,
} from '../model/rows';
import { SUBREGION, labelOf } from '../vocabulary/codes';
import type { PointsInput, PointsScope } from './types';

/** The tables every selection's points need besides the views' results. */
export interface PointsTables {
  countries: readonly CountryRow[];
  regions: readonly RegionRow[];
  sources: readonly SourceRow[];
  countSourceOverride: string | null;
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function regionLabel(code: string, regions: readonly RegionRow[], lang: Lang): string {
  const subregion = labelOf(SUBREGION, code, lang);
  if (subregion !== code) return subregion;
  const row = regions.find((r) => r.code === code);
  return row ? localName(row, lang) : code;
}

/** What the points speak of: the profile's State, the first State picked, the region, or the whole OSCE area. */
export function pointsScope(filters: Filters, tables: PointsTables, lang: Lang): PointsScope {
  const iso3 = filters.profile ?? filters.selected[0] ?? null;
  const market = filters.profile ? null : filters.market;
  const stage = effectiveStage(market ?? 'human_trafficking', filters.stage);
  const common = { market, stage, yearFrom: filters.yearFrom, yearTo: filters.yearTo };
  if (iso3) {
    const row = tables.countries.find((c) => c.iso3 === iso3);
    return { ...common, kind: 'state', iso3, name: row ? localName(row, lang) : iso3 };
  }
  if (filters.region)
    return {
      ...common,
      kind: 'region',
      iso3: null,
      name: regionLabel(filters.region, tables.regions, lang),
    };
  return { ...common, kind: 'osce', iso3: null, name: translator(lang)('scopeAll') };
}

/**
 * The rows of the views on the page, keyed by view name, as the points' input: a profile's
 * trends, published figures and coverage; or the atlas's pipeline, States, published figures
 * and coverage. Nothing is queried here.
 */
export function pointsInput(
  results: Readonly<Record<string, unknown>>,
  filters: Filters,
  tables: PointsTables,
  lang: Lang,
  /** For a State profile: the States of its subregion (profileRegionRows), for the comparison. */
  regionRows: readonly StateShareRow[] = [],
): PointsInput {
  const profile = filters.profile !== null;
  return {
    scope: pointsScope(filters, tables, lang),
    shares: list<StageYearShare>(results[profile ? 'profile-trends' : 'pipeline']),
    stateRows: profile ? [...regionRows] : list<StateShareRow>(results.states),
    published: list<PublishedFigure>(results[profile ? 'profile-figures' : 'hierarchy']),
    coverage: list<CoverageCell>(results[profile ? 'profile-coverage' : 'coverage']),
    sources: [...tables.sources],
    names: new Map(tables.countries.map((c) => [c.iso3, localName(c, lang)])),
    countSourceOf: (market) => countSourceFor(market, tables.countSourceOverride),
  };
}
