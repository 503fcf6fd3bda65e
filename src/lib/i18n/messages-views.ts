export const viewsEn = {
  noteDefinitions:
    'Legal definitions of the offences and of each justice stage differ between States: compare with care.',
  noteSubregions: 'Subregions: UN Statistics Division M49 grouping.',
  emptySuggest:
    'No figure matches these filters. Try a wider period, another stage, all regions or all source kinds.',
  noFigure: 'no figure',
  axisShareVertical: "↑ Women's share (%)",
  regionsTitle: "Women's share of persons {stage} by subregion, trafficking in persons, {period}",
  regionsSubtitle:
    "Bar: pooled share (counts added over the States that publish women and men). Black tick: median of the States' own shares. Dots: States.",
  regionsNoteMethod:
    'Computed by the atlas. Each State contributes its latest year in the period; the pool adds women and (women + men) of one stage from one source only.',
  regionsNoteExcluded:
    'Left out of the pooled sums: {suppressed} State(s) whose count of women is suppressed (<5), {totalBasis} State(s) that publish only women and a total (their share counts in the median).',
  regionsSummary:
    'Highest pooled share: {high} ({highShare}). Lowest: {low} ({lowShare}). {missing} subregion(s) have no figure.',
  regionsSummaryEmpty: 'No subregion has a computed share for this selection.',
  regionsNoPool: 'no pooled share ({states} State(s) with a share)',
  regionsLabel: 'pooled {pooled} ({women} of {denominator}), median {median}',
  regionsStates: '{n} State(s) with a share, {pooled} pooled',
  pipelineTitle:
    "Women's share from formal contact to conviction, and among detected victims: {scope}",
  pipelineSubtitle:
    'Trafficking in persons, {from}–{to}. Computed from counts by sex; years without a figure are left empty, never interpolated.',
  pipelineNote:
    'Most women offenders in the OSCE research had first been victims: the victims line is shown beside the offender stages. For a group, counts are pooled over the States that publish women and men that year.',
  pipelineSummary: '{scope}, latest year with a figure: {parts}.',
  series_formal_contact: 'Formal contact',
  series_prosecuted: 'Prosecuted',
  series_convicted: 'Convicted',
  series_victims: 'Detected victims',
  computedShare: '{value} computed ({women} of {total})',
  computedFromApprox: 'about {text}, from approximate counts',
  hierarchyTitle: 'Women by hierarchy level, role and network position: every published figure',
  hierarchySubtitle:
    "Bars: exact values (lighter: approximate). Boxes between two ticks: ranges. Dashed boxes with an open end: 'at most' or 'at least'.",
  hierarchyGapLevels:
    'Nothing published on women at these hierarchy levels: {levels}. That absence is a finding.',
  hierarchyGapRoles: 'Nothing published on women in these roles: {roles}.',
  hierarchyNote:
    'Figures come from different sources, stages, definitions and years: they are shown side by side, never added together.',
  hierarchySummary:
    '{n} published or computed figure(s) on women by position. No figure at these levels: {levels}.',
  marketsTitle: 'Women in each criminal market, beside how prevalent the market is',
  marketsSubtitle:
    "Left: published figures on women's share (ticks: values; boxes: ranges and bounds). Right: GI-TOC expert score of the market's prevalence, median over {region}.",
  marketsNoteScores:
    'GI-TOC Global Organized Crime Index 2023: expert scores from 1 to 10. Context only: they are not broken down by sex and say nothing about women.',
  marketsSummary: '{n} of {total} markets have a published figure on women: {markets}.',
  marketsWomenHeading: "Published figures on women's share",
  marketsScoreHeading: 'Prevalence (GI-TOC, not gendered)',
  nothingPublished: 'nothing published',
  notScored: 'no score',
  coverageTitle: 'What each State publishes about offenders, by stage and year',
  coverageSubtitle:
    'Figures by sex, totals only, or nothing, {from}–{to}; the last columns cover the whole period.',
  coverageNote:
    '★ marks the 14 States of the 2023 OSCE study. Blue means a figure for women or men exists, even if suppressed (<5). Derived from the atlas tables.',
  coverageSummary:
    'Of the {study} study States in view, {contact} publish figures by sex at formal contact, {prosecuted} at prosecution and {convicted} at conviction in the period.',
  coverageStudyMark: '★ State covered by the 2023 OSCE study',
  comparisonTitle: 'Side by side: {states}',
  comparisonSubtitle:
    "Latest year with a figure in {from}–{to}, by stage; trafficking in persons, computed women's shares.",
  comparisonSummary: 'Convicted, latest year: {parts}.',
  comparisonSummaryEmpty: 'No State in the comparison has a share at conviction in the period.',
  comparisonPrompt:
    'Select two or more States on the map, in the chart or in the State list to compare them.',
  comparisonLabel: '{share} ({women} of {denominator}), {year}; {years} of {of} years',
  keyFindingsTitle: 'Key findings of the OSCE research and related sources',
  keyFindingsNote:
    'Each card is built from its data row; the value is written exactly as published.',
  viewRegions: 'Regions',
  viewStates: 'States',
  viewMap: 'Map',
  viewMarkets: 'Criminal markets',
  viewHierarchy: 'Hierarchy and network position',
  viewPipeline: 'Justice pipeline',
  viewComparison: 'Country comparison',
  viewCoverage: 'Data gaps',
  viewKeyFindings: 'Key findings',
  dataTable: 'Data table',
  filterRegion: 'Region',
  allRegions: 'Whole OSCE area',
  filterState: 'States',
  addState: 'Add a State…',
  filterMarket: 'Criminal market',
  allMarkets: 'All markets',
  filterLevel: 'Hierarchy level',
  allLevels: 'All levels',
  filterPosition: 'Role or network position',
  allPositions: 'All roles and positions',
  filterSourceKind: 'Source kind',
  allSourceKinds: 'All kinds of source',
  periodFrom: 'From',
  periodTo: 'To',
  observationCount: '{n} observation rows behind the figures in view',
  removeState: 'Remove {name}',
  marketNoCounts:
    'Counts by sex per State exist for trafficking in persons only; the State views are empty for this market.',
  scopeAll: 'whole OSCE area',
  periodLatest: 'latest year per State in {from}–{to}',
  columnState: 'State',
  columnYear: 'Year',
  columnShare: "Women's share",
  columnWomen: 'Women',
  columnDenominator: 'Denominator',
  columnBasis: 'Basis',
  columnStatus: 'Status',
  columnSource: 'Source',
  columnSubregion: 'Subregion',
  columnPooled: 'Pooled share',
  columnMedian: 'Median of States',
  columnStates: 'States with a share',
  columnExcluded: 'Suppressed, left out',
  columnArea: 'Area',
  columnPosition: 'Position',
  columnValue: 'Value as published',
  columnPeriod: 'Period',
  columnMarket: 'Market',
  columnFigures: 'Figures on women',
  columnScore: 'Median GI-TOC score',
  columnSeries: 'Stage',
  columnStage: 'Stage',
  sourcesInView: 'Sources of the figures in view',
  methodLink: 'Method: how figures are computed',
} as const;

export const viewsFr: Record<keyof typeof viewsEn, string> = {
  noteDefinitions:
    "Les définitions juridiques des infractions et de chaque étape pénale diffèrent d'un État à l'autre : comparer avec prudence.",
  noteSubregions:
    'Sous-régions : regroupement M49 de la Division de statistique des Nations Unies.',
  emptySuggest:
    'Aucun chiffre ne correspond à ces filtres. Essayez une période plus large, une autre étape, toutes les régions ou tous les types de source.',
  noFigure: 'aucun chiffre',
  axisShareVertical: '↑ Part des femmes (%)',
  regionsTitle:
    'Part des femmes parmi les personnes {stage} par sous-région, traite des personnes, {period}',
  regionsSubtitle:
    'Barre : part agrégée (effectifs additionnés sur les États qui publient femmes et hommes). Trait noir : médiane des parts des États. Points : États.',
  regionsNoteMethod:
    "Calculée par l'atlas. Chaque État contribue pour sa dernière année de la période ; l'agrégat additionne femmes et (femmes + hommes) d'une seule étape et d'une seule source.",
  regionsNoteExcluded:
    "Exclus des sommes : {suppressed} État(s) dont l'effectif de femmes est masqué (<5), {totalBasis} État(s) qui ne publient que les femmes et un total (leur part compte dans la médiane).",
  regionsSummary:
    'Part agrégée la plus élevée : {high} ({highShare}). La plus faible : {low} ({lowShare}). {missing} sous-région(s) sans chiffre.',
  regionsSummaryEmpty: "Aucune sous-région n'a de part calculée pour cette sélection.",
  regionsNoPool: 'pas de part agrégée ({states} État(s) avec une part)',
  regionsLabel: 'agrégée {pooled} ({women} sur {denominator}), médiane {median}',
  regionsStates: '{n} État(s) avec une part, {pooled} agrégé(s)',
  pipelineTitle:
    'Part des femmes du contact formel à la condamnation, et parmi les victimes détectées : {scope}',
  pipelineSubtitle:
    'Traite des personnes, {from}–{to}. Calculée à partir des effectifs par sexe ; les années sans chiffre restent vides, jamais interpolées.',
  pipelineNote:
    "La plupart des autrices d'infractions étudiées par l'OSCE avaient d'abord été victimes : la courbe des victimes figure à côté des étapes pénales. Pour un groupe, les effectifs sont agrégés sur les États qui publient femmes et hommes cette année-là.",
  pipelineSummary: '{scope}, dernière année avec un chiffre : {parts}.',
  series_formal_contact: 'Contact formel',
  series_prosecuted: 'Poursuivies',
  series_convicted: 'Condamnées',
  series_victims: 'Victimes détectées',
  computedShare: '{value} calculée ({women} sur {total})',
  computedFromApprox: 'environ {text}, à partir d’effectifs approximatifs',
  hierarchyTitle:
    'Les femmes par niveau hiérarchique, rôle et position dans le réseau : tous les chiffres publiés',
  hierarchySubtitle:
    'Barres : valeurs exactes (plus claires : approximatives). Boîtes entre deux traits : fourchettes. Boîtes pointillées ouvertes : « au plus » ou « au moins ».',
  hierarchyGapLevels:
    "Rien n'est publié sur les femmes à ces niveaux hiérarchiques : {levels}. Cette absence est un constat.",
  hierarchyGapRoles: "Rien n'est publié sur les femmes dans ces rôles : {roles}.",
  hierarchyNote:
    "Les chiffres proviennent de sources, d'étapes, de définitions et d'années différentes : ils sont présentés côte à côte, jamais additionnés.",
  hierarchySummary:
    '{n} chiffre(s) publié(s) ou calculé(s) sur les femmes par position. Aucun chiffre à ces niveaux : {levels}.',
  marketsTitle: 'Les femmes dans chaque marché criminel, à côté de la prévalence du marché',
  marketsSubtitle:
    "À gauche : chiffres publiés sur la part des femmes (traits : valeurs ; boîtes : fourchettes et bornes). À droite : note d'experts GI-TOC de la prévalence du marché, médiane sur {region}.",
  marketsNoteScores:
    "Indice mondial de la criminalité organisée GI-TOC 2023 : notes d'experts de 1 à 10. Contexte seulement : elles ne sont pas ventilées par sexe et ne disent rien des femmes.",
  marketsSummary: '{n} marchés sur {total} ont un chiffre publié sur les femmes : {markets}.',
  marketsWomenHeading: 'Chiffres publiés sur la part des femmes',
  marketsScoreHeading: 'Prévalence (GI-TOC, non genrée)',
  nothingPublished: 'rien de publié',
  notScored: 'pas de note',
  coverageTitle: 'Ce que chaque État publie sur les auteurs, par étape et par année',
  coverageSubtitle:
    'Chiffres par sexe, totaux seulement, ou rien, {from}–{to} ; les dernières colonnes couvrent toute la période.',
  coverageNote:
    "★ signale les 14 États de l'étude 2023 de l'OSCE. Le bleu indique qu'un chiffre pour les femmes ou les hommes existe, même masqué (<5). Dérivé des tables de l'atlas.",
  coverageSummary:
    "Sur les {study} États de l'étude affichés, {contact} publient des chiffres par sexe au contact formel, {prosecuted} aux poursuites et {convicted} à la condamnation sur la période.",
  coverageStudyMark: "★ État couvert par l'étude 2023 de l'OSCE",
  comparisonTitle: 'Côte à côte : {states}',
  comparisonSubtitle:
    'Dernière année avec un chiffre en {from}–{to}, par étape ; traite des personnes, parts des femmes calculées.',
  comparisonSummary: 'Condamnées, dernière année : {parts}.',
  comparisonSummaryEmpty: "Aucun État comparé n'a de part à la condamnation sur la période.",
  comparisonPrompt:
    'Sélectionnez au moins deux États sur la carte, dans le graphique ou dans la liste des États pour les comparer.',
  comparisonLabel: '{share} ({women} sur {denominator}), {year} ; {years} années sur {of}',
  keyFindingsTitle: "Principaux constats de la recherche de l'OSCE et de sources connexes",
  keyFindingsNote:
    'Chaque carte est construite à partir de sa ligne de données ; la valeur est écrite exactement telle que publiée.',
  viewRegions: 'Régions',
  viewStates: 'États',
  viewMap: 'Carte',
  viewMarkets: 'Marchés criminels',
  viewHierarchy: 'Hiérarchie et position dans le réseau',
  viewPipeline: 'Chaîne pénale',
  viewComparison: 'Comparaison de pays',
  viewCoverage: 'Lacunes des données',
  viewKeyFindings: 'Principaux constats',
  dataTable: 'Tableau de données',
  filterRegion: 'Région',
  allRegions: "Tout l'espace de l'OSCE",
  filterState: 'États',
  addState: 'Ajouter un État…',
  filterMarket: 'Marché criminel',
  allMarkets: 'Tous les marchés',
  filterLevel: 'Niveau hiérarchique',
  allLevels: 'Tous niveaux',
  filterPosition: 'Rôle ou position dans le réseau',
  allPositions: 'Tous rôles et positions',
  filterSourceKind: 'Type de source',
  allSourceKinds: 'Tous types de source',
  periodFrom: 'De',
  periodTo: 'À',
  observationCount: '{n} lignes d’observation derrière les chiffres affichés',
  removeState: 'Retirer {name}',
  marketNoCounts:
    'Les effectifs par sexe et par État ne portent que sur la traite des personnes ; les vues par État sont vides pour ce marché.',
  scopeAll: "tout l'espace de l'OSCE",
  periodLatest: 'dernière année par État en {from}–{to}',
  columnState: 'État',
  columnYear: 'Année',
  columnShare: 'Part des femmes',
  columnWomen: 'Femmes',
  columnDenominator: 'Dénominateur',
  columnBasis: 'Base',
  columnStatus: 'Statut',
  columnSource: 'Source',
  columnSubregion: 'Sous-région',
  columnPooled: 'Part agrégée',
  columnMedian: 'Médiane des États',
  columnStates: 'États avec une part',
  columnExcluded: 'Masqués, exclus',
  columnArea: 'Zone',
  columnPosition: 'Position',
  columnValue: 'Valeur publiée',
  columnPeriod: 'Période',
  columnMarket: 'Marché',
  columnFigures: 'Chiffres sur les femmes',
  columnScore: 'Note GI-TOC médiane',
  columnSeries: 'Étape',
  columnStage: 'Étape',
  sourcesInView: 'Sources des chiffres affichés',
  methodLink: 'Méthode : comment les chiffres sont calculés',
};
