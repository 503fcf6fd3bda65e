import { catalogue } from '../i18n';
import type { Lang } from '../model/lang';

/**
 * A vocabulary: a name and its codes. The codes are the data contract; their labels live in
 * the language catalogues (src/lib/i18n/catalogue), under `vocab.<name>`.
 */
export interface Vocabulary<K extends string = string> {
  readonly name: VocabularyName;
  readonly codes: readonly K[];
}

export type VocabularyName =
  | 'population'
  | 'stage'
  | 'market'
  | 'hierarchy'
  | 'role'
  | 'org_type'
  | 'sex'
  | 'measure'
  | 'qualifier'
  | 'source_kind'
  | 'subregion'
  | 'region_kind'
  | 'indicator_kind'
  | 'coverage_status'
  | 'terms'
  | 'locator_kind';

function vocabulary<const K extends string>(
  name: VocabularyName,
  codes: readonly K[],
): Vocabulary<K> {
  return { name, codes };
}

export const POPULATION = vocabulary('population', ['offenders', 'victims']);

export const SEX = vocabulary('sex', ['female', 'male', 'other', 'unknown', 'total']);

export const STAGE = vocabulary('stage', [
  'intelligence_estimate',
  'suspected',
  'arrested',
  'formal_contact',
  'prosecuted',
  'convicted',
  'imprisoned',
  'witness_protection',
  'exit_programme',
  'survey',
  'prosecuted_or_convicted',
  'not_stated',
  'other',
]);

export const MARKET = vocabulary('market', [
  'human_trafficking',
  'human_smuggling',
  'extortion_protection_racketeering',
  'arms_trafficking',
  'counterfeit_goods',
  'excise_goods',
  'flora_crimes',
  'fauna_crimes',
  'non_renewable_resource_crimes',
  'heroin_trade',
  'cocaine_trade',
  'cannabis_trade',
  'synthetic_drug_trade',
  'cyber_dependent_crimes',
  'financial_crimes',
  'organized_crime_all',
  'participation_in_ocg',
  'mafia_type_association',
  'drug_trafficking',
  'drug_trafficking_cannabis',
  'drug_trafficking_cocaine',
  'drug_trafficking_ats',
  'drug_trafficking_opioids',
  'drug_use_possession',
  'drug_other_offences',
  'all_offences',
]);

export const HIERARCHY = vocabulary('hierarchy', [
  'leadership',
  'coordination',
  'operational',
  'periphery',
  'all',
]);

export const ROLE = vocabulary('role', [
  'leader',
  'organizer',
  'recruiter',
  'financial_manager',
  'courier',
  'seller',
  'facilitator',
  'enforcer',
  'all',
]);

export const ORG_TYPE = vocabulary('org_type', [
  'all',
  'pairs',
  'business_like_group',
  'structured_group',
  'network_core',
  'network_periphery',
]);

export const MEASURE = vocabulary('measure', ['count', 'count_on_date', 'share']);

export const QUALIFIER = vocabulary('qualifier', [
  'exact',
  'approx',
  'average',
  'at_least',
  'more_than',
  'at_most',
  'up_to',
  'less_than',
  'almost',
  'range',
  'suppressed',
]);

export const SOURCE_KIND = vocabulary('source_kind', [
  'official_statistics',
  'research_report',
  'police_report',
  'expert_index',
  'academic',
  'press',
  'user',
]);

/** Reuse terms, in short, for the source line of a figure; the full wording stays in `terms`. */
/** Where in a source a reader finds the figures: the kind of place (a page, a table, …). */
export const LOCATOR_KIND = vocabulary('locator_kind', [
  'page',
  'table',
  'section',
  'sheet',
  'item',
]);

export const TERMS = vocabulary('terms', [
  'unodc_terms',
  'eurostat_reuse',
  'osce_terms',
  'gitoc_terms',
  'ogl_v3',
  'cc_by_nd',
  'attribution_only',
  'press_figures_cited',
]);

export const REGION_KIND = vocabulary('region_kind', [
  'organisation',
  'study',
  'analytical',
  'global',
  'subnational',
  'not_stated',
]);

export const INDICATOR_KIND = vocabulary('indicator_kind', [
  'market',
  'actor',
  'resilience',
  'average',
]);

export const COVERAGE_STATUS = vocabulary('coverage_status', [
  'published',
  'men_only',
  'suppressed',
  'total_only',
  'none',
]);

export const SUBREGION = vocabulary('subregion', [
  'northern_america',
  'northern_europe',
  'western_europe',
  'southern_europe',
  'eastern_europe',
  'central_asia',
  'western_asia',
  'eastern_asia',
]);

/** The GI-TOC index's criminal markets (2023 edition), in the index's order. */
export const GITOC_MARKETS = [
  'human_trafficking',
  'human_smuggling',
  'arms_trafficking',
  'flora_crimes',
  'fauna_crimes',
  'non_renewable_resource_crimes',
  'heroin_trade',
  'cocaine_trade',
  'cannabis_trade',
  'synthetic_drug_trade',
  'cyber_dependent_crimes',
  'financial_crimes',
  'counterfeit_goods',
  'excise_goods',
  'extortion_protection_racketeering',
] as const;

/** Markets with per-State counts by sex that the State views, the map and the markets view can draw. */
export const COUNT_MARKETS = [
  'human_trafficking',
  'drug_trafficking',
  'drug_trafficking_cannabis',
  'drug_trafficking_cocaine',
  'drug_trafficking_ats',
  'drug_trafficking_opioids',
] as const;

/** Markets shown only as context: never compared with organized-crime markets or mapped. */
export const CONTEXT_MARKETS = [
  'drug_use_possession',
  'drug_other_offences',
  'all_offences',
] as const;

/**
 * The GI-TOC market each drug-trafficking series is read beside: an approximate match (national
 * offence definitions and the index's markets do not coincide), stated wherever it is shown.
 */
export const GITOC_MARKET_OF: Partial<Record<string, string>> = {
  human_trafficking: 'human_trafficking',
  drug_trafficking_cannabis: 'cannabis_trade',
  drug_trafficking_cocaine: 'cocaine_trade',
  drug_trafficking_ats: 'synthetic_drug_trade',
  drug_trafficking_opioids: 'heroin_trade',
};

/**
 * What each qualifier says about the value columns: a point (value), a range (low and high), a
 * lower bound (low), an upper bound (high), or nothing (suppressed). The words differ ("more
 * than" is not "at least"), so each keeps its own code and its own wording on every figure.
 */
export const QUALIFIER_SHAPE = {
  exact: 'point',
  approx: 'point',
  average: 'point',
  at_least: 'lower',
  more_than: 'lower',
  at_most: 'upper',
  up_to: 'upper',
  less_than: 'upper',
  almost: 'upper',
  range: 'range',
  suppressed: 'none',
} as const satisfies Record<Qualifier, 'point' | 'range' | 'lower' | 'upper' | 'none'>;

type CodeOf<V> = V extends Vocabulary<infer K> ? K : never;
export type Sex = CodeOf<typeof SEX>;
export type Stage = CodeOf<typeof STAGE>;
export type Market = CodeOf<typeof MARKET>;
export type Hierarchy = CodeOf<typeof HIERARCHY>;
export type Role = CodeOf<typeof ROLE>;
export type Measure = CodeOf<typeof MEASURE>;
export type Qualifier = CodeOf<typeof QUALIFIER>;
export type SourceKind = CodeOf<typeof SOURCE_KIND>;
export type Subregion = CodeOf<typeof SUBREGION>;

export function isCode<K extends string>(vocabulary: Vocabulary<K>, value: string): value is K {
  return (vocabulary.codes as readonly string[]).includes(value);
}

export function codesOf<K extends string>(vocabulary: Vocabulary<K>): K[] {
  return [...vocabulary.codes];
}

/** A code's label in a language, from that language's catalogue; the code itself if unknown. */
export function labelOf(vocabulary: Vocabulary, code: string, lang: Lang): string {
  if (!isCode(vocabulary, code)) return code;
  const labels = catalogue(lang).vocab[vocabulary.name] as Record<string, string>;
  return labels[code] ?? code;
}
