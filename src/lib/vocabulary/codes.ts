export interface CodeLabel {
  en: string;
  fr: string;
}

export type Vocabulary<K extends string> = Readonly<Record<K, CodeLabel>>;

export const SEX = {
  female: { en: 'Women', fr: 'Femmes' },
  male: { en: 'Men', fr: 'Hommes' },
  other: { en: 'Other', fr: 'Autre' },
  unknown: { en: 'Sex unknown', fr: 'Sexe inconnu' },
  total: { en: 'Total', fr: 'Total' },
} as const satisfies Vocabulary<string>;

export const STAGE = {
  intelligence_estimate: { en: 'Intelligence estimate', fr: 'Estimation du renseignement' },
  suspected: { en: 'Suspected', fr: 'Suspectés' },
  arrested: { en: 'Arrested', fr: 'Arrêtés' },
  formal_contact: {
    en: 'Brought into formal contact with police',
    fr: 'En contact formel avec la police',
  },
  prosecuted: { en: 'Prosecuted', fr: 'Poursuivis' },
  convicted: { en: 'Convicted', fr: 'Condamnés' },
  imprisoned: { en: 'Imprisoned', fr: 'Incarcérés' },
  witness_protection: { en: 'Witness protection', fr: 'Protection des témoins' },
  exit_programme: { en: 'Exit programme', fr: 'Programme de sortie' },
  survey: { en: 'Survey', fr: 'Enquête' },
  other: { en: 'Other (see note)', fr: 'Autre (voir note)' },
} as const satisfies Vocabulary<string>;

export const MARKET = {
  human_trafficking: { en: 'Human trafficking', fr: 'Traite des êtres humains' },
  human_smuggling: { en: 'Human smuggling', fr: 'Trafic de migrants' },
  extortion_protection_racketeering: {
    en: 'Extortion and protection racketeering',
    fr: 'Extorsion et racket de protection',
  },
  arms_trafficking: { en: 'Arms trafficking', fr: "Trafic d'armes" },
  counterfeit_goods: { en: 'Trade in counterfeit goods', fr: 'Commerce de contrefaçons' },
  excise_goods: {
    en: 'Illicit trade in excisable goods',
    fr: 'Commerce illicite de produits soumis à accise',
  },
  flora_crimes: { en: 'Flora crimes', fr: 'Crimes contre la flore' },
  fauna_crimes: { en: 'Fauna crimes', fr: 'Crimes contre la faune' },
  non_renewable_resource_crimes: {
    en: 'Non-renewable resource crimes',
    fr: 'Crimes liés aux ressources non renouvelables',
  },
  heroin_trade: { en: 'Heroin trade', fr: "Commerce d'héroïne" },
  cocaine_trade: { en: 'Cocaine trade', fr: 'Commerce de cocaïne' },
  cannabis_trade: { en: 'Cannabis trade', fr: 'Commerce de cannabis' },
  synthetic_drug_trade: { en: 'Synthetic drug trade', fr: 'Commerce de drogues de synthèse' },
  cyber_dependent_crimes: { en: 'Cyber-dependent crimes', fr: 'Cybercriminalité' },
  financial_crimes: { en: 'Financial crimes', fr: 'Crimes financiers' },
  organized_crime_all: { en: 'Organized crime (all)', fr: 'Criminalité organisée (toute)' },
  participation_in_ocg: {
    en: 'Participation in an organized criminal group',
    fr: 'Participation à un groupe criminel organisé',
  },
  mafia_type_association: {
    en: 'Mafia-type association',
    fr: 'Association de type mafieux',
  },
  drug_trafficking: {
    en: 'Drug-trafficking offences (all drugs)',
    fr: 'Infractions de trafic de drogues (toutes drogues)',
  },
  drug_trafficking_cannabis: {
    en: 'Drug-trafficking offences: cannabis-type',
    fr: 'Infractions de trafic de drogues : type cannabis',
  },
  drug_trafficking_cocaine: {
    en: 'Drug-trafficking offences: cocaine-type',
    fr: 'Infractions de trafic de drogues : type cocaïne',
  },
  drug_trafficking_ats: {
    en: 'Drug-trafficking offences: amphetamine-type stimulants',
    fr: 'Infractions de trafic de drogues : stimulants de type amphétamine',
  },
  drug_trafficking_opioids: {
    en: 'Drug-trafficking offences: opioids',
    fr: 'Infractions de trafic de drogues : opioïdes',
  },
  drug_use_possession: {
    en: 'Drug use or possession (context, not organized crime)',
    fr: 'Usage ou détention de drogues (contexte, hors criminalité organisée)',
  },
  drug_other_offences: {
    en: 'Other drug-related offences (context)',
    fr: 'Autres infractions liées aux drogues (contexte)',
  },
  all_offences: {
    en: 'All offences (context, not organized crime)',
    fr: 'Toutes infractions (contexte, hors criminalité organisée)',
  },
} as const satisfies Vocabulary<string>;

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

export const HIERARCHY = {
  leadership: { en: 'Leadership', fr: 'Direction' },
  coordination: { en: 'Coordination', fr: 'Coordination' },
  operational: { en: 'Operational', fr: 'Opérationnel' },
  periphery: { en: 'Periphery', fr: 'Périphérie' },
  all: { en: 'All levels', fr: 'Tous niveaux' },
} as const satisfies Vocabulary<string>;

export const ROLE = {
  leader: { en: 'Leader', fr: 'Dirigeante' },
  organizer: { en: 'Organizer', fr: 'Organisatrice' },
  recruiter: { en: 'Recruiter', fr: 'Recruteuse' },
  financial_manager: {
    en: 'Financial manager or money launderer',
    fr: "Gestionnaire financière ou blanchisseuse d'argent",
  },
  courier: { en: 'Courier', fr: 'Passeuse' },
  seller: { en: 'Seller', fr: 'Vendeuse' },
  facilitator: { en: 'Facilitator', fr: 'Facilitatrice' },
  enforcer: { en: 'Enforcer', fr: 'Exécutante' },
  all: { en: 'All roles', fr: 'Tous rôles' },
} as const satisfies Vocabulary<string>;

export const MEASURE = {
  count: { en: 'Count', fr: 'Effectif' },
  share: { en: 'Share (%)', fr: 'Part (%)' },
} as const satisfies Vocabulary<string>;

export const QUALIFIER = {
  exact: { en: 'Exact', fr: 'Exact' },
  approx: { en: 'Approximate', fr: 'Approximatif' },
  at_least: { en: 'At least', fr: 'Au moins' },
  at_most: { en: 'At most', fr: 'Au plus' },
  range: { en: 'Range', fr: 'Fourchette' },
  suppressed: { en: 'Suppressed by the publisher (<5)', fr: "Masqué par l'éditeur (<5)" },
} as const satisfies Vocabulary<string>;

export const SOURCE_KIND = {
  official_statistics: { en: 'Official statistics', fr: 'Statistiques officielles' },
  research_report: { en: 'Research report', fr: 'Rapport de recherche' },
  police_report: { en: 'Police report', fr: 'Rapport de police' },
  expert_index: { en: 'Expert index', fr: "Indice d'experts" },
  academic: { en: 'Academic study', fr: 'Étude universitaire' },
  press: { en: 'Press report', fr: 'Article de presse' },
  user: { en: 'Your own data', fr: 'Vos propres données' },
} as const satisfies Vocabulary<string>;

export const REGION_KIND = {
  organisation: { en: 'Organisation', fr: 'Organisation' },
  study: { en: 'Study coverage', fr: "Champ d'une étude" },
  analytical: { en: 'Analytical grouping', fr: 'Regroupement analytique' },
  global: { en: 'World', fr: 'Monde' },
  subnational: { en: 'Sub-national area', fr: 'Zone infranationale' },
} as const satisfies Vocabulary<string>;

export const INDICATOR_KIND = {
  market: { en: 'Criminal market', fr: 'Marché criminel' },
  actor: { en: 'Criminal actor', fr: 'Acteur criminel' },
  resilience: { en: 'Resilience', fr: 'Résilience' },
  average: { en: 'Average', fr: 'Moyenne' },
} as const satisfies Vocabulary<string>;

export const COVERAGE_STATUS = {
  sex_disaggregated: { en: 'Figures by sex', fr: 'Chiffres par sexe' },
  total_only: { en: 'Totals only', fr: 'Totaux seulement' },
  none: { en: 'Nothing published', fr: 'Rien de publié' },
} as const satisfies Vocabulary<string>;

export const SUBREGION = {
  northern_america: { en: 'Northern America', fr: 'Amérique septentrionale' },
  northern_europe: { en: 'Northern Europe', fr: 'Europe septentrionale' },
  western_europe: { en: 'Western Europe', fr: 'Europe occidentale' },
  southern_europe: { en: 'Southern Europe', fr: 'Europe méridionale' },
  eastern_europe: { en: 'Eastern Europe', fr: 'Europe orientale' },
  central_asia: { en: 'Central Asia', fr: 'Asie centrale' },
  western_asia: { en: 'Western Asia', fr: 'Asie occidentale' },
  eastern_asia: { en: 'Eastern Asia', fr: 'Asie orientale' },
} as const satisfies Vocabulary<string>;

export type Sex = keyof typeof SEX;
export type Stage = keyof typeof STAGE;
export type Market = keyof typeof MARKET;
export type Hierarchy = keyof typeof HIERARCHY;
export type Role = keyof typeof ROLE;
export type Measure = keyof typeof MEASURE;
export type Qualifier = keyof typeof QUALIFIER;
export type SourceKind = keyof typeof SOURCE_KIND;
export type Subregion = keyof typeof SUBREGION;

export function isCode<V extends Vocabulary<string>>(
  vocabulary: V,
  value: string,
): value is Extract<keyof V, string> {
  return Object.prototype.hasOwnProperty.call(vocabulary, value);
}

export function codesOf<V extends Vocabulary<string>>(vocabulary: V): Extract<keyof V, string>[] {
  return Object.keys(vocabulary) as Extract<keyof V, string>[];
}

export function labelOf(vocabulary: Vocabulary<string>, code: string, lang: 'en' | 'fr'): string {
  return isCode(vocabulary, code) ? (vocabulary[code]?.[lang] ?? code) : code;
}
