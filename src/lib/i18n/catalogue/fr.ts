import type { Catalogue } from './en';

const fr: Catalogue = {
  messages: {
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
    staticNoScript:
      'Ces figures ont été dessinées lors de la construction de l’atlas, pour ses filtres par défaut. Changer les filtres, la carte interactive, les exports et les tableaux de données nécessitent JavaScript.',
    loadFailed:
      "L'atlas n'a pas pu charger ses données : {reason}. Rechargez la page ; si le problème persiste, servez l'application construite en http (pas depuis un fichier) et vérifiez que public/data a été construit (npm run data).",
    viewFailed:
      "Cette vue n'a pas pu être dessinée : {reason}. Modifiez un filtre ou rechargez la page pour réessayer.",
    urlIgnored: "Certains réglages de l'adresse n'ont pas été appliqués : {items}.",
    chartTitle: 'Part des femmes parmi les personnes {stage}, {offence}, {period}',
    chartSubtitle:
      "Calculée par l'atlas à partir des effectifs par sexe ; chaque barre indique les effectifs utilisés et son intervalle à 95 %.",
    mapTitle: 'Part des femmes parmi les personnes {stage}, {offence}, {period}',
    shareLabel: '{share} · {women} sur {denominator}',
    basisWomenPlusMen: 'calculée : femmes ÷ (femmes + hommes)',
    basisTotal: 'calculée : femmes ÷ total (hommes non publiés)',
    axisShare: 'Part des femmes (%) →',
    parity: 'parité',
    noteMethod:
      "Part calculée par l'atlas : femmes ÷ (femmes + hommes) lorsque les deux sont publiés, sinon femmes ÷ total ; aucune part lorsque femmes et hommes font moins de 90 % d'un total publié. Les définitions juridiques de chaque infraction et de chaque étape pénale diffèrent d'un État à l'autre.",
    noteSuppressed:
      "Effectif des femmes confidentiel, non diffusé par l'organisme producteur (<5) : {names}.",
    noteZero: 'Aucune personne enregistrée : {names}.',
    noteTotalDiffers:
      'Femmes + hommes diffèrent du total donné par la source (part de femmes + hommes\u202f; les deux indiqués)\u00a0: {items}.',
    totalDiffersItem: '{name} {sum} sur {total}',
    totalDiffersPooled:
      '{count, plural, one {# État et année} other {# États et années}} des lignes agrégées',
    noteTotalOnly: 'Seuls les totaux sont publiés, sans ventilation par sexe : {names}.',
    noteNoData:
      'Aucun chiffre pour cette étape et cette année : {count} des 57 États participants, et le Kosovo*.',
    noteNoDataStates:
      'Aucun chiffre pour cette étape et cette année : {count} des 57 États participants.',
    noteKosovo:
      "* Toute référence au Kosovo, qu'il s'agisse du territoire, des institutions ou de la population, doit s'entendre dans le strict respect de la résolution 1244 du Conseil de sécurité des Nations Unies et sans préjudice du statut du Kosovo.",
    noteBoundaries:
      "Les frontières et les noms figurant sur cette carte n'impliquent ni reconnaissance ni acceptation officielle par l'OSCE ou l'Organisation des Nations Unies.",
    sourceLine: 'Source : {publisher}, {title} ({year}). Conditions : {terms}.',
    sourcesLine: 'Sources : {list}. Conditions : {terms}.',
    // The atlas's own words on a source, never inside its title or publisher.
    sourceNoteOf: 'Note de l’atlas ({publisher}) : {note}',
    sourceNote: 'Note de l’atlas : {note}',
    noDate: 'n.d.',
    fontStackNote: '',
    legendTitle: 'Part des femmes (%)',
    legendNoData: 'Pas de données',
    legendSuppressed: 'Confidentiel (<5)',
    legendTotalOnly: 'Totaux seulement',
    emptyResult:
      "Aucun État n'a de part calculable pour ces filtres. Essayez une autre année, étape ou infraction.",
    tooltipNoData: 'Aucun chiffre pour cette infraction, cette étape et cette période',
    tooltipSuppressed: 'Effectif des femmes confidentiel (<5)',
    tooltipTotalOnly: 'Seul le total est publié ({total} personnes)',
    tooltipPartial:
      'Les effectifs par sexe couvrent {covered} des {total} personnes (moins de 90 %) : aucune part n’est calculée',
    notePartial:
      'Les effectifs par sexe couvrent moins de 90 % des personnes comptées ; aucune part n’est calculée : {names}.',
    legendPartial: 'Sexe connu pour moins de 90 %',
    tooltipZero: 'Aucune personne enregistrée',
    selected: 'Sélection : {name}',
    clearSelection: 'Effacer la sélection',
    summary:
      '{count} États ont une part calculée. La plus élevée : {highName} ({high}). La plus faible : {lowName} ({low}). {missing} des 57 États participants et le Kosovo n’ont aucun chiffre.',
    summaryEmpty: 'Aucun État n’a de part calculée pour ces filtres ({scope}).',
    sourcesHeading: 'Sources',
    dataVersion: 'Version des données {version}',
    computedLabel: 'calculée',
    mapLabel: "Carte de l'espace de l'OSCE",
    mapInsetLabel: "Canada et États-Unis d'Amérique",
    mapSubtitle:
      "Calculée par l'atlas à partir des effectifs par sexe. Les micro-États sont représentés par des cercles.",
    // Said on screen only: a printed or projected figure cannot be hovered.
    mapHint: 'Survolez, sélectionnez ou touchez un État pour voir ses effectifs.',
    mapMicroStatesLabel: 'Micro-États, représentés par des symboles',
    noteStudyOutline: "Contour épais : les 14 États couverts par l'étude 2023 de l'OSCE.",
    outlineStudy: "Entourer les 14 États de l'étude 2023 de l'OSCE",
    chartLabel: 'Diagramme en barres',
    noteDefinitions:
      "Les définitions juridiques des infractions et de chaque étape pénale diffèrent d'un État à l'autre : comparer avec prudence.",
    noteSubregions:
      'Sous-régions : regroupement M49 de la Division de statistique des Nations Unies.',
    emptySuggest:
      'Aucun chiffre ne correspond à ces filtres. Essayez une période plus large, une autre étape, toutes les régions ou tous les types de source.',
    emptyProfile:
      '{state} : les sources ne donnent aucun chiffre pour cette partie du profil, rien n’est donc tracé.',
    emptyProfilePeriod:
      '{state} : les sources ne donnent aucun chiffre pour {from}–{to}, rien n’est donc tracé. Une période plus large peut en montrer davantage.',
    noFigure: 'aucun chiffre',
    axisShareVertical: '↑ Part des femmes (%)',
    regionsTitle: 'Par sous-région : {title}',
    regionsSubtitle:
      'Barre et moustache : part agrégée et intervalle à 95 % des effectifs agrégés (États publiant femmes et hommes). Trait noir : médiane des parts des États agrégés. Points : États. Sous chaque sous-région : les États et années utilisés († : non agrégé).',
    // On a fixed page (slide, A4) the States and years go to the notes, leaving one row per subregion.
    regionsSubtitlePage:
      'Barre et moustache : part agrégée et intervalle à 95 % des effectifs agrégés (États publiant femmes et hommes). Trait noir : médiane des parts des États agrégés. Points : États. Les États et années de chaque sous-région figurent dans les notes († : non agrégé).',
    regionsNoteMethod:
      "Calculée par l'atlas. Chaque État contribue pour sa dernière année de la période ; l'agrégat additionne femmes et (femmes + hommes) d'une seule étape et d'une seule source.",
    regionsNoteExcluded:
      "Exclus des sommes : {suppressed, plural, one {# État} other {# États}} dont l'effectif de femmes est confidentiel (<5), {totalBasis, plural, one {# État} other {# États}} ne publiant que les femmes et un total (montrés en points, hors agrégat et hors médiane).",
    regionsHighest:
      'Part agrégée la plus élevée, avec un intervalle entièrement au-dessus des autres : {region}.',
    regionsLowest:
      'La plus faible, avec un intervalle entièrement au-dessous des autres : {region}.',
    regionsTop:
      "Parts agrégées par ordre décroissant (les intervalles se recoupent : aucune sous-région n'est mise en avant) : {regions}.",
    regionsMissing:
      '{missing, plural, one {# sous-région n’a} other {# sous-régions n’ont}} pas de part agrégée.',
    regionsNoMembers: 'Aucun État avec une part calculée.',
    regionsSummaryEmpty: "Aucune sous-région n'a de part calculée pour cette sélection.",
    regionsEmptyNoMembers:
      "Aucune sous-région n'est représentée pour {region} : les sources n'énumèrent pas les États qu'elle comprend, et l'atlas ne les devine pas.",
    regionsEmptyNoShare:
      "{count, plural, one {Le seul État de {region} n'a} other {Aucun des # États de {region} n'a}} de part calculée pour cette sélection ; aucune sous-région n'est donc représentée. {reasons}",
    regionsNoPool:
      'pas de part agrégée ({states, plural, =0 {aucun État} one {# État} other {# États}} avec une part)',
    regionsLabel: 'agrégée {pooled}, {women} sur {denominator} ; médiane {median}',
    regionsStates:
      '{n, plural, one {# État} other {# États}} avec une part, {pooled, plural, one {# agrégé} other {# agrégés}}',
    pipelineTitle:
      'Part des femmes du contact formel à la condamnation, et parmi les victimes détectées : {scope}, {offence}',
    pipelineTitleOffenders:
      'Part des femmes du contact formel à la condamnation : {scope}, {offence}',
    laterYears:
      'Les effectifs par sexe pour {offence} vont jusqu’en {last} ; la période affichée s’arrête en {to}.',
    laterYearsShow: 'Afficher {from}–{last}',
    pipelineFirstStateOnly:
      'Le parcours judiciaire montre un État à la fois : {state}. {n, plural, one {L’autre État choisi,} other {Les autres États choisis,}} {others}, {n, plural, one {figure} other {figurent}} côte à côte dans la comparaison.',
    pipelineSubtitle:
      "{from}–{to}. Calculée à partir des effectifs par sexe, avec intervalles à 95 %. Une année manquante, ou un total qui triple d'une année à l'autre, laisse un vide : rien n'est interpolé.",
    pipelineNote:
      'Les victimes détectées enregistrées comme de sexe féminin sont des femmes et des filles de tout âge (la source ne les ventile pas par âge). Les victimes sont une autre population que les auteurs : les lignes sont côte à côte, pas une séquence.',
    pipelineSummary: '{scope}, dernière année avec un chiffre : {parts}.',
    series_formal_contact: 'Contact formel',
    series_prosecuted: 'Poursuivies',
    series_convicted: 'Condamnées',
    series_victims: 'Victimes détectées',
    computedShare: '{value} calculée ({women} sur {total})',
    computedFromApprox: 'environ {text}, à partir d’effectifs approximatifs',
    hierarchyTitle:
      'Les femmes par niveau hiérarchique, rôle et position dans le réseau : tous les chiffres publiés',
    hierarchySubtitle:
      "Chaque ligne telle que la source l'indique : zone · période, puis étape · marché · groupe. Barres : valeurs exactes (plus claires : approximatives ou moyennes). Boîtes entre deux traits : fourchettes. Boîtes en pointillés ouvertes : bornes, avec les mots de la source.",
    hierarchyGapLevels:
      "Rien n'est publié sur les femmes à ces niveaux hiérarchiques : {levels}. Cette absence est un constat.",
    hierarchyGapRoles: "Rien n'est publié sur les femmes dans ces rôles : {roles}.",
    hierarchyNote:
      "Les chiffres proviennent de sources, d'étapes, de définitions et d'années différentes : ils sont présentés côte à côte, jamais additionnés.",
    hierarchySummary:
      "{n, plural, one {# chiffre publié ou calculé} other {# chiffres publiés ou calculés}} sur les femmes par position, et {context} sur d'autres infractions à titre de contexte. Aucun chiffre à ces niveaux : {levels}.",
    marketsTitle: 'Les femmes dans chaque marché criminel, à côté de la prévalence du marché',
    marketsSubtitle:
      "À gauche : chiffres publiés sur la part des femmes (traits : valeurs ; boîtes : fourchettes et bornes). À droite : note d'experts GI-TOC de la prévalence du marché, médiane sur {region}.",
    marketsNoteScores:
      "Indice mondial de la criminalité organisée (GI-TOC) : notes d'experts de 1 à 10 sur la prévalence d'un marché ou d'un acteur. Contexte seulement : elles ne sont pas ventilées par sexe et ne disent rien des femmes.",
    marketsSummary: '{n} marchés sur {total} ont un chiffre publié sur les femmes : {markets}.',
    marketsWomenHeading: 'Chiffres publiés sur la part des femmes',
    marketsScoreHeading: 'Notes GI-TOC (non ventilées par sexe)',
    nothingPublished: 'rien de publié',
    notScored: 'pas de note',
    coverageTitle: 'Ce que chaque État publie sur les auteurs, par étape et par année : {offence}',
    coverageSubtitle:
      'Un effectif de femmes, un effectif d’hommes seulement, par sexe mais confidentiels (<5), totaux seulement, ou rien, {from}–{to} ; les dernières colonnes couvrent toute la période.',
    coverageNote:
      '★ signale les 14 États de l’étude 2023 de l’OSCE. Cinq états, jamais confondus : un effectif de femmes publié ; un effectif d’hommes seulement (femmes <5 ou non indiquées) ; des effectifs par sexe tous confidentiels (<5) ; des totaux seulement ; rien. Dérivé des tables de l’atlas.',
    coverageSummary:
      'États de l’étude affichés : {study}. Publient un effectif de femmes pendant la période : {contact} au contact formel, {prosecuted} aux poursuites, {convicted} aux condamnations.',
    coverageSummarySuppressed:
      'Ne les diffusent que confidentiels (<5), donc non comptés ci-dessus : {suppressedContact} au contact formel, {suppressedProsecuted} aux poursuites, {suppressedConvicted} aux condamnations.',
    coverageSummaryMenOnly:
      'Ne publient qu’un effectif d’hommes (femmes <5 ou non indiquées), donc non comptés ci-dessus : {menContact} au contact formel, {menProsecuted} aux poursuites, {menConvicted} aux condamnations.',
    coverageStudyMark: "★ État couvert par l'étude 2023 de l'OSCE",
    comparisonTitle: 'Côte à côte : {states}, {offence}',
    comparisonTitleNone: 'Côte à côte : {offence}',
    comparisonSubtitle:
      'Dernière année avec une part en {from}–{to}, par étape, avec intervalles à 95 %.',
    comparisonSummary: '{stage}, dernière année : {parts}.',
    comparisonSummaryOffence: '{stage}, {offence}, dernière année : {parts}.',
    listSeparator: ' ; ',
    updateAvailable: 'Une nouvelle version de l’atlas est disponible.',
    updateReload: 'Recharger avec la nouvelle version',
    updateUnavailableOffline:
      'La nouvelle version ne peut pas être ouverte pour l’instant : une partie manque sur cet appareil et aucun réseau ne permet de la récupérer. Cette version reste ouverte ; réessayez une fois connecté.',
    statesCounted: '{count, plural, one {# État} other {# États}}, comme indiqué sur la carte',
    pipelineNoShare:
      'Publiés, mais sans part des femmes calculable pendant la période\u00a0: {series}.',
    linkVersionNotice:
      'Ce lien a été créé avec la version {link} des données\u202f; l’atlas contient désormais la version {current}, et certains chiffres peuvent différer de ceux vus lors de sa création.',
    comparisonSummaryNone: "Aucun État de la comparaison n'a de part pendant la période.",
    comparisonNoFigurePartial:
      'Aucun chiffre : les effectifs par sexe couvrent moins de 90 % des personnes comptées',
    comparisonNoFigureTotalOnly: 'Aucun chiffre : seul le total est publié',
    comparisonPrompt:
      'Sélectionnez au moins deux États sur la carte, dans le graphique ou dans la liste des États pour les comparer.',
    comparisonLabel: '{share} · {women} sur {denominator}, {year} ; {years} années sur {of}',
    keyFindingsTitle: "Principaux constats de la recherche de l'OSCE et de sources connexes",
    keyFindingsNote:
      'Chaque carte est construite à partir de sa ligne de données ; la valeur est écrite exactement telle que publiée.',
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
    observationCountAtLeast:
      'au moins {n, plural, one {# ligne d’observation} other {# lignes d’observation}} derrière les chiffres affichés (certains chiffres additionnent plus de 1\u00a0000 lignes, listées par requête)',
    observationCount:
      '{n, plural, one {# ligne d’observation} other {# lignes d’observation}} derrière les chiffres affichés',
    listRows: 'Lister ces lignes (CSV)',
    listRowsFailed: 'Les lignes n’ont pas pu être listées : {reason}.',
    removeState: 'Retirer {name}',
    filtersNotApplied: 'Sans effet sur cette vue : {fields}.',
    marketNoCounts:
      "Aucun effectif par sexe par État n'est publié pour ce marché ; les vues par État sont vides. Les chiffres publiés le concernant figurent dans les vues hiérarchie et marchés.",
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
    columnExcluded: 'Confidentiels, exclus',
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
    sourceRowsInView:
      '{n, plural, one {# ligne de données derrière les figures affichées} other {# lignes de données derrière les figures affichées}}',
    methodLink: 'Méthode : comment les chiffres sont calculés',
    userDataTitle: 'Vos propres données (CSV ou Parquet)',
    userDataPrivate:
      "Vos fichiers sont lus dans ce navigateur uniquement : rien n'est envoyé nulle part.",
    userDataTemplates: 'Partir du modèle :',
    userTemplate: 'modèle des observations (CSV)',
    userTemplateSources: 'modèle des sources (CSV)',
    userGuide: 'guide des codes',
    userExample: "petit fichier d'exemple",
    userChoose: 'Choisir ou déposer des fichiers',
    userPreview:
      'Les premières lignes telles que lues\u00a0: vérifiez les noms et les accents avant de charger.',
    userYears:
      'Vos données couvrent {first}–{last}\u202f; la période a été élargie pour les inclure.',
    userYearsOutside:
      'Vos données couvrent {first}–{last}, hors des années que montre l\u2019atlas ({min}–{max})\u202f: elles sont chargées mais aucune vue ne peut les montrer.',
    userReading: 'Lecture de {file}\u00a0: {percent}',
    userStaging: 'Chargement de {file} dans le moteur de requêtes…',
    userChecking: 'Contrôle des lignes\u00a0: règle {n} sur {total}',
    userCancel: 'Annuler',
    userCancelled: 'Lecture interrompue\u00a0; rien n’a été chargé.',
    userErrors:
      "{n, plural, one {# problème trouvé} other {# problèmes trouvés}} ; rien n'a été chargé. Corrigez le fichier et chargez-le à nouveau.",
    userValid: '{n, plural, one {# ligne valide} other {# lignes valides}}.',
    userConfirm: 'Charger malgré les avertissements ci-dessus',
    userLabel: 'Nom affiché pour vos données',
    userDefaultLabel: 'Vos données',
    userAlone: 'Afficher vos données seules dans les vues par État',
    userBeside:
      'Garder les données fournies dans les vues par État ; vos chiffres apparaissent à côté',
    userRemember: 'Conserver mes données dans ce navigateur après rechargement',
    userRememberOneCopy:
      'Le navigateur garde une seule copie pour tous les onglets de l’atlas\u00a0: conserver des données dans un onglet remplace celles qu’un autre onglet avait conservées.',
    userLoad: 'Charger mes données',
    userLoaded:
      '{label} : {n, plural, one {# ligne chargée, signalée} other {# lignes chargées, signalées}} comme les vôtres dans chaque vue et export.',
    userForget: 'Oublier mes données',
    'figure_states-chart': 'États (diagramme en barres)',
    figure_map: 'Carte',
    figure_regions: 'Régions',
    figure_pipeline: 'Chaîne pénale',
    figure_comparison: 'Comparaison de pays',
    figure_hierarchy: 'Hiérarchie et position dans le réseau',
    figure_markets: 'Marchés criminels',
    figure_coverage: 'Lacunes des données',
    deckLabel: 'Présentation',
    deckFigure: 'Figure de la diapositive',
    deckAdd: 'Ajouter cette vue à la présentation',
    deckCount: '{n, plural, one {# diapositive} other {# diapositives}}',
    deckPresent: 'Présenter (flèches, Échap pour quitter)',
    deckSave: 'Enregistrer la présentation',
    deckLoad: 'Charger une présentation',
    deckClear: 'Vider la présentation',
    deckTooLarge:
      'le fichier dépasse 1\u00a0Mo\u202f; ce n\u2019est pas une présentation de cet atlas',
    deckSlideWarning: 'Diapositive {n}\u00a0: {text}',
    deckLoadError: "La présentation n'a pas pu être chargée : {error}.",
    deckOtherVersion:
      'Présentation chargée ; elle a été enregistrée avec la version des données {version}, les chiffres peuvent différer.',
    deckLoaded: '{n, plural, one {# diapositive chargée} other {# diapositives chargées}}.',
    deckDownload: 'Télécharger la présentation (PowerPoint)',
    deckPrint: 'Imprimer la présentation (PDF)',
    deckWorking: 'Préparation de la présentation…',
    deckWritten:
      '{n, plural, one {Présentation de # diapositive enregistrée.} other {Présentation de # diapositives enregistrée.}}',
    deckFailed: 'La présentation n’a pas pu être enregistrée : {error}.',
    deckLeftOut: 'Omises, faute de pouvoir être tracées : {figures}.',
    deckMethodNotes: 'Notes de méthode sur cette figure (hors de la diapositive)',
    deckNoPoints: 'Aucun argument ne repose sur les lignes des filtres de cette diapositive.',
    deckPrintHint:
      'Dans la boîte d’impression, choisissez « Enregistrer au format PDF » : chaque diapositive occupe une page 16:9.',
    exportLabel: 'Exporter cette figure',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié',
    copyFigure: 'Copier la figure',
    figureCopied:
      '{pages, plural, one {Figure copiée} other {Page 1 sur # copiée}} comme image, avec son résumé en texte (comme texte de remplacement).',
    clipboardUnsupported:
      'Ce navigateur ne peut pas placer une image dans le presse-papiers : le PNG a été téléchargé à la place.',
    clipboardRefused:
      "Le navigateur a refusé l'accès au presse-papiers : le PNG a été téléchargé à la place.",
    pngReduced:
      'Le PNG était trop grand pour ce navigateur : il a été produit à {scale}× ({width} × {height} px) au lieu de {asked}×.',
    rasterFailed:
      "La figure n'a pas pu être convertie en PNG dans ce navigateur. Téléchargez plutôt le SVG.",
    exportFailed: "L'export a échoué : {reason}.",
    embedCode: 'Intégrer',
    embedCodeLabel: 'Code pour intégrer cette figure dans une page web',
    embedCopied: "Code d'intégration copié. Collez-le dans le HTML de la page web.",
    embedNeedsAddress:
      "Indiquez d'abord l'adresse publique de l'atlas dans Outils : une intégration pointant vers cet ordinateur ne s'ouvrirait pas ailleurs.",
    embedFrameTitle: "{figure}, tiré de l'Atlas des femmes dans la criminalité organisée",
    openInAtlas: "Ouvrir dans l'atlas",
    embedLoading: 'Chargement de la figure…',
    embedUnknownFigure: "Cette intégration ne désigne aucune figure de l'atlas.",
    exportSize: "Taille d'export",
    publicAddress: "Adresse publique de l'atlas (pour les liens)",
    exportDate: 'Exporté le',
    cite: 'Citer',
    atlasName: 'Atlas des femmes dans la criminalité organisée',
    datasetVersion: 'version des données',
    permalinkLabel: 'Lien permanent',
    preset_screen: "Largeur de l'écran",
    preset_slide: 'Diapositive 16:9 (1920 px)',
    preset_a4: 'Colonne A4 portrait',
    preset_square: 'Carré (1080 px)',
    stagePhrase_formal_contact: 'en contact formel avec la police',
    stagePhrase_prosecuted: 'poursuivies',
    stagePhrase_convicted: 'condamnées',
    shareWithInterval: '{share} ({low}–{high} %)',
    noteYearRule:
      "Chaque État figure avec sa dernière année de la période où une part est calculable (à défaut, sa dernière année avec un effectif) ; l'année est indiquée pour chaque État.",
    noteInterval:
      "Entre parenthèses et en moustaches : l'intervalle à 95 % d'une part calculée (score de Wilson). Il montre de combien une part fondée sur peu de personnes pourrait varier par hasard ; il ne couvre pas les différences dans la façon dont les États comptent.",
    noteSmallCount:
      'Moins de 30 personnes derrière la part (dessinée en creux ou plus claire ; à lire avec prudence) : {names}.',
    noteSmallCountHollow: 'Marques creuses : parts calculées à partir de moins de 30 personnes.',
    smallCountShort: 'moins de 30 personnes',
    noteNoDataAll:
      'Aucun chiffre pour cette infraction, cette étape et cette période : {count} des 57 États participants{kosovo, plural, =1 {, et le Kosovo*} other {}}.',
    noteNoDataSelection:
      'Aucun chiffre pour cette infraction, cette étape et cette période : {count} des {total} États de la sélection ({scope}){kosovo, plural, =1 {, et le Kosovo*} other {}}. Les États hors sélection ne sont pas comptés.',
    noteOutside:
      'En gris clair, sans hachures : les États hors de la sélection ({scope}), et non des données manquantes.',
    noteOnlyStage: "Cette infraction n'est publiée qu'à une seule étape : personnes {stage}.",
    noteDrugOffences:
      "Personnes entrées en contact formel pour des infractions de trafic de drogues (définitions nationales ; comprend des infractions d'offre sans lien avec la criminalité organisée).",
    offence_human_trafficking: 'traite des personnes',
    offence_drug_trafficking: 'infractions de trafic de drogues (toutes drogues)',
    offence_drug_trafficking_cannabis: 'infractions de trafic de drogues (type cannabis)',
    offence_drug_trafficking_cocaine: 'infractions de trafic de drogues (type cocaïne)',
    offence_drug_trafficking_ats:
      'infractions de trafic de drogues (stimulants de type amphétamine)',
    offence_drug_trafficking_opioids: 'infractions de trafic de drogues (opioïdes)',
    tooltipOutside: 'Hors de la sélection',
    legendOutside: 'Hors sélection',
    legendSmallCount: 'Moins de 30 personnes (plus clair)',
    legendCount: '{label} : {count, plural, one {# État} other {# États}}',
    legendTotalOrPartial: 'Totaux seulement, ou sexe connu pour <90 %',
    describeShare:
      '{name}, {year} : {share} (intervalle à 95 % : {low}–{high} %), sur {persons, plural, one {# personne} other {# personnes}}',
    describeShareNoInterval: '{name}, {year} : {share}',
    summaryCount:
      '{count, plural, one {# État} other {# États}} ({scope}) {count, plural, one {a} other {ont}} une part calculée.',
    summaryHighest:
      'La plus élevée, avec un intervalle entièrement au-dessus de celui de tous les autres États : {state}.',
    summaryLowest:
      'La plus faible, avec un intervalle entièrement au-dessous de celui de tous les autres États : {state}.',
    summaryTop:
      "Par ordre décroissant (les intervalles se recoupent : aucun État n'est mis en avant) : {states}.",
    summaryBottom: 'Par ordre croissant : {states}.',
    summarySmall:
      '{count, plural, one {# part repose} other {# parts reposent}} sur moins de 30 personnes.',
    summaryMissingAll:
      "{count, plural, one {# des 57 États participants n'a} other {# des 57 États participants n'ont}} aucun chiffre.",
    summaryMissingSelection:
      "{count, plural, one {# des {total} États de la sélection ({scope}) n'a} other {# des {total} États de la sélection ({scope}) n'ont}} aucun chiffre.",
    pageOf: '{page} sur {pages}',
    permalinkLine: 'Lien permanent : {url}',
    exportedOn: 'Exporté le {date}',
    citation: 'Citer : {atlas}, « {title} », version des données {version}, {date}.',
    valueExact: '{value}',
    valueApprox: 'environ {value}',
    valueAverage: 'en moyenne {value}',
    valueAtLeast: 'au moins {value}',
    valueMoreThan: 'plus de {value}',
    valueAtMost: 'au plus {value}',
    valueUpTo: "jusqu'à {value}",
    valueLessThan: 'moins de {value}',
    valueAlmost: 'près de {value}',
    valueRange: '{low}–{high}',
    valueSuppressed: 'moins de 5',
    asPublished: '{value} (tel que publié)',
    menShareAsPublished: 'hommes : {value} (tel que publié ; part des femmes non publiée)',
    allPersons: 'Toutes les personnes',
    contextHeading: 'Contexte seulement : hors criminalité organisée',
    notStated: 'non précisé',
    regionsNoteInterval:
      "L'intervalle d'une part agrégée est celui des effectifs agrégés, comme s'ils formaient un seul échantillon ; il ne couvre pas les différences entre États.",
    regionsNoteRanks:
      'La part agrégée et la médiane classent les sous-régions différemment : agrégée {pooled} ; médiane {median}.',
    regionsRankDiffer:
      'La part agrégée et la médiane des États classent les sous-régions différemment.',
    regionsDescribe:
      '{region} {share}, {women} sur {denominator} agrégés sur {states, plural, one {# État} other {# États}}',
    regionsMembers: 'États et années : {states}',
    pipelineTitleDrugs: 'Part des femmes dans le temps : {scope}, {offence}',
    pipelineNotePanel:
      "Pour un groupe d'États, chaque ligne n'agrège que les États qui publient femmes et hommes chaque année représentée, sans rupture dans leur série : l'ensemble des États ne change jamais le long d'une ligne.",
    pipelineNotePanelSeries:
      '{series} : agrégé sur {count, plural, one {# État} other {# États}} ({states}) ; {leftOut, plural, =0 {aucun exclu} one {# État lacunaire exclu} other {# États lacunaires exclus}}.',
    pipelineNoteNoPanel:
      '{series} : pas de ligne, aucun État ne publiant femmes et hommes chaque année représentée ({leftOut, plural, one {# État} other {# États}} lacunaires).',
    pipelineNoteBreak:
      "{series} : rupture possible de la série entre {from} et {to} (le total varie d'un facteur {ratio}) ; représentée par un vide.",
    pipelineSummaryEmpty: '{scope} : aucune part ne peut être représentée pour ces filtres.',
    marketsStatesTitle: 'Part des femmes par infraction et par étape, État par État : {scope}',
    marketsStatesSubtitle:
      'Dernière année avec une part en {from}–{to} ; points avec intervalles à 95 % (creux : moins de 30 personnes). À droite : notes GI-TOC 2023 des marchés liés, de 1 à 10, non ventilées par sexe.',
    marketsStatesSummary:
      '{states, plural, one {# État a} other {# États ont}} une part pour au moins une infraction : {contact} au contact formel, {prosecuted} aux poursuites et {convicted} aux condamnations pour la traite des personnes ; {drugs} pour le trafic de drogues.',
    marketsNoteOffences:
      "Traite des personnes : ONUDC, personnes en contact formel, poursuivies et condamnées. Trafic de drogues : Rapport mondial sur les drogues de l'ONUDC, personnes en contact formel seulement (définitions nationales ; comprend des infractions d'offre sans lien avec la criminalité organisée). Infractions et étapes différentes ne sont jamais additionnées.",
    marketsNoteDrugMapping:
      "Les infractions liées aux drogues ne sont rapprochées des marchés de la drogue du GI-TOC qu'approximativement : type cannabis avec le commerce de cannabis, type cocaïne avec le commerce de cocaïne, stimulants de type amphétamine avec les drogues de synthèse, opioïdes avec le commerce d'héroïne.",
    scoresSummary: 'Notes GI-TOC les plus élevées ({edition}, non ventilées par sexe) : {markets}.',
    scoresSummaryEmpty: "L'indice du GI-TOC ne donne aucune note pour cet État.",
    scoresNone: "Aucune note GI-TOC : l'indice ne couvre pas cet État.",
    scoresNoteEditions: 'Barres : édition {latest} ; traits noirs : édition {earlier}.',
    actor_mafia_style_groups: 'Groupes de type mafieux',
    actor_criminal_networks: 'Réseaux criminels',
    actor_state_embedded_actors: "Acteurs intégrés à l'État",
    actor_foreign_actors: 'Acteurs étrangers',
    actor_private_sector_actors: 'Acteurs du secteur privé',
    profileTrends: 'Part des femmes dans le temps, par infraction et par étape',
    profileFigures: 'Chiffres publiés sur cet État',
    profileScores: 'Notes GI-TOC des marchés et des acteurs',
    profileCoverage: "Ce que cet État publie, et ce qu'il ne publie pas",
    profileTrendsTitle: '{state} : part des femmes par infraction et par étape, dans le temps',
    profileTrendsSubtitle:
      "Calculée à partir des effectifs par sexe (ONUDC), avec intervalles à 95 % ; vides aux années manquantes et aux ruptures possibles d'une série.",
    profileTrendsOutside:
      'Cette évolution montre toutes les années publiées, y compris hors de la période utilisée ailleurs sur cette page ({from}–{to}) : {years}.',
    profileFiguresTitle: '{state} : parts des femmes publiées',
    profileScoresTitle: '{state} : notes GI-TOC des marchés et acteurs criminels',
    profileScoresSubtitle: "Notes d'experts de 1 à 10 sur la prévalence ; non ventilées par sexe.",
    profileCoverageTitle:
      '{state} : ce qui est publié sur les auteurs, par infraction, étape et année',
    profileCoverageSummary:
      '{offence}, par étape sur la période : un effectif de femmes : {published} ; un effectif d’hommes seulement : {menOnly} ; confidentiels (<5) seulement : {suppressed} ; totaux seulement : {totalOnly}.',
    profileInStudy: "{state} fait partie des 14 États couverts par l'étude 2023 de l'OSCE.",
    profileNotInStudy:
      "{state} ne fait pas partie des 14 États couverts par l'étude 2023 de l'OSCE.",
    profileOffenceLatest: '{offence}, dernière part des femmes : ',
    profileOffenceNone:
      '{offence} : aucune part des femmes ne peut être calculée à partir des effectifs publiés pour cet État.',
    profileShare:
      '{women, plural, one {# femme} other {# femmes}} sur {persons} personnes, soit {share} (intervalle à 95 % : {low}–{high} %)',
    profileSource: 'Source : {source}.',
    profileFiguresCount:
      '{count, plural, one {# autre chiffre publié porte} other {# autres chiffres publiés portent}} sur {state}, par exemple ',
    profileFiguresNone: "Aucun autre chiffre publié sur {state} n'a été trouvé.",
    profileScoresNone: "L'indice du GI-TOC ne lui attribue aucune note.",
    profileBack: "← Retour à l'atlas",
    profileOther: 'Un autre État',
    profilePrint: 'Imprimer ou enregistrer en PDF',
    profileMethodNote:
      "Les parts sont calculées par l'atlas à partir des effectifs publiés ; voir la méthode. Les frontières et les noms n'impliquent aucune approbation de l'OSCE ou des Nations Unies.",
    talkingPoints: 'Éléments de langage',
    pointsIntro:
      "Phrases que l'atlas rédige à partir des lignes de données affichées, les éléments les plus solides d'abord, chacune avec sa note. Décochez-les ou changez leur ordre ; votre choix est conservé dans l'adresse.",
    pointsNone: "Les lignes affichées ne permettent aucune phrase citable sans risque d'erreur.",
    pointsCopy: 'Copier',
    pointsCopied:
      'Copié : {count, plural, one {# élément} other {# éléments}} avec les notes, en texte enrichi et en texte brut.',
    pointsCopyFailed:
      "Le navigateur n'a pas autorisé la copie ; sélectionnez les éléments et copiez-les à la main.",
    pointsInclude: 'Inclure',
    pointsMoveUp: 'Monter',
    pointsMoveDown: 'Descendre',
    pointsNotes: 'Références',
    pointsLeftOut: 'Non retenus',
    briefDocx: 'Note d’information (Word)',
    briefPdf: 'Note d’information (PDF)',
    briefFailed: "La note d’information n'a pas pu être créée : {reason}.",
    pointKind_stage_share: 'Part à un stade',
    pointKind_trend: 'Évolution dans le temps',
    pointKind_pipeline: 'Chaîne pénale',
    pointKind_comparison: 'Comparaison',
    pointKind_published: 'Chiffre publié',
    pointKind_data_gap: 'Lacune dans les données',
    pointGroup_formal_contact: 'personnes en contact formel avec la police',
    pointGroup_prosecuted: 'personnes poursuivies',
    pointGroup_convicted: 'personnes condamnées',
    pointAreaNamed: '{names}',
    pointAreaPooled:
      '{scope}, {count, plural, one {# État publiant} other {# États publiant}} les femmes et les hommes chaque année',
    pointShare_formal_contact:
      '{area}, {offence}, {yearText} : sur {persons, plural, one {{personsText} personne en contact formel avec la police} other {{personsText} personnes en contact formel avec la police}}, {women, plural, one {{womenText} était une femme} other {{womenText} étaient des femmes}}, soit {shareText} (intervalle à 95 % : {lowText}–{highText} %).',
    pointShare_prosecuted:
      '{area}, {offence}, {yearText} : sur {persons, plural, one {{personsText} personne poursuivie} other {{personsText} personnes poursuivies}}, {women, plural, one {{womenText} était une femme} other {{womenText} étaient des femmes}}, soit {shareText} (intervalle à 95 % : {lowText}–{highText} %).',
    pointShare_convicted:
      '{area}, {offence}, {yearText} : sur {persons, plural, one {{personsText} personne condamnée} other {{personsText} personnes condamnées}}, {women, plural, one {{womenText} était une femme} other {{womenText} étaient des femmes}}, soit {shareText} (intervalle à 95 % : {lowText}–{highText} %).',
    pointSuppressed_formal_contact:
      "{area}, {offence}, {yearText} : le nombre de femmes en contact formel avec la police n'est pas diffusé : la source ne diffuse pas les effectifs inférieurs à 5 (secret statistique).",
    pointSuppressed_prosecuted:
      "{area}, {offence}, {yearText} : le nombre de femmes poursuivies n'est pas diffusé : la source ne diffuse pas les effectifs inférieurs à 5 (secret statistique).",
    pointSuppressed_convicted:
      "{area}, {offence}, {yearText} : le nombre de femmes condamnées n'est pas diffusé : la source ne diffuse pas les effectifs inférieurs à 5 (secret statistique).",
    pointSmallCountSome:
      'Au moins une de ces parts repose sur moins de 30 personnes : un petit effectif, à lire avec prudence.',
    pointSmallCount:
      'Cette part repose sur moins de 30 personnes : un petit effectif, à lire avec prudence.',
    pointTrendRose:
      '{area}, {offence}, {group} : la part des femmes est passée de {fromShareText} en {fromYearText} ({fromWomenText} sur {fromPersonsText} ; intervalle à 95 % : {fromLowText}–{fromHighText} %) à {toShareText} en {toYearText} ({toWomenText} sur {toPersonsText} ; intervalle à 95 % : {toLowText}–{toHighText} %) ; les deux intervalles ne se chevauchent pas.',
    pointTrendFell:
      '{area}, {offence}, {group} : la part des femmes est tombée de {fromShareText} en {fromYearText} ({fromWomenText} sur {fromPersonsText} ; intervalle à 95 % : {fromLowText}–{fromHighText} %) à {toShareText} en {toYearText} ({toWomenText} sur {toPersonsText} ; intervalle à 95 % : {toLowText}–{toHighText} %) ; les deux intervalles ne se chevauchent pas.',
    pointTrendOverlap:
      "{area}, {offence}, {group} : la part des femmes était de {fromShareText} en {fromYearText} ({fromWomenText} sur {fromPersonsText} ; intervalle à 95 % : {fromLowText}–{fromHighText} %) et de {toShareText} en {toYearText} ({toWomenText} sur {toPersonsText} ; intervalle à 95 % : {toLowText}–{toHighText} %) ; les deux intervalles se chevauchent, l'écart peut donc être dû au hasard.",
    pointPipeline: '{area}, {offence}, {yearText}, part des femmes par stade : {listText}.',
    pointPipelineItem:
      '{group} {shareText} ({womenText} sur {personsText} ; intervalle à 95 % : {lowText}–{highText} %)',
    pointCompareHigher:
      "{area}, {offence}, {group} : la part des femmes, {shareText} en {yearText} ({womenText} sur {personsText} ; intervalle à 95 % : {lowText}–{highText} %), est plus élevée que dans l'ensemble de la sous-région « {region} », {regionShareText} ({regionWomenText} sur {regionPersonsText} dans {count, plural, one {# État} other {# États}}, dernière année par État en {from}–{to} ; intervalle à 95 % : {regionLowText}–{regionHighText} %) ; les intervalles ne se chevauchent pas.",
    pointCompareLower:
      "{area}, {offence}, {group} : la part des femmes, {shareText} en {yearText} ({womenText} sur {personsText} ; intervalle à 95 % : {lowText}–{highText} %), est plus faible que dans l'ensemble de la sous-région « {region} », {regionShareText} ({regionWomenText} sur {regionPersonsText} dans {count, plural, one {# État} other {# États}}, dernière année par État en {from}–{to} ; intervalle à 95 % : {regionLowText}–{regionHighText} %) ; les intervalles ne se chevauchent pas.",
    pointCompareOverlap:
      "{area}, {offence}, {group} : la part des femmes, {shareText} en {yearText} ({womenText} sur {personsText} ; intervalle à 95 % : {lowText}–{highText} %), est sans différence nette avec celle dans l'ensemble de la sous-région « {region} », {regionShareText} ({regionWomenText} sur {regionPersonsText} dans {count, plural, one {# État} other {# États}}, dernière année par État en {from}–{to} ; intervalle à 95 % : {regionLowText}–{regionHighText} %) ; les intervalles se chevauchent, aucune différence ne peut donc être affirmée.",
    pointHighest:
      "{area}, {offence}, {group}, dernière année par État en {from}–{to} : la part des femmes la plus élevée est celle de l'État suivant : {state}, {shareText} en {yearText} ({womenText} sur {personsText} ; intervalle à 95 % : {lowText}–{highText} %) ; son intervalle est entièrement au-dessus de ceux {others, plural, one {de l'autre État} other {des # autres États}} ayant une part.",
    pointLowest:
      "{area}, {offence}, {group}, dernière année par État en {from}–{to} : la part des femmes la plus faible est celle de l'État suivant : {state}, {shareText} en {yearText} ({womenText} sur {personsText} ; intervalle à 95 % : {lowText}–{highText} %) ; son intervalle est entièrement au-dessous de ceux {others, plural, one {de l'autre État} other {des # autres États}} ayant une part.",
    pointAllMarkets: 'tous marchés criminels confondus',
    pointPositionGroup: '{position} ({group})',
    pointPublishedComputed:
      '{area}, {market}, {periodText}, {position} : {women, plural, one {{womenText} femme} other {{womenText} femmes}} sur {persons, plural, one {{personsText} personne} other {{personsText} personnes}}, soit {shareText} (intervalle à 95 % : {lowText}–{highText} % ; calcul de l’atlas à partir des effectifs publiés par {publisherText}).',
    pointPublishedShare:
      '{area}, {market}, {periodText}, {position} : part des femmes {valueText}, telle que publiée par {publisherText}.',
    pointGapNone:
      '{area}, {offence}, {group}, {from}–{to} : la source ne publie aucun chiffre à ce stade ; la part des femmes n’est donc pas connue.',
    pointGapTotalOnly:
      '{area}, {offence}, {group}, {from}–{to} : seuls des totaux sont publiés, sans nombre de femmes ; aucune part ne peut donc être calculée.',
    pointGapSuppressed:
      '{area}, {offence}, {group}, {from}–{to} : lorsqu’un chiffre existe, le nombre de femmes n’est pas diffusé (moins de 5, secret statistique) ; aucune part ne peut donc être donnée.',
    pointGapGroup:
      '{area}, {offence}, {group}, {from}–{to} : {publishingText} des {count, plural, one {# État} other {# États}} couverts publient un nombre de femmes pour au moins une année ; les autres n’en publient aucun.',
    pointNoteSource: '{publisherText}, {titleText}, {year}, {urlText}',
    pointNoteSourceLocated: '{publisherText}, {titleText}, {year}, {locator}, {urlText}',
    pointNote:
      '{sourcesText}. Consulté au moyen de l’outil « {atlas} », version des données {version}.',
    briefTitle: 'Note d’information : {selection}',
    briefDated: '{date} · version des données {version}',
    briefSelectionState: '{state}, fiche pays',
    briefSelectionAtlas: '{scope}, {offence}, {group}, {from}–{to}',
    briefFigures: 'Graphiques',
    briefNoFigures:
      'Les figures ne sont pas incluses dans ce fichier ; exportez-les depuis l’atlas avec leurs sources.',
    briefCiteHeading: 'Comment citer',
    briefCite:
      '{atlas}, note d’information « {selection} », version des données {version}, {date}.',
    briefTermsHeading: 'Conditions de réutilisation',
    briefTermsAtlas:
      'Les phrases et les notes sont rédigées par l’atlas (code sous licence MIT) ; les chiffres appartiennent à leurs producteurs et sont réutilisés selon les conditions de chaque source :',
    briefTermsSource: '{publisher} : {terms}.',
    briefClose: 'Fermer',
    briefPrintHint: 'Dans la boîte d’impression, choisissez A4 et « Enregistrer au format PDF ».',
    openProfile: 'Ouvrir la fiche',
    'figure_market-figures': 'Chiffres publiés par marché',
    'figure_profile-trends': 'Fiche État : tendances',
    'figure_profile-figures': 'Fiche État : chiffres publiés',
    'figure_profile-scores': 'Fiche État : notes GI-TOC',
    'figure_profile-coverage': 'Fiche État : ce qui est publié',
    urlReason_unknown_code: '{param}={value} : code inconnu',
    urlReason_unknown_region: "{param}={value} : région inconnue de l'atlas",
    urlReason_not_a_year: "{param}={value} : année hors du champ de l'atlas",
    urlReason_not_a_state: '{param}={value} : ni un État participant ni le Kosovo',
    urlReason_unknown_language: "{param}={value} : langue non proposée par l'atlas",
    urlReason_not_a_flag: '{param}={value} : doit valoir 0 ou 1',
    urlReason_repeated: '{param} figurait plusieurs fois : {applied} appliqué, {value} ignoré',
    urlReason_unknown_param: '{param} : pas un réglage de l’atlas',
    urlReason_too_many: '{param}={value} : 8 États au plus peuvent être choisis',
    urlReason_from_after_to:
      '{param}={value} : la période commence après sa fin ; la période par défaut est affichée',
    columnEdition: 'Édition',
    columnGroup: 'Groupe compté',
    columnIndicator: 'Indicateur',
    columnIndicatorKind: 'Type',
    columnIntervalHigh: 'Intervalle à 95 %, haut',
    columnIntervalLow: 'Intervalle à 95 %, bas',
    columnMen: 'Hommes',
    columnQualifier: 'Tel que publié',
    columnSex: 'Part de qui',
    columnSmallCount: 'Moins de 30 personnes',
    columnTotal: 'Total publié',
    columnValueHigh: 'Borne haute',
    columnOutOf: 'Sur (effectif de femmes dont il fait partie)',
    columnValueLow: 'Borne basse',
    columnValueNumber: 'Valeur',
    men: 'hommes',
    women: 'femmes',
    yes: 'oui',
    skipToMap: 'Aller à la carte',
    skipToFilters: 'Aller aux filtres',
    skipToContent: 'Aller au contenu',
    updating: 'Mise à jour des figures…',
    tools: "Outils : taille d'export, vos propres données, présentation",
    marketsWithCounts: 'Avec effectifs par sexe par État',
    marketsOther: 'Autres marchés (chiffres publiés seulement)',
    shareInstead:
      'Aucune adresse publique de l’atlas n’est définie : un lien vers cet ordinateur ne s’ouvrirait pas ailleurs. Partagez plutôt la figure en fichier (sa source et ses filtres y figurent), ou définissez l’adresse.',
    shareInsteadDismiss: 'Pas maintenant',
    linkNeedsAddress:
      "Indiquez d'abord l'adresse publique de l'atlas dans Outils : un lien vers cet ordinateur ne s'ouvrirait pas ailleurs.",
    exportFigure: 'Exporter {figure} :',
    csvExcel: 'CSV pour Excel',
    noPublicAddress:
      "Aucune adresse publique de l'atlas n'est indiquée : la figure ne peut pas porter de lien que d'autres pourraient ouvrir. Indiquez-la, ou exportez sans lien (les filtres restent dans le sous-titre et les métadonnées du fichier).",
    setPublicAddress: "Indiquer l'adresse publique",
    exportWithoutLink: 'Exporter sans lien',
    profileScoresSentence:
      'Notes GI-TOC des marchés ({edition}, non ventilées par sexe), les plus élevées : ',
    ariaPoints: 'parts par année',
    ariaComparison: 'parts par État et par étape',
    ariaCoverage: 'ce qui est publié, par État, étape et année',
    ariaMarkets: 'marchés',
    ariaPublished: 'chiffres publiés',
    ariaShareBars: 'barres des parts',
    ariaShareLabels: 'étiquettes des parts',
    inFile: '{file}\u00a0: {text}',
    issueError: 'ERREUR',
    issueWarning: 'AVERTISSEMENT',
    issueRow: 'ligne {line}',
    issueFileRow: '{file} ligne {line}',
    issueValue: ' (valeur\u00a0: «\u00a0{value}\u00a0»)',
    issueAllowed: ' Autorisé\u00a0: {allowed}.',
    issueLine: '{severity} {where}\u00a0: {message}{value}.{allowed}',
    issue_required: 'une valeur est requise',
    issue_not_identifier: 'identifiant non valide',
    issue_not_id_list: "pas une liste d'identifiants",
    issue_unknown_code: 'code inconnu',
    issue_not_year: 'pas une année',
    issue_not_number: 'pas un nombre',
    issue_not_boolean: 'pas un booléen',
    issue_not_url: 'pas une adresse web',
    issue_not_iso_numeric: 'pas un code numérique ISO à 3 chiffres',
    issue_not_utf8:
      "le fichier n'est pas un texte UTF-8 valide (un caractère illisible a été trouvé)",
    issue_not_csv: "le fichier n'est pas un CSV valide\u00a0: {detail}",
    csv_after_quote: 'ligne {line}\u00a0: caractère inattendu après un guillemet fermant',
    csv_unterminated: 'ligne {line}\u00a0: champ entre guillemets non fermé',
    issue_missing_columns:
      '{n, plural, one {colonne manquante} other {colonnes manquantes}} pour la table «\u00a0{table}\u00a0»',
    issue_unknown_column: 'colonne inconnue pour la table «\u00a0{table}\u00a0»',
    issue_duplicate_column: 'colonne présente plus d’une fois dans l’en-tête',
    issue_more_rows:
      '{n, plural, one {# autre ligne enfreint} other {# autres lignes enfreignent}} la même règle dans la colonne {column}\u00a0; seules les {shown} premières sont listées',
    issue_more_ragged:
      "{n, plural, one {# autre ligne n'a pas} other {# autres lignes n'ont pas}} le bon nombre de cellules\u00a0; seules les {shown} premières sont listées",
    issue_cell_count: "a {cells} cellules mais l'en-tête en a {header}",
    issue_spaces: 'a des espaces au début ou à la fin',
    issue_duplicate_id: '{key} en double\u00a0; utilisé d’abord ligne {first}',
    issue_conflict:
      'en conflit avec {where} ({value})\u00a0: même zone, période, population, marché, hiérarchie, rôle, type d’organisation, étape, sexe, mesure, unité, source et groupe compté (dénominateur), mais une valeur différente\u00a0; aucune des deux lignes n’est chargée',
    issue_duplicate_score: 'note en double pour {key}\u00a0; d’abord ligne {first}',
    issue_unknown_state: 'État inconnu',
    issue_unknown_member: 'État inconnu dans members',
    issue_no_source: 'aucune source avec cet identifiant',
    issue_score_range: "une note de l'indice est comprise entre 1 et 10",
    issue_duplicate_obs: 'obs_id en double\u00a0; utilisé d’abord dans {first}',
    issue_unknown_area: 'zone inconnue',
    issue_ends_before: 'se termine avant de commencer',
    issue_period_both: 'indiquez period_start et period_end, ou aucun des deux',
    issue_period_unknown: 'la période est inconnue\u00a0: indiquez ce que la source en dit',
    issue_other_needs_note:
      'l’étape «\u00a0other\u00a0» demande une note disant ce que compte le chiffre',
    issue_needs_value: 'le qualificatif «\u00a0{qualifier}\u00a0» demande une valeur',
    issue_no_bounds:
      'le qualificatif «\u00a0{qualifier}\u00a0» ne prend pas de bornes\u00a0; utilisez «\u00a0range\u00a0» pour un intervalle',
    issue_range_both: 'un intervalle demande value_low et value_high',
    issue_range_no_value: 'un intervalle n’a pas de valeur unique\u00a0; laissez value vide',
    issue_low_above_high: 'la borne basse dépasse la borne haute ({high})',
    issue_lower_only: '«\u00a0{qualifier}\u00a0» ne prend que value_low',
    issue_upper_only: '«\u00a0{qualifier}\u00a0» ne prend que value_high',
    issue_suppressed_empty:
      'une valeur confidentielle reste vide (l’organisme producteur affiche «\u00a0<5\u00a0»)',
    issue_share_range: 'une part est en pourcentage et doit être comprise entre 0 et 100',
    issue_count_whole: 'un effectif doit être un nombre entier, 0 ou plus',
    issue_text_untranslated:
      'les mots propres de l’atlas demandent une ligne dans data/texts.csv, dans les six langues',
    issue_text_languages: 'manquant en : {list}',
    issue_text_unused: 'aucune observation n’utilise ce texte',
    allowed_id:
      'lettres, chiffres et _ . : - (64 caractères au plus, commençant par une lettre ou un chiffre)',
    allowed_id_list: 'identifiants séparés par une espace, par exemple «\u00a0ALB BIH MKD\u00a0»',
    allowed_list: '{list}',
    allowed_year: 'une année à quatre chiffres entre 1900 et 2100',
    allowed_number: 'un nombre avec un point comme séparateur décimal, par exemple 12 ou 12.5',
    allowed_bool: 'true ou false',
    allowed_url: 'une adresse commençant par http:// ou https://',
    allowed_iso_numeric: 'trois chiffres, par exemple 056',
    allowed_text: 'tout texte',
    allowed_utf8: 'texte UTF-8\u00a0; enregistrez le fichier en «\u00a0CSV UTF-8\u00a0»',
    allowed_each_once: 'chaque identifiant une seule fois',
    allowed_each_once_all: 'chaque identifiant une seule fois dans tous les fichiers',
    allowed_one_value: 'une valeur par clé',
    allowed_six_languages: 'le texte en anglais, français, allemand, italien, russe et espagnol',
    allowed_source: 'un source_id listé dans sources',
    allowed_area: 'un code iso3 de countries ou un code de région de regions',
    allowed_year_from: 'une année à partir de {start}',
    allowed_period_note: 'un court texte, par exemple «\u00a0not stated\u00a0»',
    allowed_iso3: 'un code iso3 de countries',
    allowed_iso3_list: 'des codes iso3 de countries',
    allowed_score: '1 à 10',
    allowed_percent: '0 à 100',
    allowed_whole: 'nombres entiers',
    file_utf16:
      'UTF-16 ({endian}, comme l’enregistre le «\u00a0texte Unicode\u00a0» d’Excel)\u00a0: lu comme tel.',
    file_utf16_little: 'petit-boutiste',
    file_utf16_big: 'gros-boutiste',
    file_utf16_invalid:
      'Le fichier commence comme de l’UTF-16 mais n’est pas de l’UTF-16 valide. Enregistrez-le en «\u00a0CSV UTF-8\u00a0» et chargez-le à nouveau.',
    file_utf8_bom:
      'UTF-8 avec marque d’ordre des octets (comme l’enregistre Excel)\u00a0: lu comme UTF-8.',
    file_cp1251:
      'Pas de l’UTF-8\u00a0: lu comme Windows-1251 (cyrillique, comme l’enregistre un Excel en russe). Vérifiez les noms.',
    file_unknown_encoding:
      'Le fichier n’est ni en UTF-8 ni dans une page de code Windows que l’atlas sait reconnaître. Enregistrez-le en «\u00a0CSV UTF-8\u00a0» et chargez-le à nouveau.',
    file_cp1252:
      'Pas de l’UTF-8\u00a0: lu comme Windows-1252 (Europe occidentale, comme l’enregistre un Excel en français). Vérifiez les accents.',
    file_too_large: 'Le fichier dépasse {mb}\u00a0Mo\u00a0; découpez-le ou chargez-le en Parquet.',
    file_nul:
      'La ligne {line} contient un caractère NUL (un fichier binaire, ou de l’UTF-16 sans marque d’ordre des octets). Enregistrez-le en «\u00a0CSV UTF-8\u00a0» et chargez-le à nouveau.',
    file_mixed:
      'Le fichier mélange des encodages (certains caractères sont illisibles). Enregistrez-le en «\u00a0CSV UTF-8\u00a0» et chargez-le à nouveau.',
    file_semicolons: 'Colonnes séparées par des points-virgules (;)\u00a0: lu comme tel.',
    file_not_csv: 'Le fichier n’est pas un CSV valide\u00a0: {detail}.',
    file_empty: 'Le fichier est vide.',
    file_header_only:
      'Le fichier a un en-tête mais aucune ligne de données\u00a0: rien à charger (les données déjà chargées restent telles quelles).',
    file_long_cell: 'La ligne {line} a une cellule de plus de {max} caractères (colonne {column}).',
    file_decimal_commas:
      '{n, plural, one {# nombre écrit} other {# nombres écrits}} avec une virgule décimale (par exemple «\u00a012,5\u00a0») {n, plural, one {a été lu} other {ont été lus}} comme décimaux.',
    file_no_table:
      'l’en-tête ne correspond ni à la table des observations ni à celle des sources du modèle.',
    file_no_observations:
      'Aucun fichier d’observations\u00a0: chargez un fichier avec les colonnes du modèle (obs_id, source_id, area…).',
    file_too_many_rows: 'le fichier a {rows} lignes\u00a0; l’atlas en charge au plus {max}.',
    store_failed:
      'Le navigateur n’a pas pu conserver vos données pour la prochaine fois ({reason}). Elles sont chargées pour cette visite seulement.',
    store_clear_failed: 'Le stockage du navigateur n’a pas pu être vidé ({reason}).',
    store_no_reason: 'le navigateur n’a donné aucune raison',
    store_removed: 'Vos données ont été retirées de cette page. {text}',
    store_blocked: 'un autre onglet garde le stockage ouvert',
    store_unavailable:
      'ce navigateur ne donne aucun stockage à l’atlas, comme dans une fenêtre privée ou avec le stockage désactivé',
    store_forget_blocked:
      'Un autre onglet ou une autre fenêtre de l’atlas garde le stockage du navigateur ouvert\u00a0: vos données en seront retirées à sa fermeture.',
    store_not_created: 'le stockage n’a pas pu être créé',
    store_refused: 'le navigateur a refusé d’écrire (stockage plein\u00a0?)',
    file_refused_large:
      'le fichier fait {size}\u00a0Mo\u00a0; l’atlas lit des fichiers de {mb}\u00a0Mo au plus. Découpez-le par année ou par région, ou enregistrez-le en Parquet.',
    deck_not_json: 'pas un fichier de présentation (pas du JSON)',
    deck_not_ours: 'pas un fichier de présentation de cet atlas',
    deck_too_many: 'trop de diapositives ({max} au plus)',
    deck_malformed: 'la diapositive {n} est mal formée',
    file_parquet_expands:
      'Une fois décompressé, le fichier Parquet contient plus de {mb}\u00a0Mo de texte, le maximum que l’atlas lit (comme pour un fichier CSV). Divisez-le par année ou par région.',
    file_parquet_nested:
      'La colonne {column} contient des valeurs imbriquées (listes, tables associatives ou structures)\u00a0; l’atlas ne lit que des colonnes simples de texte, de nombres, de dates ou de vrai/faux, comme dans le modèle.',
    file_parquet_type:
      'La colonne {column} est d’un type que l’atlas ne sait pas lire ({type})\u00a0; écrivez-la comme texte ou comme nombre.',
    file_parquet_undecodable:
      'Le fichier Parquet n’a pas pu être décodé (compression ou encodage que l’atlas ne lit pas, ou fichier endommagé). Enregistrez-le à nouveau avec la compression Snappy, ou en «\u00a0CSV UTF-8\u00a0».',
    file_parquet_not_utf8:
      'Le fichier Parquet contient du texte qui n’est pas de l’UTF-8 valide. Enregistrez ses colonnes de texte en UTF-8 et chargez-le à nouveau.',
    file_not_parquet:
      'Le fichier n’est pas un fichier Parquet (il doit commencer et finir par «\u00a0PAR1\u00a0»). Enregistrez-le à nouveau en Parquet, ou en «\u00a0CSV UTF-8\u00a0».',
    womenCountAsPublished:
      '{n, plural, one {{value} femme} other {{value} femmes}} (effectif tel que publié ; pas de part)',
    womenCountOutOf:
      '{n, plural, one {{value} femme} other {{value} femmes}} sur {outOf} ({group} ; effectifs tels que publiés ; pas de part)',
  },
  vocab: {
    population: {
      offenders: 'Auteurs et auteurs présumés',
      victims: 'Victimes détectées',
    },
    stage: {
      intelligence_estimate: 'Estimation du renseignement',
      suspected: 'Suspectés',
      arrested: 'Arrêtés',
      formal_contact: 'En contact formel avec la police',
      prosecuted: 'Poursuivis',
      convicted: 'Condamnés',
      imprisoned: 'Incarcérés',
      witness_protection: 'Protection des témoins',
      exit_programme: 'Programme de sortie',
      survey: 'Enquête',
      prosecuted_or_convicted: 'Poursuivies ou condamnées (ensemble)',
      not_stated: 'Étape non précisée',
      other: 'Autre (voir note)',
    },
    market: {
      human_trafficking: 'Traite des personnes',
      human_smuggling: 'Trafic illicite de migrants',
      extortion_protection_racketeering: 'Extorsion et racket de protection',
      arms_trafficking: "Trafic d'armes",
      counterfeit_goods: 'Commerce de contrefaçons',
      excise_goods: 'Commerce illicite de produits soumis à accise',
      flora_crimes: 'Crimes contre la flore',
      fauna_crimes: 'Crimes contre la faune',
      non_renewable_resource_crimes: 'Crimes liés aux ressources non renouvelables',
      heroin_trade: "Commerce d'héroïne",
      cocaine_trade: 'Commerce de cocaïne',
      cannabis_trade: 'Commerce de cannabis',
      synthetic_drug_trade: 'Commerce de drogues de synthèse',
      cyber_dependent_crimes: 'Cybercriminalité',
      financial_crimes: 'Crimes financiers',
      organized_crime_all: 'Criminalité organisée (toute)',
      participation_in_ocg: 'Participation à un groupe criminel organisé',
      mafia_type_association: 'Association de type mafieux',
      drug_trafficking: 'Infractions de trafic de drogues (toutes drogues)',
      drug_trafficking_cannabis: 'Infractions de trafic de drogues : type cannabis',
      drug_trafficking_cocaine: 'Infractions de trafic de drogues : type cocaïne',
      drug_trafficking_ats: 'Infractions de trafic de drogues : stimulants de type amphétamine',
      drug_trafficking_opioids: 'Infractions de trafic de drogues : opioïdes',
      drug_use_possession: 'Usage ou détention de drogues (contexte, hors criminalité organisée)',
      drug_other_offences: 'Autres infractions liées aux drogues (contexte)',
      all_offences: 'Toutes infractions (contexte, hors criminalité organisée)',
    },
    hierarchy: {
      leadership: 'Direction',
      coordination: 'Coordination',
      operational: 'Opérationnel',
      periphery: 'Périphérie',
      all: 'Tous niveaux',
    },
    role: {
      leader: 'Dirigeante',
      organizer: 'Organisatrice',
      recruiter: 'Recruteuse',
      financial_manager: "Gestionnaire financière ou blanchisseuse d'argent",
      courier: 'Passeuse',
      seller: 'Vendeuse',
      facilitator: 'Facilitatrice',
      enforcer: 'Exécutante',
      all: 'Tous rôles',
    },
    org_type: {
      all: 'Tous types',
      pairs: 'Binômes',
      business_like_group: 'Groupe de type entreprise',
      structured_group: 'Groupe structuré ou de type gouvernance',
      network_core: 'Noyau du réseau',
      network_periphery: 'Périphérie du réseau',
    },
    sex: {
      female: 'Femmes',
      male: 'Hommes',
      other: 'Autre',
      unknown: 'Sexe inconnu',
      total: 'Total',
    },
    measure: {
      count: 'Effectif',
      count_on_date: 'Personnes détenues à une date (un stock, non un flux)',
      share: 'Part (%)',
    },
    qualifier: {
      exact: 'Exact',
      approx: 'Approximatif (« environ »)',
      average: 'Une moyenne (« en moyenne »)',
      at_least: 'Au moins',
      more_than: 'Plus de',
      at_most: 'Au plus',
      up_to: "Jusqu'à",
      less_than: 'Moins de',
      almost: 'Près de, presque',
      range: 'Fourchette',
      suppressed: "Confidentiel, non diffusé par l'organisme producteur (<5)",
    },
    source_kind: {
      official_statistics: 'Statistiques officielles',
      research_report: 'Rapport de recherche',
      police_report: 'Rapport de police',
      expert_index: "Indice d'experts",
      academic: 'Étude universitaire',
      press: 'Article de presse',
      user: 'Vos propres données',
    },
    subregion: {
      northern_america: 'Amérique septentrionale',
      northern_europe: 'Europe septentrionale',
      western_europe: 'Europe occidentale',
      southern_europe: 'Europe méridionale',
      eastern_europe: 'Europe orientale',
      central_asia: 'Asie centrale',
      western_asia: 'Asie occidentale',
      eastern_asia: 'Asie orientale',
    },
    region_kind: {
      organisation: 'Organisation',
      study: "Champ d'une étude",
      analytical: 'Regroupement analytique',
      global: 'Monde',
      subnational: 'Zone infranationale',
      not_stated: 'Zone non précisée par la source',
    },
    indicator_kind: {
      market: 'Marché criminel',
      actor: 'Acteur criminel',
      resilience: 'Résilience',
      average: 'Moyenne',
    },
    coverage_status: {
      published: 'Effectif de femmes publié',
      men_only: 'Effectif d’hommes seulement (femmes <5 ou non indiquées)',
      suppressed: 'Par sexe, mais confidentiels (<5)',
      total_only: 'Totaux seulement',
      none: 'Rien de publié',
    },
    locator_kind: {
      page: 'Page',
      table: 'Tableau',
      section: 'Section',
      sheet: 'Feuille',
      item: 'Actualité',
    },
    terms: {
      unodc_terms:
        'réutilisation avec attribution à l’ONUDC (conditions d’utilisation du portail de données de l’ONUDC)',
      eurostat_reuse: 'réutilisation autorisée moyennant mention de la source (Eurostat)',
      osce_terms: 'conditions d’utilisation de l’OSCE : reproduction avec attribution',
      gitoc_terms: 'cité avec attribution à la GI-TOC (ocindex.net)',
      ogl_v3: 'Open Government Licence v3.0',
      cc_by_nd: 'CC BY-ND, cité avec attribution',
      attribution_only: 'cité avec attribution',
      press_figures_cited:
        'chiffres cités avec attribution ; articles soumis aux droits de leurs éditeurs',
    },
  },
  method: {
    title: "Comment l'atlas calcule et présente ses chiffres",
    close: "Retour à l'atlas",
    link: 'Méthode',
    sections: [
      {
        id: 'share',
        heading: '1. Part des femmes',
        body: "Lorsqu'une source publie des effectifs de femmes et d'hommes, la part est femmes ÷ (femmes + hommes). Lorsqu'elle ne publie que les femmes et un total, la part est femmes ÷ total. Lorsque femmes et hommes réunis font moins de 90 % d'un total publié, aucune part n'est tracée : une part d'une petite fraction des personnes comptées pourrait induire en erreur. Chaque part calculée indique la règle employée et les effectifs sur lesquels elle repose.",
      },
      {
        id: 'interval',
        heading: '2. Incertitude',
        body: "Chaque part calculée est suivie de son intervalle à 95 % (score de Wilson), entre parenthèses et en moustache. L'intervalle montre de combien une part fondée sur peu de personnes pourrait varier par hasard ; il ne couvre pas les différences de comptage entre États. Une part calculée sur moins de 30 personnes est tracée en creux ou plus pâle et signalée comme petit effectif. Un État ou une sous-région n'est dit « le plus élevé » que si son intervalle se situe entièrement au-dessus de tous les autres ; sinon, le résumé cite les premiers avec leurs intervalles. Les bornes d'un intervalle sont imprimées en pourcentages entiers arrondis vers l'extérieur (la borne inférieure vers le bas, la borne supérieure vers le haut), de sorte que l'intervalle imprimé contient toujours l'intervalle calculé : 63,2–77,4 % est imprimé 63–78 %.",
      },
      {
        id: 'group',
        heading: '3. Parts de groupe',
        body: "Une part de groupe (sous-région, région) agrège les effectifs : on additionne les femmes des États du groupe, ainsi que leurs femmes + hommes ; la part agrégée est le rapport des deux, avec l'intervalle des effectifs agrégés. Seuls les États publiant à la fois femmes et hommes entrent dans l'agrégat. La médiane des parts propres des États figure à côté, pour qu'un grand État ne masque pas les autres ; lorsque les deux classent les groupes différemment, la figure le dit. La médiane porte sur les mêmes États que l’agrégat : le trait et la barre parlent des mêmes États.",
      },
      {
        id: 'years',
        heading: '4. Années et séries',
        body: "Lorsque la période couvre plusieurs années, chaque État contribue sa dernière année disposant d'un chiffre, et la figure indique l'année retenue pour chaque État. Les années sans chiffre restent vides : rien n'est interpolé ni reporté. Lorsque le total d'un État varie d'un facteur trois ou plus d'une année à l'autre, la série a peut-être changé de mode de comptage : la ligne y est interrompue et une note le signale. La ligne d'un groupe dans le temps n'agrège que les États publiant femmes et hommes chaque année affichée, sans une telle rupture, de sorte que l'ensemble des États ne change jamais le long de la ligne ; la figure les nomme, ainsi que ceux laissés de côté.",
      },
      {
        id: 'suppressed',
        heading: '5. Effectifs confidentiels (secret statistique)',
        body: "Les effectifs que l'organisme producteur présente comme « <5 », au titre du secret statistique, restent confidentiels : jamais lus comme zéro ou cinq, et jamais comptés comme publiés. Ils sont exclus de toute somme, et le nombre d'États exclus est indiqué.",
      },
      {
        id: 'separate',
        heading: '6. Des chiffres jamais additionnés',
        body: "Les chiffres d'infractions, d'étapes pénales, de définitions ou de sources différentes sont présentés côte à côte, jamais additionnés. Chaque chiffre publié garde la zone, la période, l'étape et le marché indiqués par sa source, ou porte la mention « non précisé ». Les fourchettes restent des fourchettes et les bornes gardent les mots de la source (« jusqu'à », « moins de », « plus de », « au moins ») : elles sont tracées comme des intervalles ou des barres ouvertes, jamais comme des points. Les chiffres portant sur l'ensemble des infractions sont un contexte, regroupé à part de la criminalité organisée.",
      },
      {
        id: 'drugs',
        heading: '7. Infractions de trafic de drogues',
        body: "Le Rapport mondial sur les drogues de l'ONUDC compte, par sexe, les personnes ayant eu un contact formel avec la police pour des infractions de trafic de drogues. Les définitions nationales diffèrent, et ces infractions comprennent des infractions d'offre sans lien avec la criminalité organisée. Elles sont présentées à côté de la traite des personnes, jamais additionnées à celle-ci. L'usage ou la détention de drogues n'est qu'un contexte. La correspondance entre ces infractions et les marchés de la drogue de la GI-TOC est approximative.",
      },
      {
        id: 'definitions',
        heading: '8. Comparer les États',
        body: "Les définitions juridiques de la traite, de la criminalité organisée et de chaque étape pénale diffèrent d'un État à l'autre, tout comme les pratiques d'enregistrement. Les comparaisons entre États montrent ce qui est publié, non une mesure harmonisée.",
      },
      {
        id: 'context',
        heading: '9. Notes de contexte',
        body: "Les notes de l'Indice mondial de la criminalité organisée (GI-TOC) décrivent la prévalence d'un marché criminel et la résilience d'un État. Ce sont des évaluations d'experts, non ventilées par sexe, signalées comme contexte partout où elles figurent.",
      },
      {
        id: 'gaps',
        heading: '10. Données manquantes',
        body: "Les données manquantes sont présentées comme manquantes (hachurées ou marquées « aucun chiffre »), jamais comme des zéros. Les États hors de la région choisie sont tracés en gris clair uni et ne sont pas comptés comme manquants. La vue des lacunes indique, pour chaque État, étape et année, l'un de cinq états, jamais fusionnés : effectif de femmes publié, effectif d’hommes seulement (femmes <5 ou non indiquées), par sexe mais confidentiels (<5), totaux seulement, ou rien. Un État ne publie des effectifs par sexe que s’il donne un effectif de femmes.",
      },
      {
        id: 'translations',
        heading: '11. Langues',
        body: "Le texte anglais fait référence. Les traductions sont celles du projet, établies avec la terminologie des Nations Unies lorsqu'elle existe ; les noms des sources, des organismes producteurs et les chiffres cités restent tels que publiés.",
      },
    ],
  },
};

export default fr;
