import { isCode, STAGE, type Stage } from '../vocabulary/codes';

export type Lang = 'en' | 'fr';

export interface Filters {
  stage: Stage;
  year: number;
  lang: Lang;
  /** The State selected on the map or the chart, or null. */
  selected: string | null;
  /** Outline the 14 States of the 2023 OSCE study on the map. */
  outlineStudy: boolean;
}

/** Stages for which the bundled UNODC data has counts by sex. */
export const OFFENDER_STAGES = [
  'formal_contact',
  'prosecuted',
  'convicted',
] as const satisfies readonly Stage[];

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  stage: 'convicted',
  year: 2019,
  lang: 'en',
  selected: null,
  outlineStudy: false,
});

export interface DecodeWarning {
  param: string;
  value: string;
  reason:
    'unknown_code' | 'not_a_year' | 'not_a_state' | 'unknown_language' | 'not_a_flag' | 'repeated';
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function encodeFilters(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.stage !== DEFAULT_FILTERS.stage) params.set('stage', filters.stage);
  if (filters.year !== DEFAULT_FILTERS.year) params.set('year', String(filters.year));
  if (filters.selected !== null) params.set('state', filters.selected);
  if (filters.outlineStudy !== DEFAULT_FILTERS.outlineStudy)
    params.set('study', filters.outlineStudy ? '1' : '0');
  if (filters.lang !== DEFAULT_FILTERS.lang) params.set('lang', filters.lang);
  return params;
}

/**
 * Reads filters from a URL. Anything unexpected falls back to the default and is
 * reported, so the page can say what it ignored instead of showing a wrong view.
 */
export function decodeFilters(
  params: URLSearchParams,
  knownStates?: ReadonlySet<string>,
): { filters: Filters; warnings: DecodeWarning[] } {
  const filters: Filters = { ...DEFAULT_FILTERS };
  const warnings: DecodeWarning[] = [];
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) warnings.push({ param: name, value: all.join(','), reason: 'repeated' });
    return all.length > 0 ? (all[0] ?? null) : null;
  };
  const stage = single('stage');
  if (stage !== null) {
    if (isCode(STAGE, stage) && (OFFENDER_STAGES as readonly string[]).includes(stage))
      filters.stage = stage;
    else warnings.push({ param: 'stage', value: stage, reason: 'unknown_code' });
  }
  const year = single('year');
  if (year !== null) {
    const n = Number(year);
    if (/^\d{4}$/.test(year) && n >= MIN_YEAR && n <= MAX_YEAR) filters.year = n;
    else warnings.push({ param: 'year', value: year, reason: 'not_a_year' });
  }
  const state = single('state');
  if (state !== null) {
    const ok = /^[A-Z]{3}$/.test(state) && (knownStates === undefined || knownStates.has(state));
    if (ok) filters.selected = state;
    else warnings.push({ param: 'state', value: state, reason: 'not_a_state' });
  }
  const study = single('study');
  if (study !== null) {
    if (study === '1' || study === '0') filters.outlineStudy = study === '1';
    else warnings.push({ param: 'study', value: study, reason: 'not_a_flag' });
  }
  const lang = single('lang');
  if (lang !== null) {
    if (lang === 'en' || lang === 'fr') filters.lang = lang;
    else warnings.push({ param: 'lang', value: lang, reason: 'unknown_language' });
  }
  return { filters, warnings };
}
