export const en = {
  appTitle: 'Women in Organized Crime Atlas',
  appSubtitle:
    'What the published data say about women in organized crime across the OSCE area, and where data are missing.',
  language: 'Language',
  filters: 'Filters',
  stage: 'Justice stage',
  year: 'Year',
  yearOption: '{year} ({count} States with counts of women)',
  reset: 'Reset',
  loadingEngine: 'Starting the query engine…',
  loadingData: 'Loading the data…',
  loadFailed:
    'The atlas could not load its data: {reason}. Reload the page; if this persists, serve the built app over http (not from a file) and check that public/data was built (npm run data).',
  urlIgnored: 'Some settings in the address were not understood and were ignored: {items}.',
  chartTitle: "Women's share of persons {stage}, trafficking in persons, {year}",
  chartSubtitle: 'Computed by the atlas from counts by sex; each bar shows the counts behind it.',
  mapTitle: "Women's share of persons {stage}, trafficking in persons, {year}",
  shareLabel: '{share} ({women} of {denominator})',
  basisWomenPlusMen: 'computed: women ÷ (women + men)',
  basisTotal: 'computed: women ÷ total (men not published)',
  axisShare: "Women's share (%) →",
  parity: 'parity',
  noteMethod:
    'Share computed by the atlas: women ÷ (women + men) where both are published, otherwise women ÷ total. Legal definitions of trafficking and of each justice stage differ between States.',
  noteSuppressed: 'Count of women suppressed by the publisher (<5): {names}.',
  noteZero: 'No persons recorded: {names}.',
  noteTotalOnly: 'Only totals published, no count by sex: {names}.',
  noteNoData:
    'No figure for this stage and year: {count} of the 57 participating States, and Kosovo*.',
  noteNoDataStates: 'No figure for this stage and year: {count} of the 57 participating States.',
  noteKosovo:
    '* All references to Kosovo, whether to the territory, institutions or population, are to be understood in full compliance with United Nations Security Council Resolution 1244 and without prejudice to the status of Kosovo.',
  noteBoundaries:
    'The boundaries and names shown on this map do not imply official endorsement or acceptance by the OSCE or the United Nations.',
  sourceLine: 'Source: {publisher}, {title} ({year}). {terms}',
  sourcesLine: 'Sources: {list}. Reuse terms: see the sources panel.',
  noDate: 'n.d.',
  fontStackNote: '',
  legendTitle: "Women's share (%)",
  legendNoData: 'No data',
  legendSuppressed: 'Suppressed (<5)',
  legendTotalOnly: 'Totals only',
  emptyResult: 'No State has a count of women for {stage} in {year}. Try another year or stage.',
  tooltipNoData: 'No figure for this stage and year',
  tooltipSuppressed: 'Count of women suppressed (<5)',
  tooltipTotalOnly: 'Only the total is published ({total} persons)',
  tooltipZero: 'No persons recorded',
  tooltipPartial:
    'Counts by sex cover {covered} of {total} persons (less than 90%): no share is drawn',
  notePartial:
    'Counts by sex cover less than 90% of the persons counted, so no share is drawn: {names}.',
  legendPartial: 'Sex known for less than 90%',
  selected: 'Selected: {name}',
  clearSelection: 'Clear selection',
  summary:
    '{count} States have a computed share. Highest: {highName} ({high}). Lowest: {lowName} ({low}). {missing} of the 57 participating States and Kosovo have no figure.',
  summaryEmpty: 'No State has a computed share for this selection.',
  sourcesHeading: 'Sources',
  dataVersion: 'Data version {version}',
  computedLabel: 'computed',
  mapLabel: 'Map of the OSCE area',
  mapInsetLabel: 'Canada and the United States of America',
  mapSubtitle:
    'Computed by the atlas from counts by sex. Hover, focus or tap a State for its counts; micro-states are drawn as circles.',
  mapMicroStatesLabel: 'Micro-states, drawn as symbols',
  noteStudyOutline: 'Thick outline: the 14 States covered by the 2023 OSCE study.',
  outlineStudy: 'Outline the 14 States of the 2023 OSCE study',
  chartLabel: 'Bar chart',
} as const;

export type MessageKey = keyof typeof en;

export const fr: Record<MessageKey, string> = {
  appTitle: 'Atlas des femmes dans la criminalité organisée',
  appSubtitle:
    "Ce que disent les données publiées sur les femmes dans la criminalité organisée dans l'espace de l'OSCE, et où les données manquent.",
  language: 'Langue',
  filters: 'Filtres',
  stage: 'Étape de la chaîne pénale',
  year: 'Année',
  yearOption: '{year} ({count} États avec des effectifs de femmes)',
  reset: 'Réinitialiser',
  loadingEngine: 'Démarrage du moteur de requêtes…',
  loadingData: 'Chargement des données…',
  loadFailed:
    "L'atlas n'a pas pu charger ses données : {reason}. Rechargez la page ; si le problème persiste, servez l'application construite en http (pas depuis un fichier) et vérifiez que public/data a été construit (npm run data).",
  urlIgnored: "Certains réglages de l'adresse n'ont pas été compris et ont été ignorés : {items}.",
  chartTitle: 'Part des femmes parmi les personnes {stage}, traite des personnes, {year}',
  chartSubtitle:
    "Calculée par l'atlas à partir des effectifs par sexe ; chaque barre indique les effectifs utilisés.",
  mapTitle: 'Part des femmes parmi les personnes {stage}, traite des personnes, {year}',
  shareLabel: '{share} ({women} sur {denominator})',
  basisWomenPlusMen: 'calculée : femmes ÷ (femmes + hommes)',
  basisTotal: 'calculée : femmes ÷ total (hommes non publiés)',
  axisShare: 'Part des femmes (%) →',
  parity: 'parité',
  noteMethod:
    "Part calculée par l'atlas : femmes ÷ (femmes + hommes) lorsque les deux sont publiés, sinon femmes ÷ total. Les définitions juridiques de la traite et de chaque étape pénale diffèrent d'un État à l'autre.",
  noteSuppressed: "Effectif des femmes masqué par l'éditeur (<5) : {names}.",
  noteZero: 'Aucune personne enregistrée : {names}.',
  noteTotalOnly: 'Seuls les totaux sont publiés, sans ventilation par sexe : {names}.',
  noteNoData:
    'Aucun chiffre pour cette étape et cette année : {count} des 57 États participants, et le Kosovo*.',
  noteNoDataStates:
    'Aucun chiffre pour cette étape et cette année : {count} des 57 États participants.',
  noteKosovo:
    "* Toute référence au Kosovo, qu'il s'agisse du territoire, des institutions ou de la population, doit s'entendre dans le strict respect de la résolution 1244 du Conseil de sécurité des Nations Unies et sans préjudice du statut du Kosovo.",
  noteBoundaries:
    "Les frontières et les noms figurant sur cette carte n'impliquent ni reconnaissance ni acceptation officielle par l'OSCE ou l'Organisation des Nations Unies.",
  sourceLine: 'Source : {publisher}, {title} ({year}). {terms}',
  sourcesLine: 'Sources : {list}. Conditions de réutilisation : voir le panneau des sources.',
  noDate: 'n.d.',
  fontStackNote: '',
  legendTitle: 'Part des femmes (%)',
  legendNoData: 'Pas de données',
  legendSuppressed: 'Masqué (<5)',
  legendTotalOnly: 'Totaux seulement',
  emptyResult:
    "Aucun État n'a d'effectif de femmes pour l'étape « {stage} » en {year}. Essayez une autre année ou une autre étape.",
  tooltipNoData: 'Aucun chiffre pour cette étape et cette année',
  tooltipSuppressed: 'Effectif des femmes masqué (<5)',
  tooltipTotalOnly: 'Seul le total est publié ({total} personnes)',
  tooltipPartial:
    'Les effectifs par sexe couvrent {covered} des {total} personnes (moins de 90 %) : aucune part n’est calculée',
  notePartial:
    'Les effectifs par sexe couvrent moins de 90 % des personnes comptées ; aucune part n’est calculée : {names}.',
  legendPartial: 'Sexe connu pour moins de 90 %',
  tooltipZero: 'Aucune personne enregistrée',
  selected: 'Sélection : {name}',
  clearSelection: 'Effacer la sélection',
  summary:
    '{count} États ont une part calculée. La plus élevée : {highName} ({high}). La plus faible : {lowName} ({low}). {missing} des 57 États participants et le Kosovo n’ont aucun chiffre.',
  summaryEmpty: "Aucun État n'a de part calculée pour cette sélection.",
  sourcesHeading: 'Sources',
  dataVersion: 'Version des données {version}',
  computedLabel: 'calculée',
  mapLabel: "Carte de l'espace de l'OSCE",
  mapInsetLabel: "Canada et États-Unis d'Amérique",
  mapSubtitle:
    "Calculée par l'atlas à partir des effectifs par sexe. Survolez, sélectionnez ou touchez un État pour voir ses effectifs ; les micro-États sont représentés par des cercles.",
  mapMicroStatesLabel: 'Micro-États, représentés par des symboles',
  noteStudyOutline: "Contour épais : les 14 États couverts par l'étude 2023 de l'OSCE.",
  outlineStudy: "Entourer les 14 États de l'étude 2023 de l'OSCE",
  chartLabel: 'Diagramme en barres',
};

export const STAGE_PHRASE: Record<'en' | 'fr', Record<string, string>> = {
  en: {
    formal_contact: 'brought into formal contact with police',
    prosecuted: 'prosecuted',
    convicted: 'convicted',
  },
  fr: {
    formal_contact: 'en contact formel avec la police',
    prosecuted: 'poursuivies',
    convicted: 'condamnées',
  },
};
