import type { Stage } from '../vocabulary/codes';

import type { Lang } from './lang';

export { LANGS, isLang, type Lang } from './lang';

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

/** Fields that only change how the views look (language, outlines): they never reach the engine. */
export const PRESENTATION_FIELDS = [
  'lang',
  'outlineStudy',
  'points',
] as const satisfies readonly FilterField[];
export type QueryField = Exclude<FilterField, (typeof PRESENTATION_FIELDS)[number]>;
export type QueryFilters = Pick<Filters, QueryField>;

/** Stages for which the bundled UNODC data has counts by sex: the stage filter's choices. */
export { COUNT_STAGES as OFFENDER_STAGES } from './stages';

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

/** Every filter field, in the order of `Filters`: the keys of DEFAULT_FILTERS, which types keep complete. */
export const FILTER_FIELDS = Object.keys(DEFAULT_FILTERS) as readonly FilterField[];

const isQueryField = (field: FilterField): field is QueryField =>
  !(PRESENTATION_FIELDS as readonly string[]).includes(field);

/** Fields that can change a query. */
export const QUERY_FIELDS: readonly QueryField[] = FILTER_FIELDS.filter(isQueryField);

export function queryFiltersOf(filters: Filters): QueryFilters {
  return Object.fromEntries(QUERY_FIELDS.map((field) => [field, filters[field]])) as QueryFilters;
}

/** Whether a field differs from its default (the empty selection is the default). */
export function isSet(filters: Filters, field: FilterField): boolean {
  const value = filters[field];
  const fallback = DEFAULT_FILTERS[field];
  if (Array.isArray(value)) return value.length > 0;
  return value !== fallback;
}
