import { DEFAULT_FILTERS, OFFENDER_STAGES, encodeFilters, type Filters } from '../state/url-codec';
import type { Row } from './runner';

/** Raw rows of every view query, plus the start-up tables, for one state of the filters. */
export interface PrecomputedView {
  key: string;
  version: string;
  views: Record<string, Row[]>;
  startup: Record<string, Row[]>;
}

/** The language does not change the data, so it is not part of the key. */
export function precomputeKey(filters: Filters): string {
  return encodeFilters({ ...filters, lang: 'en' }).toString() || 'default';
}

/** The default view and one view per offender stage, each for the default period. */
export function precomputedStates(): Filters[] {
  return OFFENDER_STAGES.map((stage) => ({ ...DEFAULT_FILTERS, stage, selected: [] }));
}

export function precomputedFile(key: string): string {
  return `precomputed/${key.replace(/[^a-z0-9=_-]/gi, '_')}.json`;
}
