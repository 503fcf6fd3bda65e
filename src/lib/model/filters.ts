import type { Stage } from '../vocabulary/codes';

/** The atlas's languages: the six official languages of the OSCE. */
export const LANGS = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export interface Filters {
  /** Offender stage for the State views. */
  stage: Stage;
  yearFrom: number;
  yearTo: number;
  /** A subregion code or a region code, or null for the whole OSCE area. */
  region: string | null;
  /** A criminal market, or null for all markets. */
  market: string | null;
  hierarchy: string | null;
  /** A role or a network position (type of organisation), or null for all. */
  position: string | null;
  sourceKind: string | null;
  lang: Lang;
  /** States selected on the map or in a chart, in the order chosen. */
  selected: string[];
  /** The State whose profile page is open, or null for the atlas's main page. */
  profile: string | null;
  /** Outline the 14 States of the 2023 OSCE study on the map. */
  outlineStudy: boolean;
  /** The talking points chosen, by id, in the order chosen; null for the atlas's own choice. */
  points: string[] | null;
}

export type FilterField = keyof Filters;

/** Fields that can change a query; the others (language, outlines) never reach the engine. */
export const QUERY_FIELDS = [
  'stage',
  'yearFrom',
  'yearTo',
  'region',
  'market',
  'hierarchy',
  'position',
  'sourceKind',
  'selected',
  'profile',
] as const satisfies readonly FilterField[];
export type QueryField = (typeof QUERY_FIELDS)[number];
export type QueryFilters = Pick<Filters, QueryField>;

export const PRESENTATION_FIELDS = [
  'lang',
  'outlineStudy',
  'points',
] as const satisfies readonly FilterField[];

export function queryFiltersOf(filters: Filters): QueryFilters {
  return {
    stage: filters.stage,
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
    region: filters.region,
    market: filters.market,
    hierarchy: filters.hierarchy,
    position: filters.position,
    sourceKind: filters.sourceKind,
    selected: filters.selected,
    profile: filters.profile,
  };
}

/** Stages for which the bundled UNODC data has counts by sex. */
export const OFFENDER_STAGES = [
  'formal_contact',
  'prosecuted',
  'convicted',
] as const satisfies readonly Stage[];

export const YEAR_MIN = 2003;
export const YEAR_MAX = 2025;

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  stage: 'convicted',
  yearFrom: 2017,
  yearTo: 2021,
  region: null,
  market: null,
  hierarchy: null,
  position: null,
  sourceKind: null,
  lang: 'en',
  selected: [],
  profile: null,
  outlineStudy: false,
  points: null,
});

/** Whether a field differs from its default (the empty selection is the default). */
export function isSet(filters: Filters, field: FilterField): boolean {
  const value = filters[field];
  const fallback = DEFAULT_FILTERS[field];
  if (Array.isArray(value)) return value.length > 0;
  return value !== fallback;
}
