import {
  HIERARCHY,
  isCode,
  MARKET,
  ROLE,
  SOURCE_KIND,
  STAGE,
  SUBREGION,
  type Stage,
} from '../vocabulary/codes';
import { ORG_TYPE } from '../vocabulary/contract';
import {
  DEFAULT_FILTERS,
  OFFENDER_STAGES,
  YEAR_MAX,
  YEAR_MIN,
  isLang,
  type Filters,
} from '../model/filters';

export interface DecodeWarning {
  param: string;
  value: string;
  reason:
    | 'unknown_code'
    | 'not_a_year'
    | 'not_a_state'
    | 'unknown_language'
    | 'not_a_flag'
    | 'repeated'
    | 'too_many';
}

const MAX_SELECTED = 8;

export function encodeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_FILTERS;
  if (filters.stage !== d.stage) params.set('stage', filters.stage);
  if (filters.yearFrom === filters.yearTo) {
    if (filters.yearFrom !== d.yearFrom || filters.yearTo !== d.yearTo)
      params.set('year', String(filters.yearFrom));
  } else {
    if (filters.yearFrom !== d.yearFrom) params.set('from', String(filters.yearFrom));
    if (filters.yearTo !== d.yearTo) params.set('to', String(filters.yearTo));
  }
  if (filters.region !== null) params.set('region', filters.region);
  if (filters.market !== null) params.set('market', filters.market);
  if (filters.hierarchy !== null) params.set('level', filters.hierarchy);
  if (filters.position !== null) params.set('position', filters.position);
  if (filters.sourceKind !== null) params.set('source', filters.sourceKind);
  if (filters.selected.length > 0) params.set('state', filters.selected.join(','));
  if (filters.outlineStudy !== d.outlineStudy)
    params.set('study', filters.outlineStudy ? '1' : '0');
  if (filters.lang !== d.lang) params.set('lang', filters.lang);
  return params;
}

export interface DecodeContext {
  knownStates?: ReadonlySet<string>;
  knownRegions?: ReadonlySet<string>;
}

/**
 * Reads filters from a URL. Anything unexpected falls back to the default and is
 * reported, so the page can say what it ignored instead of showing a wrong view.
 */
export function decodeFilters(
  params: URLSearchParams,
  context: DecodeContext = {},
): { filters: Filters; warnings: DecodeWarning[] } {
  const filters: Filters = { ...DEFAULT_FILTERS, selected: [] };
  const warnings: DecodeWarning[] = [];
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) warnings.push({ param: name, value: all.join(','), reason: 'repeated' });
    return all.length > 0 ? (all[0] ?? null) : null;
  };
  const code = (name: string, ok: (v: string) => boolean, apply: (v: string) => void) => {
    const value = single(name);
    if (value === null) return;
    if (ok(value)) apply(value);
    else warnings.push({ param: name, value, reason: 'unknown_code' });
  };
  const year = (value: string | null, name: string): number | null => {
    if (value === null) return null;
    const n = Number(value);
    if (/^\d{4}$/.test(value) && n >= YEAR_MIN && n <= YEAR_MAX) return n;
    warnings.push({ param: name, value, reason: 'not_a_year' });
    return null;
  };
  code(
    'stage',
    (v) => isCode(STAGE, v) && (OFFENDER_STAGES as readonly string[]).includes(v),
    (v) => (filters.stage = v as Stage),
  );
  const exact = year(single('year'), 'year');
  if (exact !== null) filters.yearFrom = filters.yearTo = exact;
  const from = year(single('from'), 'from');
  const to = year(single('to'), 'to');
  if (from !== null) filters.yearFrom = from;
  if (to !== null) filters.yearTo = to;
  if (filters.yearFrom > filters.yearTo)
    [filters.yearFrom, filters.yearTo] = [filters.yearTo, filters.yearFrom];
  code(
    'region',
    (v) =>
      isCode(SUBREGION, v) ||
      (context.knownRegions ? context.knownRegions.has(v) : /^[A-Z0-9_-]{2,20}$/.test(v)),
    (v) => (filters.region = v),
  );
  code(
    'market',
    (v) => isCode(MARKET, v),
    (v) => (filters.market = v),
  );
  code(
    'level',
    (v) => isCode(HIERARCHY, v) && v !== 'all',
    (v) => (filters.hierarchy = v),
  );
  code(
    'position',
    (v) => (isCode(ROLE, v) || isCode(ORG_TYPE, v)) && v !== 'all',
    (v) => (filters.position = v),
  );
  code(
    'source',
    (v) => isCode(SOURCE_KIND, v),
    (v) => (filters.sourceKind = v),
  );
  const state = single('state');
  if (state !== null) {
    const codes = state.split(',').filter(Boolean);
    for (const iso3 of codes) {
      const ok =
        /^[A-Z]{3}$/.test(iso3) &&
        (context.knownStates === undefined || context.knownStates.has(iso3));
      if (!ok) warnings.push({ param: 'state', value: iso3, reason: 'not_a_state' });
      else if (filters.selected.length >= MAX_SELECTED)
        warnings.push({ param: 'state', value: iso3, reason: 'too_many' });
      else if (!filters.selected.includes(iso3)) filters.selected.push(iso3);
    }
  }
  const study = single('study');
  if (study !== null) {
    if (study === '1' || study === '0') filters.outlineStudy = study === '1';
    else warnings.push({ param: 'study', value: study, reason: 'not_a_flag' });
  }
  const lang = single('lang');
  if (lang !== null) {
    if (isLang(lang)) filters.lang = lang;
    else warnings.push({ param: 'lang', value: lang, reason: 'unknown_language' });
  }
  return { filters, warnings };
}
