import {
  HIERARCHY,
  isCode,
  MARKET,
  ORG_TYPE,
  ROLE,
  SOURCE_KIND,
  STAGE,
  SUBREGION,
  type Stage,
} from '../vocabulary/codes';
import {
  DEFAULT_FILTERS,
  LANGS,
  OFFENDER_STAGES,
  YEAR_MAX,
  YEAR_MIN,
  isLang,
  type Filters,
  type Lang,
} from '../model/filters';
import { KNOWN_REGIONS, KNOWN_STATES } from '../model/known-areas';
import type { Translate } from '../i18n';

export interface DecodeWarning {
  param: string;
  value: string;
  reason:
    | 'unknown_code'
    | 'unknown_region'
    | 'not_a_year'
    | 'not_a_state'
    | 'unknown_language'
    | 'not_a_flag'
    | 'repeated'
    | 'too_many'
    | 'from_after_to'
    | 'unknown_param';
  /** For a repeated parameter: the value that was applied. */
  applied?: string;
}

const MAX_SELECTED = 8;
/** Every parameter the atlas reads (`bench` belongs to the benchmark); any other is reported. */
const KNOWN_PARAMS = new Set([
  'stage',
  'year',
  'from',
  'to',
  'region',
  'market',
  'level',
  'position',
  'source',
  'state',
  'profile',
  'study',
  'points',
  'lang',
  'v',
  'bench',
]);
const MAX_ECHO = 40;
/** Talking points chosen in the address: ids made of codes, dots, plus signs and hyphens; at most 8. */
const MAX_POINTS = 8;
const POINT_ID = /^[A-Za-z0-9_.+-]{1,120}$/;

function decodePoints(value: string, warnings: DecodeWarning[]): string[] {
  const ids: string[] = [];
  for (const id of value.split(',').filter(Boolean)) {
    if (!POINT_ID.test(id))
      warnings.push({ param: 'points', value: id.slice(0, MAX_ECHO), reason: 'unknown_code' });
    else if (ids.length >= MAX_POINTS)
      warnings.push({ param: 'points', value: id, reason: 'too_many' });
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

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
  if (filters.profile !== null) params.set('profile', filters.profile);
  if (filters.outlineStudy !== d.outlineStudy)
    params.set('study', filters.outlineStudy ? '1' : '0');
  if (filters.points !== null) params.set('points', filters.points.join(','));
  if (filters.lang !== d.lang) params.set('lang', filters.lang);
  return params;
}

export interface DecodeContext {
  knownStates?: ReadonlySet<string>;
  knownRegions?: ReadonlySet<string>;
}

const DEFAULT_CONTEXT: Required<DecodeContext> = {
  knownStates: new Set(KNOWN_STATES),
  knownRegions: new Set(KNOWN_REGIONS),
};

/**
 * Reads filters from a URL. Anything unexpected falls back to the default and is reported, so
 * the page can say what it ignored instead of showing a wrong view: unknown codes, regions and
 * States (even well-formed ones), years out of range, a start after the end, repeated
 * parameters (the first is applied, and the message says so).
 */
export function decodeFilters(
  params: URLSearchParams,
  context: DecodeContext = {},
): { filters: Filters; warnings: DecodeWarning[]; version: string | null } {
  const states = context.knownStates ?? DEFAULT_CONTEXT.knownStates;
  const regions = context.knownRegions ?? DEFAULT_CONTEXT.knownRegions;
  const filters: Filters = { ...DEFAULT_FILTERS, selected: [] };
  const warnings: DecodeWarning[] = [];
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1)
      warnings.push({
        param: name,
        value: all.slice(1).join(','),
        reason: 'repeated',
        applied: all[0] ?? '',
      });
    return all.length > 0 ? (all[0] ?? null) : null;
  };
  const code = (
    name: string,
    ok: (v: string) => boolean,
    apply: (v: string) => void,
    reason: DecodeWarning['reason'] = 'unknown_code',
  ) => {
    const value = single(name);
    if (value === null) return;
    if (ok(value)) apply(value);
    else warnings.push({ param: name, value, reason });
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
  if (from !== null && to !== null && from > to) {
    warnings.push({ param: 'from', value: `${from} > to=${to}`, reason: 'from_after_to' });
  } else {
    if (from !== null) filters.yearFrom = from;
    if (to !== null) filters.yearTo = to;
    if (filters.yearFrom > filters.yearTo) {
      warnings.push({
        param: from !== null ? 'from' : 'to',
        value: String(from ?? to),
        reason: 'from_after_to',
      });
      filters.yearFrom = DEFAULT_FILTERS.yearFrom;
      filters.yearTo = DEFAULT_FILTERS.yearTo;
    }
  }
  code(
    'region',
    (v) => isCode(SUBREGION, v) || regions.has(v),
    (v) => (filters.region = v),
    'unknown_region',
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
  const repeatedStates = new Set<string>();
  if (state !== null) {
    for (const iso3 of state.split(',').filter(Boolean)) {
      if (!states.has(iso3)) warnings.push({ param: 'state', value: iso3, reason: 'not_a_state' });
      else if (filters.selected.length >= MAX_SELECTED)
        warnings.push({ param: 'state', value: iso3, reason: 'too_many' });
      else if (filters.selected.includes(iso3)) repeatedStates.add(iso3);
      else filters.selected.push(iso3);
    }
  }
  for (const iso3 of repeatedStates)
    warnings.push({ param: 'state', value: iso3, reason: 'repeated', applied: iso3 });
  code(
    'profile',
    (v) => states.has(v),
    (v) => (filters.profile = v),
    'not_a_state',
  );
  const study = single('study');
  if (study !== null) {
    if (study === '1' || study === '0') filters.outlineStudy = study === '1';
    else warnings.push({ param: 'study', value: study, reason: 'not_a_flag' });
  }
  const points = single('points');
  if (points !== null) filters.points = decodePoints(points, warnings);
  const lang = single('lang');
  if (lang !== null) {
    if (isLang(lang)) filters.lang = lang;
    else warnings.push({ param: 'lang', value: lang, reason: 'unknown_language' });
  }
  const unknown = [...new Set(params.keys())].filter((name) => !KNOWN_PARAMS.has(name));
  if (unknown.length > 0)
    warnings.push({ param: unknown.join(', '), value: '', reason: 'unknown_param' });
  // Echoed in the page's own sentence when it differs from the data's: never whole.
  const given = single('v');
  const version = given === null ? null : shortened(given);
  return { filters, warnings, version };
}

/** A value echoed in a message, cut short so a hostile address cannot fill the page. */
export function shortened(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

/** One sentence per thing the address asked for that was not applied, in the page's language. */
export function describeWarnings(warnings: DecodeWarning[], t: Translate): string {
  if (warnings.length === 0) return '';
  const items = warnings.map((w) =>
    t(`urlReason_${w.reason}` as 'urlReason_unknown_code', {
      param: shortened(w.param),
      value: shortened(w.value),
      applied: shortened(w.applied ?? ''),
    }),
  );
  return t('urlIgnored', { items: items.join(t('listSeparator')) });
}

/** The browser's preferred language if the atlas has it, else English. */
export function preferredLanguage(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if ((LANGS as readonly string[]).includes(base)) return base as Lang;
  }
  return 'en';
}
