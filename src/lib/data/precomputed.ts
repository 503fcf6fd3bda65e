import {
  DEFAULT_FILTERS,
  OFFENDER_STAGES,
  queryFiltersOf,
  type Filters,
  type QueryFilters,
} from '../model/filters';
import { encodeFilters } from '../state/url-codec';
import type { Row } from './engine';

/** Raw rows of every view's queries, plus the start-up tables, for one state of the filters. */
export interface PrecomputedView {
  key: string;
  version: string;
  /** View name, then query name, then rows. */
  views: Record<string, Record<string, Row[]>>;
  startup: Record<string, Row[]>;
}

/** Only query fields: the language and the outlines do not change the data. */
export function precomputeKey(filters: QueryFilters): string {
  const full: Filters = { ...DEFAULT_FILTERS, ...filters };
  return encodeFilters({ ...full, lang: 'en', outlineStudy: false }).toString() || 'default';
}

/** The default view and one view per offender stage, each for the default period. */
export function precomputedStates(): QueryFilters[] {
  return OFFENDER_STAGES.map((stage) =>
    queryFiltersOf({ ...DEFAULT_FILTERS, stage, selected: [] }),
  );
}

export function precomputedFile(key: string): string {
  return `precomputed/${key.replace(/[^a-z0-9=_-]/gi, '_')}.json`;
}
