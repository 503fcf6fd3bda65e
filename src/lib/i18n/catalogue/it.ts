import type { Catalogue } from './en';

const it: Catalogue = {
  messages: {
    appTitle: 'Atlante delle donne nella criminalità organizzata',
    appSubtitle:
      "Che cosa dicono i dati pubblicati sulle donne nella criminalità organizzata nell'area dell'OSCE, e dove i dati mancano.",
    language: 'Lingua',
    filters: 'Filtri',
    stage: 'Fase del procedimento penale',
    year: 'Anno',
    yearOption: '{year} ({count} Stati con numeri di donne)',
    reset: 'Reimposta',
    loadingEngine: 'Avvio del motore di interrogazione…',
    loadingData: 'Caricamento dei dati…',
    staticNoScript:
      'Queste figure sono state disegnate alla creazione dell’atlante, con i filtri predefiniti. Per cambiare i filtri, usare la mappa interattiva, le esportazioni e le tabelle dei dati serve JavaScript.',
    loadFailed:
      "L'atlante non è riuscito a caricare i suoi dati: {reason}. Ricaricate la pagina; se il problema persiste, servite l'applicazione compilata via http (non da un file) e verificate che public/data sia stato generato (npm run data).",
    viewFailed:
      'Non è stato possibile disegnare questa vista: {reason}. Cambiate un filtro o ricaricate la pagina per riprovare.',
    urlIgnored: "Alcune impostazioni dell'indirizzo non sono state applicate: {items}.",
    chartTitle: 'Quota di donne tra le persone {stage}, {offence}, {period}',
    chartSubtitle:
      "Calcolata dall'atlante a partire dai numeri per sesso; ogni barra mostra i numeri su cui si basa e il suo intervallo al 95%.",
    mapTitle: 'Quota di donne tra le persone {stage}, {offence}, {period}',
    shareLabel: '{share} · {women} su {denominator}',
    basisWomenPlusMen: 'calcolata: donne ÷ (donne + uomini)',
    basisTotal: 'calcolata: donne ÷ totale (uomini non pubblicati)',
    axisShare: 'Quota di donne (%) →',
    parity: 'parità',
    noteMethod:
      "Quota calcolata dall'atlante: donne ÷ (donne + uomini) dove entrambi sono pubblicati, altrimenti donne ÷ totale; nessuna quota dove donne e uomini sono meno del 90% di un totale pubblicato. Le definizioni giuridiche dei reati e delle fasi del procedimento penale variano da uno Stato all'altro.",
    noteSuppressed:
      "Numero di donne riservato, non diffuso dall'ente produttore per segreto statistico (<5): {names}.",
    noteZero: 'Nessuna persona registrata: {names}.',
    noteTotalDiffers:
      "Donne + uomini differiscono dal totale indicato dall'ente produttore (quota su donne + uomini; entrambi indicati): {items}.",
    totalDiffersItem: '{name} {sum} su {total}',
    totalDiffersPooled:
      '{count, plural, one {# Stato e anno} other {# Stati e anni}} delle linee aggregate',
    noteTotalOnly: 'Pubblicati solo i totali, nessun numero per sesso: {names}.',
    noteNoData:
      'Nessun dato per questa fase e questo anno: {count} dei 57 Stati partecipanti, e Kosovo*.',
    noteNoDataStates:
      'Nessun dato per questa fase e questo anno: {count} dei 57 Stati partecipanti.',
    noteKosovo:
      '* Tutti i riferimenti al Kosovo, siano essi al territorio, alle istituzioni o alla popolazione, vanno intesi nel pieno rispetto della risoluzione 1244 del Consiglio di sicurezza delle Nazioni Unite e senza pregiudizio per lo status del Kosovo.',
    noteBoundaries:
      "I confini e i nomi indicati su questa carta non implicano approvazione o accettazione ufficiale da parte dell'OSCE o delle Nazioni Unite.",
    sourceLine: 'Fonte: {publisher}, {title} ({year}). Condizioni: {terms}.',
    sourcesLine: 'Fonti: {list}. Condizioni: {terms}.',
    // The atlas's own words on a source, never inside its title or publisher.
    sourceNoteOf: 'Nota dell’atlante ({publisher}): {note}',
    sourceNote: 'Nota dell’atlante: {note}',
    noDate: 's.d.',
    fontStackNote: '',
    legendTitle: 'Quota di donne (%)',
    legendNoData: 'Nessun dato',
    legendSuppressed: 'Riservato (<5)',
    legendTotalOnly: 'Solo totali',
    emptyResult:
      'Nessuno Stato ha una quota calcolabile per questi filtri. Provate un altro anno, fase o reato.',
    tooltipNoData: 'Nessun dato per questo reato, questa fase e questo periodo',
    tooltipSuppressed: 'Numero di donne riservato (<5)',
    tooltipTotalOnly: 'È pubblicato solo il totale ({total} persone)',
    tooltipZero: 'Nessuna persona registrata',
    tooltipPartial:
      'I numeri per sesso coprono {covered} su {total} persone (meno del 90%): nessuna quota tracciata',
    notePartial:
      'I numeri per sesso coprono meno del 90% delle persone contate, quindi nessuna quota: {names}.',
    legendPartial: 'Sesso noto per meno del 90%',
    selected: 'Selezionato: {name}',
    clearSelection: 'Annulla la selezione',
    summary:
      '{count} Stati hanno una quota calcolata. La più alta: {highName} ({high}). La più bassa: {lowName} ({low}). {missing} dei 57 Stati partecipanti e il Kosovo non hanno dati.',
    summaryEmpty: 'Nessuno Stato ha una quota calcolata per questi filtri ({scope}).',
    sourcesHeading: 'Fonti',
    dataVersion: 'Versione dei dati {version}',
    computedLabel: 'calcolata',
    mapLabel: "Carta dell'area dell'OSCE",
    mapInsetLabel: "Canada e Stati Uniti d'America",
    mapSubtitle:
      "Calcolata dall'atlante a partire dai numeri per sesso. I microstati sono disegnati come cerchi.",
    // Said on screen only: a printed or projected figure cannot be hovered.
    mapHint: 'Passate sopra, selezionate o toccate uno Stato per i suoi numeri.',
    mapMicroStatesLabel: 'Microstati, disegnati come simboli',
    noteStudyOutline: "Contorno spesso: i 14 Stati coperti dallo studio dell'OSCE del 2023.",
    outlineStudy: "Evidenziare i 14 Stati dello studio dell'OSCE del 2023",
    chartLabel: 'Grafico a barre',
    noteDefinitions:
      "Le definizioni giuridiche dei reati e di ogni fase del procedimento variano da uno Stato all'altro: confrontare con cautela.",
    noteSubregions:
      'Subregioni: raggruppamento M49 della Divisione statistica delle Nazioni Unite.',
    emptySuggest:
      'Nessun dato corrisponde a questi filtri. Provate un periodo più ampio, un\u2019altra fase, tutte le regioni o tutti i tipi di fonte.',
    emptyProfile:
      '{state}: le fonti non danno alcun dato per questa parte del profilo, quindi non viene disegnato nulla.',
    emptyProfilePeriod:
      '{state}: le fonti non danno alcun dato per il periodo {from}–{to}, quindi non viene disegnato nulla. Un periodo più ampio può mostrarne di più.',
    noFigure: 'nessun dato',
    axisShareVertical: '↑ Quota di donne (%)',
    regionsTitle: 'Per subregione: {title}',
    regionsSubtitle:
      'Barra e baffo: quota aggregata e intervallo al 95% dei numeri aggregati (Stati che pubblicano donne e uomini). Tacca nera: mediana delle quote degli Stati aggregati. Punti: Stati. Sotto ogni subregione: gli Stati e gli anni considerati (†: non aggregato).',
    // On a fixed page (slide, A4) the States and years go to the notes, leaving one row per subregion.
    regionsSubtitlePage:
      'Barra e baffo: quota aggregata e intervallo al 95% dei numeri aggregati (Stati che pubblicano donne e uomini). Tacca nera: mediana delle quote degli Stati aggregati. Punti: Stati. Gli Stati e gli anni di ogni subregione sono nelle note (†: non aggregato).',
    regionsNoteMethod:
      "Calcolata dall'atlante. Ogni Stato contribuisce con il suo ultimo anno nel periodo; l'aggregato somma donne e (donne + uomini) di una sola fase e di una sola fonte.",
    regionsNoteExcluded:
      'Esclusi dalle somme aggregate: {suppressed, plural, one {# Stato il cui numero di donne è riservato} other {# Stati il cui numero di donne è riservato}} (<5), {totalBasis, plural, one {# Stato che pubblica} other {# Stati che pubblicano}} solo donne e un totale (mostrati come punti, esclusi dall’aggregato e dalla mediana).',
    regionsHighest:
      'Quota aggregata più alta, con un intervallo interamente al di sopra degli altri: {region}.',
    regionsLowest: 'La più bassa, con un intervallo interamente al di sotto degli altri: {region}.',
    regionsTop:
      'Quote aggregate dall\u2019alto (i loro intervalli si sovrappongono, quindi nessuna subregione viene distinta): {regions}.',
    regionsMissing:
      '{missing, plural, one {# subregione non ha} other {# subregioni non hanno}} una quota aggregata.',
    regionsNoMembers: 'Nessuno Stato con una quota calcolata.',
    regionsSummaryEmpty: 'Nessuna subregione ha una quota calcolata per questa selezione.',
    regionsEmptyNoMembers:
      'Nessuna subregione è rappresentata per {region}: le fonti non elencano gli Stati che comprende e l’atlante non li indovina.',
    regionsEmptyNoShare:
      '{count, plural, one {L’unico Stato di {region} non ha} other {Nessuno dei # Stati di {region} ha}} una quota calcolata per questa selezione, quindi nessuna subregione è rappresentata. {reasons}',
    regionsNoPool:
      'nessuna quota aggregata ({states, plural, =0 {nessuno Stato} one {# Stato} other {# Stati}} con una quota)',
    regionsLabel: 'aggregata {pooled}, {women} su {denominator}; mediana {median}',
    regionsStates: '{n, plural, one {# Stato} other {# Stati}} con una quota, {pooled} aggregati',
    pipelineTitle:
      'Quota di donne dal contatto formale alla condanna, e tra le vittime individuate: {scope}, {offence}',
    pipelineTitleOffenders: 'Quota di donne dal contatto formale alla condanna: {scope}, {offence}',
    laterYears:
      'I numeri per sesso per {offence} arrivano al {last}; il periodo mostrato termina nel {to}.',
    laterYearsShow: 'Mostra {from}–{last}',
    pipelineFirstStateOnly:
      'Il percorso giudiziario mostra uno Stato alla volta: {state}. {n, plural, one {L’altro Stato scelto,} other {Gli altri Stati scelti,}} {others}, {n, plural, one {è} other {sono}} affiancati nel confronto.',
    pipelineSubtitle:
      '{from}–{to}. Calcolata dai numeri per sesso, con intervalli al 95%. Un anno mancante, o un totale che triplica da un anno all\u2019altro, lascia un vuoto: nulla viene interpolato.',
    pipelineNote:
      'Le vittime individuate registrate come di sesso femminile sono donne e ragazze di ogni età (la fonte non le distingue per età). Le vittime sono una popolazione diversa dagli autori: le linee sono affiancate, non una sequenza.',
    pipelineSummary: '{scope}, ultimo anno con un dato: {parts}.',
    series_formal_contact: 'Contatto formale',
    series_prosecuted: 'Perseguiti',
    series_convicted: 'Condannati',
    series_victims: 'Vittime individuate',
    computedShare: '{value} calcolata ({women} su {total})',
    computedFromApprox: 'circa {text}, da numeri approssimativi',
    hierarchyTitle:
      'Donne per livello gerarchico, ruolo e posizione nella rete: ogni dato pubblicato',
    hierarchySubtitle:
      'Ogni riga come la riporta la sua fonte: area · periodo, poi fase · mercato · gruppo. Barre: valori esatti (più chiare: approssimativi o una media). Riquadri tra due tacche: intervalli. Riquadri tratteggiati con un lato aperto: limiti, con le parole della fonte.',
    hierarchyGapLevels:
      'Nulla di pubblicato sulle donne a questi livelli gerarchici: {levels}. Questa assenza è un risultato.',
    hierarchyGapRoles: 'Nulla di pubblicato sulle donne in questi ruoli: {roles}.',
    hierarchyNote:
      'I dati provengono da fonti, fasi, definizioni e anni diversi: sono mostrati affiancati, mai sommati.',
    hierarchySummary:
      '{n, plural, one {# dato pubblicato o calcolato} other {# dati pubblicati o calcolati}} sulle donne per posizione, e {context} su altri reati come contesto. Nessun dato a questi livelli: {levels}.',
    marketsTitle: 'Le donne in ciascun mercato criminale, accanto alla diffusione del mercato',
    marketsSubtitle:
      'A sinistra: dati pubblicati sulla quota di donne (tacche: valori; riquadri: intervalli e limiti). A destra: punteggio degli esperti del GI-TOC sulla diffusione del mercato, mediana su {region}.',
    marketsNoteScores:
      'GI-TOC Global Organized Crime Index: punteggi degli esperti da 1 a 10 sulla diffusione di un mercato o di un attore. Solo contesto: non sono disaggregati per sesso e non dicono nulla sulle donne.',
    marketsSummary: '{n} mercati su {total} hanno un dato pubblicato sulle donne: {markets}.',
    marketsWomenHeading: 'Dati pubblicati sulla quota di donne',
    marketsScoreHeading: 'Punteggi GI-TOC (non per sesso)',
    nothingPublished: 'nulla di pubblicato',
    notScored: 'nessun punteggio',
    coverageTitle: 'Che cosa pubblica ogni Stato sugli autori, per fase e anno: {offence}',
    coverageSubtitle:
      'Un numero di donne, solo un numero di uomini, per sesso ma riservati (<5), solo totali, o nulla, {from}–{to}; le ultime colonne coprono l’intero periodo.',
    coverageNote:
      '★ indica i 14 Stati dello studio dell’OSCE del 2023. Cinque stati, mai uniti: un numero di donne pubblicato; solo un numero di uomini (donne <5 o non indicate); numeri per sesso tutti riservati (<5); solo totali; nulla. Ricavati dalle tabelle dell’atlante.',
    coverageSummary:
      'Stati dello studio visualizzati: {study}. Pubblicano un numero di donne nel periodo: {contact} al contatto formale, {prosecuted} all’azione penale, {convicted} alla condanna.',
    coverageSummarySuppressed:
      'Li diffondono solo come riservati (<5), quindi non contati sopra: {suppressedContact} al contatto formale, {suppressedProsecuted} all\u2019azione penale, {suppressedConvicted} alla condanna.',
    coverageSummaryMenOnly:
      'Pubblicano solo un numero di uomini (donne <5 o non indicate), quindi non contati sopra: {menContact} al contatto formale, {menProsecuted} all’azione penale, {menConvicted} alla condanna.',
    coverageStudyMark: "★ Stato coperto dallo studio dell'OSCE del 2023",
    comparisonTitle: 'A confronto: {states}, {offence}',
    comparisonTitleNone: 'A confronto: {offence}',
    comparisonSubtitle:
      'Ultimo anno con una quota in {from}–{to}, per fase, con intervalli al 95%.',
    comparisonSummary: '{stage}, ultimo anno: {parts}.',
    comparisonSummaryOffence: '{stage}, {offence}, ultimo anno: {parts}.',
    listSeparator: '; ',
    updateAvailable: 'È disponibile una nuova versione dell\u2019atlante.',
    updateReload: 'Ricarica con la nuova versione',
    updateUnavailableOffline:
      'La nuova versione non può essere aperta ora: una parte manca su questo dispositivo e non c\u2019è una rete per scaricarla. Questa versione resta aperta; riprovare quando si è connessi.',
    statesCounted: '{count, plural, one {# Stato} other {# Stati}}, come indicato sulla carta',
    pipelineNoShare: 'Pubblicati, ma senza una quota di donne calcolabile nel periodo: {series}.',
    linkVersionNotice:
      'Questo link è stato creato con la versione {link} dei dati; l\u2019atlante contiene ora la versione {current}, quindi alcuni dati possono differire da quelli visti quando il link è stato creato.',
    comparisonSummaryNone: 'Nessuno Stato del confronto ha una quota nel periodo.',
    comparisonNoFigurePartial:
      'Nessun dato: i numeri per sesso coprono meno del 90% delle persone contate',
    comparisonNoFigureTotalOnly: 'Nessun dato: è pubblicato solo il totale',
    comparisonPrompt:
      'Selezionate due o più Stati sulla carta, nel grafico o nell\u2019elenco degli Stati per confrontarli.',
    comparisonLabel: '{share} · {women} su {denominator}, {year}; {years} anni su {of}',
    keyFindingsTitle: "Principali risultati della ricerca dell'OSCE e di fonti correlate",
    keyFindingsNote:
      'Ogni scheda è costruita dalla sua riga di dati; il valore è scritto esattamente come pubblicato.',
    viewRegions: 'Regioni',
    viewStates: 'Stati',
    viewMap: 'Carta',
    viewMarkets: 'Mercati criminali',
    viewHierarchy: 'Gerarchia e posizione nella rete',
    viewPipeline: 'Procedimento penale',
    viewComparison: 'Confronto tra paesi',
    viewCoverage: 'Lacune nei dati',
    viewKeyFindings: 'Principali risultati',
    dataTable: 'Tabella dei dati',
    filterRegion: 'Regione',
    allRegions: "Intera area dell'OSCE",
    filterState: 'Stati',
    addState: 'Aggiungi uno Stato…',
    filterMarket: 'Mercato criminale',
    allMarkets: 'Tutti i mercati',
    filterLevel: 'Livello gerarchico',
    allLevels: 'Tutti i livelli',
    filterPosition: 'Ruolo o posizione nella rete',
    allPositions: 'Tutti i ruoli e le posizioni',
    filterSourceKind: 'Tipo di fonte',
    allSourceKinds: 'Tutti i tipi di fonte',
    periodFrom: 'Da',
    periodTo: 'A',
    observationCountAtLeast:
      'almeno {n, plural, one {# riga di osservazione} other {# righe di osservazione}} dietro i dati visualizzati (alcuni dati sommano più di 1.000 righe, elencate tramite query)',
    observationCount:
      '{n, plural, one {# riga di osservazione} other {# righe di osservazione}} dietro i dati visualizzati',
    listRows: 'Elenca queste righe (CSV)',
    listRowsFailed: 'Non è stato possibile elencare le righe: {reason}.',
    removeState: 'Rimuovi {name}',
    filtersNotApplied: 'Non applicati a questa vista: {fields}.',
    marketNoCounts:
      'Per questo mercato non sono pubblicati numeri per sesso per Stato; le viste per Stato sono vuote. I dati pubblicati che lo riguardano si trovano nelle viste gerarchia e mercati.',
    scopeAll: "intera area dell'OSCE",
    periodLatest: 'ultimo anno per Stato in {from}–{to}',
    columnState: 'Stato',
    columnYear: 'Anno',
    columnShare: 'Quota di donne',
    columnWomen: 'Donne',
    columnDenominator: 'Denominatore',
    columnBasis: 'Base',
    columnStatus: 'Stato del dato',
    columnSource: 'Fonte',
    columnSubregion: 'Subregione',
    columnPooled: 'Quota aggregata',
    columnMedian: 'Mediana degli Stati',
    columnStates: 'Stati con una quota',
    columnExcluded: 'Riservati, esclusi',
    columnArea: 'Area',
    columnPosition: 'Posizione',
    columnValue: 'Valore come pubblicato',
    columnPeriod: 'Periodo',
    columnMarket: 'Mercato',
    columnFigures: 'Dati sulle donne',
    columnScore: 'Punteggio GI-TOC mediano',
    columnSeries: 'Fase',
    columnStage: 'Fase',
    sourcesInView: 'Fonti dei dati visualizzati',
    sourceRowsInView:
      '{n, plural, one {# riga di dati dietro le figure visualizzate} other {# righe di dati dietro le figure visualizzate}}',
    methodLink: 'Metodo: come sono calcolati i dati',
    userDataTitle: 'I vostri dati (CSV o Parquet)',
    userDataPrivate:
      'I vostri file sono letti solo in questo browser: nulla viene caricato da nessuna parte.',
    userDataTemplates: 'Partite dal modello:',
    userTemplate: 'modello delle osservazioni (CSV)',
    userTemplateSources: 'modello delle fonti (CSV)',
    userGuide: 'guida ai codici',
    userExample: 'piccolo file di esempio',
    userChoose: 'Scegliete o trascinate i file',
    userPreview:
      'Le prime righe come sono state lette: verificate nomi e accenti prima di caricare.',
    userYears: 'I vostri dati coprono {first}–{last}; il periodo è stato ampliato per includerli.',
    userYearsOutside:
      'I vostri dati coprono {first}–{last}, fuori dagli anni mostrati dall\u2019atlante ({min}–{max}): sono caricati ma nessuna vista può mostrarli.',
    userReading: 'Lettura di {file}: {percent}',
    userStaging: 'Caricamento di {file} nel motore di interrogazione…',
    userChecking: 'Controllo delle righe: regola {n} di {total}',
    userCancel: 'Annulla',
    userCancelled: 'Lettura interrotta; non è stato caricato nulla.',
    userErrors:
      '{n, plural, one {# problema trovato} other {# problemi trovati}}; nulla è stato caricato. Correggete il file e caricatelo di nuovo.',
    userValid: '{n, plural, one {# riga è valida} other {# righe sono valide}}.',
    userConfirm: 'Caricare nonostante gli avvisi qui sopra',
    userLabel: 'Nome mostrato per i vostri dati',
    userDefaultLabel: 'I vostri dati',
    userAlone: 'Mostrare solo i vostri dati nelle viste per Stato',
    userBeside: 'Mantenere i dati inclusi nelle viste per Stato; i vostri dati compaiono accanto',
    userRemember: 'Conservare i miei dati in questo browser dopo un ricaricamento',
    userRememberOneCopy:
      'Il browser conserva una sola copia per tutte le schede dell’atlante: conservare dati in una scheda sostituisce quelli conservati da un’altra.',
    userLoad: 'Carica i miei dati',
    userLoaded:
      '{label}: {n, plural, one {# riga caricata} other {# righe caricate}}, indicate come vostre in ogni vista ed esportazione.',
    userForget: 'Dimentica i miei dati',
    'figure_states-chart': 'Stati (grafico a barre)',
    figure_map: 'Carta',
    figure_regions: 'Regioni',
    figure_pipeline: 'Procedimento penale',
    figure_comparison: 'Confronto tra paesi',
    figure_hierarchy: 'Gerarchia e posizione nella rete',
    figure_markets: 'Mercati criminali',
    figure_coverage: 'Lacune nei dati',
    deckLabel: 'Presentazione',
    deckFigure: 'Figura per la diapositiva',
    deckAdd: 'Aggiungi questa vista alla presentazione',
    deckCount: '{n, plural, one {# diapositiva} other {# diapositive}} nella presentazione',
    deckPresent: 'Presenta (tasti freccia, Esc per uscire)',
    deckSave: 'Salva la presentazione',
    deckLoad: 'Carica una presentazione',
    deckClear: 'Svuota la presentazione',
    deckTooLarge: 'il file supera 1\u00a0MB, quindi non è una presentazione di questo atlante',
    deckSlideWarning: 'Diapositiva {n}: {text}',
    deckLoadError: 'Non è stato possibile caricare la presentazione: {error}.',
    deckOtherVersion:
      'Presentazione caricata; è stata salvata con la versione {version} dei dati, i valori possono differire.',
    deckLoaded: '{n, plural, one {# diapositiva caricata} other {# diapositive caricate}}.',
    deckDownload: 'Scarica la presentazione (PowerPoint)',
    deckPrint: 'Stampa la presentazione (PDF)',
    deckWorking: 'Preparazione della presentazione…',
    deckWritten:
      '{n, plural, one {Presentazione di # diapositiva salvata.} other {Presentazione di # diapositive salvata.}}',
    deckFailed: 'Non è stato possibile salvare la presentazione: {error}.',
    deckLeftOut: 'Omesse perché non è stato possibile disegnarle: {figures}.',
    deckMethodNotes: 'Note di metodo su questa figura (non sulla diapositiva)',
    deckNoPoints:
      'Nessun punto di discussione si basa sulle righe dei filtri di questa diapositiva.',
    deckPrintHint:
      'Nella finestra di stampa scegliete «Salva come PDF»: ogni diapositiva è una pagina 16:9.',
    exportLabel: 'Esporta questa figura',
    copyLink: 'Copia il link',
    linkCopied: 'Link copiato',
    copyFigure: 'Copia la figura',
    figureCopied:
      '{pages, plural, one {Figura copiata} other {Pagina 1 di # copiata}} come immagine, con il riepilogo come testo (testo alternativo).',
    clipboardUnsupported:
      "Questo browser non può copiare un'immagine negli appunti: il PNG è stato scaricato al suo posto.",
    clipboardRefused:
      "Il browser ha negato l'accesso agli appunti: il PNG è stato scaricato al suo posto.",
    pngReduced:
      'Il PNG era troppo grande per questo browser: è stato creato a {scale}× ({width} × {height} px) invece di {asked}×.',
    rasterFailed:
      "In questo browser non è stato possibile creare il PNG della figura. Scarica invece l'SVG.",
    exportFailed: "L'esportazione non è riuscita: {reason}.",
    embedCode: 'Incorpora',
    embedCodeLabel: 'Codice per incorporare questa figura in una pagina web',
    embedCopied: "Codice di incorporamento copiato. Incollalo nell'HTML della pagina web.",
    embedNeedsAddress:
      "Imposta prima l'indirizzo pubblico dell'atlante in Strumenti: un incorporamento che punta a questo computer non si aprirebbe altrove.",
    embedFrameTitle: "{figure}, dall'Atlante delle donne nella criminalità organizzata",
    openInAtlas: "Apri nell'atlante",
    embedLoading: 'Caricamento della figura…',
    embedUnknownFigure: "Questo incorporamento non indica alcuna figura dell'atlante.",
    exportSize: 'Dimensione dell\u2019esportazione',
    publicAddress: 'Indirizzo pubblico dell\u2019atlante (per i link)',
    exportDate: 'Esportato',
    cite: 'Come citare',
    atlasName: 'Atlante delle donne nella criminalità organizzata',
    datasetVersion: 'versione dei dati',
    permalinkLabel: 'Link permanente',
    preset_screen: 'Larghezza dello schermo',
    preset_slide: 'Diapositiva 16:9 (1920 px)',
    preset_a4: 'Colonna A4 verticale',
    preset_square: 'Quadrato (1080 px)',
    stagePhrase_formal_contact: 'entrate in contatto formale con la polizia',
    stagePhrase_prosecuted: 'perseguite',
    stagePhrase_convicted: 'condannate',
    shareWithInterval: '{share} ({low}–{high}%)',
    noteYearRule:
      'Ogni Stato mostra il suo ultimo anno nel periodo con una quota calcolabile (altrimenti il suo ultimo anno con un numero); l\u2019anno è indicato per ogni Stato.',
    noteInterval:
      'Tra parentesi e come baffi: l\u2019intervallo al 95% di una quota calcolata (punteggio di Wilson). Mostra quanto una quota basata su poche persone potrebbe variare per caso; non copre le differenze nel modo in cui gli Stati contano.',
    noteSmallCount:
      'Meno di 30 persone dietro la quota (disegnata vuota o più chiara; leggere con cautela): {names}.',
    noteSmallCountHollow: 'Segni vuoti: quote calcolate su meno di 30 persone.',
    smallCountShort: 'meno di 30 persone',
    noteNoDataAll:
      'Nessun dato per questo reato, questa fase e questo periodo: {count} dei 57 Stati partecipanti{kosovo, plural, =1 {, e Kosovo*} other {}}.',
    noteNoDataSelection:
      'Nessun dato per questo reato, questa fase e questo periodo: {count} dei {total} Stati della selezione «{scope}»{kosovo, plural, =1 {, e Kosovo*} other {}}. Gli Stati esterni non sono contati.',
    noteOutside:
      'In grigio chiaro, senza tratteggio: Stati fuori dalla selezione ({scope}), non dati mancanti.',
    noteOnlyStage: 'Questo reato è pubblicato in una sola fase: persone {stage}.',
    noteDrugOffences:
      'Persone entrate in contatto formale per reati di traffico di stupefacenti (definizioni nazionali; include reati di offerta non legati alla criminalità organizzata).',
    offence_human_trafficking: 'tratta di persone',
    offence_drug_trafficking: 'reati di traffico di stupefacenti (tutte le droghe)',
    offence_drug_trafficking_cannabis: 'reati di traffico di stupefacenti (cannabis)',
    offence_drug_trafficking_cocaine: 'reati di traffico di stupefacenti (cocaina)',
    offence_drug_trafficking_ats:
      'reati di traffico di stupefacenti (stimolanti di tipo anfetaminico)',
    offence_drug_trafficking_opioids: 'reati di traffico di stupefacenti (oppioidi)',
    tooltipOutside: 'Fuori dalla selezione',
    legendOutside: 'Fuori dalla selezione',
    legendSmallCount: 'Meno di 30 persone (più chiaro)',
    legendCount: '{label}: {count, plural, one {# Stato} other {# Stati}}',
    legendTotalOrPartial: 'Solo totali, o sesso noto per <90%',
    describeShare:
      '{name}, {year}: {share} (intervallo al 95% {low}–{high}%), su {persons, plural, one {# persona} other {# persone}}',
    describeShareNoInterval: '{name}, {year}: {share}',
    summaryCount:
      '{count, plural, one {# Stato} other {# Stati}} ({scope}) {count, plural, one {ha} other {hanno}} una quota calcolata.',
    summaryHighest:
      'La più alta, con un intervallo interamente al di sopra di quello di ogni altro Stato: {state}.',
    summaryLowest:
      'La più bassa, con un intervallo interamente al di sotto di quello di ogni altro Stato: {state}.',
    summaryTop:
      'Dall\u2019alto (i loro intervalli si sovrappongono, quindi nessuno Stato viene distinto): {states}.',
    summaryBottom: 'Dal basso: {states}.',
    summarySmall:
      '{count, plural, one {# quota si basa} other {# quote si basano}} su meno di 30 persone.',
    summaryMissingAll:
      '{count, plural, one {# dei 57 Stati partecipanti non ha} other {# dei 57 Stati partecipanti non hanno}} dati.',
    summaryMissingSelection:
      '{count, plural, one {# dei {total} Stati della selezione ({scope}) non ha} other {# dei {total} Stati della selezione ({scope}) non hanno}} dati.',
    pageOf: '{page} di {pages}',
    permalinkLine: 'Link permanente: {url}',
    exportedOn: 'Esportato il {date}',
    citation: 'Come citare: {atlas}, «{title}», versione dei dati {version}, {date}.',
    valueExact: '{value}',
    valueApprox: 'circa {value}',
    valueAverage: 'in media {value}',
    valueAtLeast: 'almeno {value}',
    valueMoreThan: 'più di {value}',
    valueAtMost: 'al massimo {value}',
    valueUpTo: 'fino a {value}',
    valueLessThan: 'meno di {value}',
    valueAlmost: 'quasi {value}',
    valueRange: '{low}–{high}',
    valueSuppressed: 'meno di 5',
    asPublished: '{value} (come pubblicato)',
    menShareAsPublished: 'uomini: {value} (come pubblicato; quota di donne non pubblicata)',
    allPersons: 'Tutte le persone',
    contextHeading: 'Solo contesto: non criminalità organizzata',
    notStated: 'non indicato',
    regionsNoteInterval:
      'L\u2019intervallo di una quota aggregata è quello dei numeri aggregati, come se fossero un solo campione; non copre le differenze tra Stati.',
    regionsNoteRanks:
      'Quota aggregata e mediana ordinano le subregioni in modo diverso: aggregata {pooled}; mediana {median}.',
    regionsRankDiffer:
      'La quota aggregata e la mediana degli Stati ordinano le subregioni in modo diverso.',
    regionsDescribe:
      '{region} {share}, {women} su {denominator} aggregati su {states, plural, one {# Stato} other {# Stati}}',
    regionsMembers: 'Stati e anni: {states}',
    pipelineTitleDrugs: 'Quota di donne nel tempo: {scope}, {offence}',
    pipelineNotePanel:
      'Per un gruppo di Stati, ogni linea aggrega solo gli Stati che pubblicano donne e uomini in ogni anno mostrato, senza interruzioni nella loro serie, così l\u2019insieme degli Stati non cambia mai lungo una linea.',
    pipelineNotePanelSeries:
      '{series}: aggregata su {count, plural, one {# Stato} other {# Stati}} ({states}); {leftOut, plural, =0 {nessuno escluso} one {# Stato con lacune escluso} other {# Stati con lacune esclusi}}.',
    pipelineNoteNoPanel:
      '{series}: nessuna linea, perché nessuno Stato pubblica donne e uomini in ogni anno mostrato ({leftOut, plural, one {# Stato} other {# Stati}} con lacune).',
    pipelineNoteBreak:
      '{series}: possibile interruzione della serie tra {from} e {to} (il totale cambia di {ratio} volte); disegnata come un vuoto.',
    pipelineSummaryEmpty: '{scope}: nessuna quota può essere tracciata per questi filtri.',
    marketsStatesTitle: 'Quota di donne per reato e fase, Stato per Stato: {scope}',
    marketsStatesSubtitle:
      'Ultimo anno con una quota in {from}–{to}; punti con intervalli al 95% (vuoti: meno di 30 persone). A destra: punteggi GI-TOC 2023 dei mercati correlati, da 1 a 10, non per sesso.',
    marketsStatesSummary:
      '{states, plural, one {# Stato ha} other {# Stati hanno}} una quota per almeno un reato: {contact} al contatto formale, {prosecuted} all\u2019azione penale e {convicted} alla condanna per tratta di persone; {drugs} per reati di traffico di stupefacenti.',
    marketsNoteOffences:
      'Tratta di persone: UNODC, persone entrate in contatto formale, perseguite e condannate. Reati di traffico di stupefacenti: Rapporto mondiale sulla droga dell\u2019UNODC, solo persone entrate in contatto formale (definizioni nazionali; include reati di offerta non legati alla criminalità organizzata). Reati e fasi diversi non vengono mai sommati.',
    marketsNoteDrugMapping:
      'I reati di droga sono letti accanto ai mercati della droga del GI-TOC solo in modo approssimativo: cannabis con il commercio di cannabis, cocaina con il commercio di cocaina, stimolanti di tipo anfetaminico con il commercio di droghe sintetiche, oppioidi con il commercio di eroina.',
    scoresSummary: 'Punteggi di mercato GI-TOC più alti ({edition}, non per sesso): {markets}.',
    scoresSummaryEmpty: 'L\u2019indice GI-TOC non dà punteggi per questo Stato.',
    scoresNone: 'Nessun punteggio GI-TOC: l\u2019indice non copre questo Stato.',
    scoresNoteEditions: 'Barre: l\u2019edizione {latest}; tacche nere: l\u2019edizione {earlier}.',
    actor_mafia_style_groups: 'Gruppi di tipo mafioso',
    actor_criminal_networks: 'Reti criminali',
    actor_state_embedded_actors: 'Attori inseriti nello Stato',
    actor_foreign_actors: 'Attori stranieri',
    actor_private_sector_actors: 'Attori del settore privato',
    profileTrends: 'Quota di donne nel tempo, per reato e fase',
    profileFigures: 'Dati pubblicati su questo Stato',
    profileScores: 'Punteggi GI-TOC di mercati e attori',
    profileCoverage: 'Che cosa pubblica questo Stato, e che cosa no',
    profileTrendsTitle: '{state}: quota di donne per reato e fase, nel tempo',
    profileTrendsSubtitle:
      'Calcolata dai numeri per sesso (UNODC), con intervalli al 95%; vuoti negli anni mancanti e nelle possibili interruzioni di una serie.',
    profileTrendsOutside:
      'Questo andamento mostra tutti gli anni pubblicati, anche quelli fuori dal periodo usato altrove in questa pagina ({from}–{to}): {years}.',
    profileFiguresTitle: '{state}: quote di donne pubblicate',
    profileScoresTitle: '{state}: punteggi GI-TOC di mercati e attori criminali',
    profileScoresSubtitle: 'Punteggi degli esperti da 1 a 10 sulla diffusione; non per sesso.',
    profileCoverageTitle: '{state}: che cosa è pubblicato sugli autori, per reato, fase e anno',
    profileCoverageSummary:
      '{offence}, per fase nel periodo: un numero di donne: {published}; solo un numero di uomini: {menOnly}; solo riservati (<5): {suppressed}; solo totali: {totalOnly}.',
    profileInStudy: "{state} è uno dei 14 Stati coperti dallo studio dell'OSCE del 2023.",
    profileNotInStudy: "{state} non è tra i 14 Stati coperti dallo studio dell'OSCE del 2023.",
    profileOffenceLatest: '{offence}, ultima quota di donne: ',
    profileOffenceNone:
      '{offence}: nessuna quota di donne può essere calcolata dai numeri pubblicati per questo Stato.',
    profileShare:
      '{women, plural, one {# donna} other {# donne}} su {persons} persone, {share} (intervallo al 95% {low}–{high}%)',
    profileSource: 'Fonte: {source}.',
    profileFiguresCount:
      '{count, plural, one {# altro dato pubblicato riguarda} other {# altri dati pubblicati riguardano}} {state}, per esempio ',
    profileFiguresNone: 'Non è stato trovato nessun altro dato pubblicato su {state}.',
    profileScoresNone: 'L\u2019indice GI-TOC non dà punteggi per questo Stato.',
    profileBack: '← Torna all\u2019atlante',
    profileOther: 'Un altro Stato',
    profilePrint: 'Stampa o salva in PDF',
    profileMethodNote:
      "Le quote sono calcolate dall'atlante a partire dai numeri pubblicati; vedere il metodo. Confini e nomi non implicano approvazione da parte dell'OSCE o delle Nazioni Unite.",
    talkingPoints: 'Punti di discussione',
    pointsIntro:
      "Frasi che l'atlante compone dalle righe di dati visualizzate, prima le evidenze più solide, ciascuna con la sua nota. Potete deselezionarle o riordinarle; la scelta resta nell'indirizzo.",
    pointsNone: 'Le righe visualizzate non consentono alcuna frase citabile con sicurezza.',
    pointsCopy: 'Copia',
    pointsCopied:
      'Copiati: {count, plural, one {# punto} other {# punti}} con le note, come testo formattato e testo semplice.',
    pointsCopyFailed:
      'Il browser non ha consentito la copia; selezionate i punti e copiateli a mano.',
    pointsInclude: 'Includi',
    pointsMoveUp: 'Sposta su',
    pointsMoveDown: 'Sposta giù',
    pointsNotes: 'Note',
    pointsLeftOut: 'Non inclusi',
    briefDocx: 'Nota informativa (Word)',
    briefPdf: 'Nota informativa (PDF)',
    briefFailed: 'Non è stato possibile creare la nota informativa: {reason}.',
    pointKind_stage_share: 'Quota in una fase',
    pointKind_trend: 'Andamento nel tempo',
    pointKind_pipeline: 'Filiera della giustizia',
    pointKind_comparison: 'Confronto',
    pointKind_published: 'Dato pubblicato',
    pointKind_data_gap: 'Lacuna nei dati',
    pointGroup_formal_contact: 'persone entrate in contatto formale con la polizia',
    pointGroup_prosecuted: 'persone perseguite',
    pointGroup_convicted: 'persone condannate',
    pointAreaNamed: '{names}',
    pointAreaPooled:
      '{scope}, {count, plural, one {# Stato che pubblica} other {# Stati che pubblicano}} donne e uomini in ogni anno',
    pointShare_formal_contact:
      '{area}, {offence}, {yearText}: su {persons, plural, one {{personsText} persona entrata in contatto formale con la polizia} other {{personsText} persone entrate in contatto formale con la polizia}}, {women, plural, one {{womenText} era una donna} other {{womenText} erano donne}}, pari al {shareText} (intervallo al 95% {lowText}–{highText}%).',
    pointShare_prosecuted:
      '{area}, {offence}, {yearText}: su {persons, plural, one {{personsText} persona perseguita} other {{personsText} persone perseguite}}, {women, plural, one {{womenText} era una donna} other {{womenText} erano donne}}, pari al {shareText} (intervallo al 95% {lowText}–{highText}%).',
    pointShare_convicted:
      '{area}, {offence}, {yearText}: su {persons, plural, one {{personsText} persona condannata} other {{personsText} persone condannate}}, {women, plural, one {{womenText} era una donna} other {{womenText} erano donne}}, pari al {shareText} (intervallo al 95% {lowText}–{highText}%).',
    pointSuppressed_formal_contact:
      '{area}, {offence}, {yearText}: il numero di donne entrate in contatto formale con la polizia non è pubblicato: la fonte non pubblica valori inferiori a 5 (segreto statistico).',
    pointSuppressed_prosecuted:
      '{area}, {offence}, {yearText}: il numero di donne perseguite non è pubblicato: la fonte non pubblica valori inferiori a 5 (segreto statistico).',
    pointSuppressed_convicted:
      '{area}, {offence}, {yearText}: il numero di donne condannate non è pubblicato: la fonte non pubblica valori inferiori a 5 (segreto statistico).',
    pointSmallCountSome:
      'Almeno una di queste quote si basa su meno di 30 persone: un numero esiguo, da leggere con cautela.',
    pointSmallCount:
      'Questa quota si basa su meno di 30 persone: un numero esiguo, da leggere con cautela.',
    pointTrendRose:
      '{area}, {offence}, {group}: la quota di donne è salita dal {fromShareText} nel {fromYearText} ({fromWomenText} su {fromPersonsText}; intervallo al 95% {fromLowText}–{fromHighText}%) al {toShareText} nel {toYearText} ({toWomenText} su {toPersonsText}; intervallo al 95% {toLowText}–{toHighText}%); i due intervalli non si sovrappongono.',
    pointTrendFell:
      '{area}, {offence}, {group}: la quota di donne è scesa dal {fromShareText} nel {fromYearText} ({fromWomenText} su {fromPersonsText}; intervallo al 95% {fromLowText}–{fromHighText}%) al {toShareText} nel {toYearText} ({toWomenText} su {toPersonsText}; intervallo al 95% {toLowText}–{toHighText}%); i due intervalli non si sovrappongono.',
    pointTrendOverlap:
      '{area}, {offence}, {group}: la quota di donne era del {fromShareText} nel {fromYearText} ({fromWomenText} su {fromPersonsText}; intervallo al 95% {fromLowText}–{fromHighText}%) e del {toShareText} nel {toYearText} ({toWomenText} su {toPersonsText}; intervallo al 95% {toLowText}–{toHighText}%); i due intervalli si sovrappongono, quindi la differenza può essere dovuta al caso.',
    pointPipeline: '{area}, {offence}, {yearText}, quota di donne per fase: {listText}.',
    pointPipelineItem:
      '{group} {shareText} ({womenText} su {personsText}; intervallo al 95% {lowText}–{highText}%)',
    pointCompareHigher:
      '{area}, {offence}, {group}: la quota di donne, {shareText} nel {yearText} ({womenText} su {personsText}; intervallo al 95% {lowText}–{highText}%), è più alta che nella sottoregione «{region}» nel suo insieme, {regionShareText} ({regionWomenText} su {regionPersonsText} in {count, plural, one {# Stato} other {# Stati}}, ultimo anno per Stato nel {from}–{to}; intervallo al 95% {regionLowText}–{regionHighText}%); gli intervalli non si sovrappongono.',
    pointCompareLower:
      '{area}, {offence}, {group}: la quota di donne, {shareText} nel {yearText} ({womenText} su {personsText}; intervallo al 95% {lowText}–{highText}%), è più bassa che nella sottoregione «{region}» nel suo insieme, {regionShareText} ({regionWomenText} su {regionPersonsText} in {count, plural, one {# Stato} other {# Stati}}, ultimo anno per Stato nel {from}–{to}; intervallo al 95% {regionLowText}–{regionHighText}%); gli intervalli non si sovrappongono.',
    pointCompareOverlap:
      '{area}, {offence}, {group}: la quota di donne, {shareText} nel {yearText} ({womenText} su {personsText}; intervallo al 95% {lowText}–{highText}%), è non nettamente diversa da quella nella sottoregione «{region}» nel suo insieme, {regionShareText} ({regionWomenText} su {regionPersonsText} in {count, plural, one {# Stato} other {# Stati}}, ultimo anno per Stato nel {from}–{to}; intervallo al 95% {regionLowText}–{regionHighText}%); gli intervalli si sovrappongono, quindi non si può affermare una differenza.',
    pointHighest:
      '{area}, {offence}, {group}, ultimo anno per Stato nel {from}–{to}: la quota di donne più alta è quella di {state}, {shareText} nel {yearText} ({womenText} su {personsText}; intervallo al 95% {lowText}–{highText}%); il suo intervallo è interamente al di sopra di quelli {others, plural, one {dell’altro Stato} other {degli altri # Stati}} con una quota.',
    pointLowest:
      '{area}, {offence}, {group}, ultimo anno per Stato nel {from}–{to}: la quota di donne più bassa è quella di {state}, {shareText} nel {yearText} ({womenText} su {personsText}; intervallo al 95% {lowText}–{highText}%); il suo intervallo è interamente al di sotto di quelli {others, plural, one {dell’altro Stato} other {degli altri # Stati}} con una quota.',
    pointAllMarkets: 'tutti i mercati criminali',
    pointPositionGroup: '{position} ({group})',
    pointPublishedComputed:
      '{area}, {market}, {periodText}, {position}: {women, plural, one {{womenText} donna} other {{womenText} donne}} su {persons, plural, one {{personsText} persona} other {{personsText} persone}}, pari al {shareText} (intervallo al 95% {lowText}–{highText}%; calcolato dall’atlante sui valori pubblicati da {publisherText}).',
    pointPublishedShare:
      '{area}, {market}, {periodText}, {position}: quota di donne {valueText}, come pubblicata da {publisherText}.',
    pointGapNone:
      '{area}, {offence}, {group}, {from}–{to}: la fonte non pubblica alcun dato per questa fase, quindi la parte delle donne non è nota.',
    pointGapTotalOnly:
      '{area}, {offence}, {group}, {from}–{to}: sono pubblicati solo i totali, senza il numero di donne, quindi non si può calcolare una quota.',
    pointGapSuppressed:
      '{area}, {offence}, {group}, {from}–{to}: dove esiste un dato, il numero di donne non è pubblicato (meno di 5, segreto statistico), quindi non si può indicare una quota.',
    pointGapGroup:
      '{area}, {offence}, {group}, {from}–{to}: {publishingText} dei {count, plural, one {# Stato considerato} other {# Stati considerati}} pubblicano un numero di donne per almeno un anno; gli altri nessuno.',
    pointNoteSource: '{publisherText}, {titleText}, {year}, {urlText}',
    pointNoteSourceLocated: '{publisherText}, {titleText}, {year}, {locator}, {urlText}',
    pointNote: '{sourcesText}. Consultato tramite «{atlas}», versione dei dati {version}.',
    briefTitle: 'Nota informativa: {selection}',
    briefDated: '{date} · versione dei dati {version}',
    briefSelectionState: '{state}, profilo dello Stato',
    briefSelectionAtlas: '{scope}, {offence}, {group}, {from}–{to}',
    briefFigures: 'Figure',
    briefNoFigures:
      'Le figure non sono incluse in questo file; esportatele dall’atlante con le loro fonti.',
    briefCiteHeading: 'Come citare',
    briefCite: '{atlas}, nota informativa «{selection}», versione dei dati {version}, {date}.',
    briefTermsHeading: 'Condizioni di riutilizzo',
    briefTermsAtlas:
      'Le frasi e le note sono scritte dall’atlante (codice con licenza MIT); i dati appartengono a chi li pubblica e sono riutilizzati secondo le condizioni di ciascuna fonte:',
    briefTermsSource: '{publisher}: {terms}.',
    briefClose: 'Chiudi',
    briefPrintHint: 'Nella finestra di stampa scegliete A4 e «Salva come PDF».',
    openProfile: 'Apri il profilo',
    'figure_market-figures': 'Dati pubblicati per mercato',
    'figure_profile-trends': 'Profilo dello Stato: andamenti',
    'figure_profile-figures': 'Profilo dello Stato: dati pubblicati',
    'figure_profile-scores': 'Profilo dello Stato: punteggi GI-TOC',
    'figure_profile-coverage': 'Profilo dello Stato: che cosa è pubblicato',
    urlReason_unknown_code: '{param}={value}: non è un codice noto',
    urlReason_unknown_region: '{param}={value}: non è una regione dell\u2019atlante',
    urlReason_not_a_year: '{param}={value}: non è un anno coperto dall\u2019atlante',
    urlReason_not_a_state: '{param}={value}: non è uno Stato partecipante né il Kosovo',
    urlReason_unknown_language: '{param}={value}: non è una delle lingue dell\u2019atlante',
    urlReason_not_a_flag: '{param}={value}: dovrebbe essere 0 o 1',
    urlReason_repeated: '{param} è stato indicato più volte: {applied} applicato, {value} ignorato',
    urlReason_unknown_param: '{param}: non è un’impostazione dell’atlante',
    urlReason_too_many: '{param}={value}: si possono scegliere al massimo 8 Stati',
    urlReason_from_after_to:
      '{param}={value}: il periodo inizia dopo la sua fine; è mostrato il periodo predefinito',
    columnEdition: 'Edizione',
    columnGroup: 'Gruppo contato',
    columnIndicator: 'Indicatore',
    columnIndicatorKind: 'Tipo',
    columnIntervalHigh: 'Intervallo al 95%, superiore',
    columnIntervalLow: 'Intervallo al 95%, inferiore',
    columnMen: 'Uomini',
    columnQualifier: 'Come pubblicato',
    columnSex: 'Quota di chi',
    columnSmallCount: 'Meno di 30 persone',
    columnTotal: 'Totale pubblicato',
    columnValueHigh: 'Limite superiore',
    columnOutOf: 'Su (numero di donne di cui fa parte)',
    columnValueLow: 'Limite inferiore',
    columnValueNumber: 'Valore',
    men: 'uomini',
    women: 'donne',
    yes: 'sì',
    skipToMap: 'Vai alla carta',
    skipToFilters: 'Vai ai filtri',
    skipToContent: 'Vai al contenuto',
    updating: 'Aggiornamento dei dati…',
    tools: 'Strumenti: dimensione dell\u2019esportazione, i vostri dati, presentazione',
    marketsWithCounts: 'Con numeri per sesso per Stato',
    marketsOther: 'Altri mercati (solo dati pubblicati)',
    shareInstead:
      'Non è impostato alcun indirizzo pubblico dell’atlante: un link a questo computer non si aprirebbe altrove. Condividete invece la figura come file (vi sono indicati fonte e filtri) oppure impostate l’indirizzo.',
    shareInsteadDismiss: 'Non ora',
    linkNeedsAddress:
      'Impostate prima l\u2019indirizzo pubblico dell\u2019atlante in Strumenti: i link a questo computer non si aprirebbero altrove.',
    exportFigure: 'Esporta {figure}:',
    csvExcel: 'CSV per Excel',
    noPublicAddress:
      'Non è impostato alcun indirizzo pubblico dell\u2019atlante, quindi la figura non può contenere un link che altri possano aprire. Impostatelo, oppure esportate senza link (i filtri restano nel sottotitolo e nei metadati del file).',
    setPublicAddress: 'Imposta l\u2019indirizzo pubblico',
    exportWithoutLink: 'Esporta senza link',
    profileScoresSentence: 'Punteggi di mercato GI-TOC ({edition}, non per sesso), i più alti: ',
    ariaPoints: 'quote per anno',
    ariaComparison: 'quote per Stato e fase',
    ariaCoverage: 'che cosa è pubblicato, per Stato, fase e anno',
    ariaMarkets: 'mercati',
    ariaPublished: 'dati pubblicati',
    ariaShareBars: 'barre delle quote',
    ariaShareLabels: 'etichette delle quote',
    inFile: '{file}: {text}',
    issueError: 'ERRORE',
    issueWarning: 'AVVISO',
    issueRow: 'riga {line}',
    issueFileRow: '{file} riga {line}',
    issueValue: ' (valore: «{value}»)',
    issueAllowed: ' Ammesso: {allowed}.',
    issueLine: '{severity} {where}: {message}{value}.{allowed}',
    issue_required: 'è richiesto un valore',
    issue_not_identifier: 'identificativo non valido',
    issue_not_id_list: 'non è un elenco di identificativi',
    issue_unknown_code: 'codice sconosciuto',
    issue_not_year: 'non è un anno',
    issue_not_number: 'non è un numero',
    issue_not_boolean: 'non è un valore booleano',
    issue_not_url: 'non è un indirizzo web',
    issue_not_iso_numeric: 'non è un codice numerico ISO a 3 cifre',
    issue_not_utf8:
      'il file non è un testo UTF-8 valido (è stato trovato un carattere illeggibile)',
    issue_not_csv: 'il file non è un CSV valido: {detail}',
    csv_after_quote: 'riga {line}: carattere inatteso dopo le virgolette di chiusura',
    csv_unterminated: 'riga {line}: campo tra virgolette non chiuso',
    issue_missing_columns:
      '{n, plural, one {colonna mancante} other {colonne mancanti}} per la tabella «{table}»',
    issue_unknown_column: 'colonna sconosciuta per la tabella «{table}»',
    issue_duplicate_column: 'colonna presente più volte nell’intestazione',
    issue_more_rows:
      '{n, plural, one {# altra riga viola} other {altre # righe violano}} la stessa regola nella colonna {column}; sono elencate solo le prime {shown}',
    issue_more_ragged:
      '{n, plural, one {# altra riga non ha} other {altre # righe non hanno}} il numero giusto di celle; sono elencate solo le prime {shown}',
    issue_cell_count: 'ha {cells} celle ma l’intestazione ne ha {header}',
    issue_spaces: 'ha spazi iniziali o finali',
    issue_duplicate_id: '{key} duplicato; usato la prima volta alla riga {first}',
    issue_conflict:
      'in conflitto con {where} ({value}): stessa area, periodo, popolazione, mercato, gerarchia, ruolo, tipo di organizzazione, fase, sesso, misura, unità, fonte e gruppo contato (denominatore) ma un valore diverso; nessuna delle due righe viene caricata',
    issue_duplicate_score: 'punteggio duplicato per {key}; la prima volta alla riga {first}',
    issue_unknown_state: 'Stato sconosciuto',
    issue_unknown_member: 'Stato sconosciuto in members',
    issue_no_source: 'nessuna fonte con questo identificativo',
    issue_score_range: 'un punteggio dell’indice è compreso tra 1 e 10',
    issue_duplicate_obs: 'obs_id duplicato; usato la prima volta in {first}',
    issue_unknown_area: 'area sconosciuta',
    issue_ends_before: 'finisce prima di iniziare',
    issue_period_both: 'indicate sia period_start sia period_end, o nessuno dei due',
    issue_period_unknown: 'il periodo è sconosciuto: indicate che cosa ne dice la fonte',
    issue_other_needs_note: 'la fase «other» richiede una nota che dica che cosa conta il dato',
    issue_needs_value: 'il qualificatore «{qualifier}» richiede un valore',
    issue_no_bounds:
      'il qualificatore «{qualifier}» non ammette limiti; usate «range» per un intervallo',
    issue_range_both: 'un intervallo richiede value_low e value_high',
    issue_range_no_value: 'un intervallo non ha un valore unico; lasciate vuoto value',
    issue_low_above_high: 'il limite inferiore supera quello superiore ({high})',
    issue_lower_only: '«{qualifier}» ammette solo value_low',
    issue_upper_only: '«{qualifier}» ammette solo value_high',
    issue_suppressed_empty: 'un valore riservato resta vuoto (l’ente produttore mostra «<5»)',
    issue_share_range: 'una quota è in percentuale e deve essere compresa tra 0 e 100',
    issue_count_whole: 'un numero di persone deve essere un intero, 0 o più',
    issue_text_untranslated:
      'le parole proprie dell’atlante richiedono una riga in data/texts.csv in tutte e sei le lingue',
    issue_text_languages: 'manca in: {list}',
    issue_text_unused: 'nessuna osservazione usa questo testo',
    allowed_id:
      'lettere, cifre e _ . : - (al massimo 64 caratteri, a partire da una lettera o una cifra)',
    allowed_id_list: 'identificativi separati da singoli spazi, ad es. «ALB BIH MKD»',
    allowed_list: '{list}',
    allowed_year: 'un anno a quattro cifre tra 1900 e 2100',
    allowed_number: 'un numero con il punto come separatore decimale, ad es. 12 o 12.5',
    allowed_bool: 'true o false',
    allowed_url: 'un indirizzo che inizia con http:// o https://',
    allowed_iso_numeric: 'tre cifre, ad es. 056',
    allowed_text: 'qualsiasi testo',
    allowed_utf8: 'testo UTF-8; salvate il file come «CSV UTF-8»',
    allowed_each_once: 'ogni identificativo una sola volta',
    allowed_each_once_all: 'ogni identificativo una sola volta in tutti i file',
    allowed_one_value: 'un valore per chiave',
    allowed_six_languages: 'il testo in inglese, francese, tedesco, italiano, russo e spagnolo',
    allowed_source: 'un source_id elencato in sources',
    allowed_area: 'un codice iso3 di countries o un codice di regione di regions',
    allowed_year_from: 'un anno a partire dal {start}',
    allowed_period_note: 'un breve testo, ad es. «not stated»',
    allowed_iso3: 'un codice iso3 di countries',
    allowed_iso3_list: 'codici iso3 di countries',
    allowed_score: 'da 1 a 10',
    allowed_percent: 'da 0 a 100',
    allowed_whole: 'numeri interi',
    file_utf16: 'UTF-16 ({endian}, come lo salva il «testo Unicode» di Excel): letto come tale.',
    file_utf16_little: 'little-endian',
    file_utf16_big: 'big-endian',
    file_utf16_invalid:
      'Il file inizia come UTF-16 ma non è UTF-16 valido. Salvatelo come «CSV UTF-8» e caricatelo di nuovo.',
    file_utf8_bom: 'UTF-8 con byte order mark (come lo salva Excel): letto come UTF-8.',
    file_cp1251:
      'Non UTF-8: letto come Windows-1251 (cirillico, come lo salva un Excel in russo). Verificate i nomi.',
    file_unknown_encoding:
      'Il file non è né UTF-8 né in una code page di Windows che l’atlante riconosce. Salvatelo come «CSV UTF-8» e caricatelo di nuovo.',
    file_cp1252:
      'Non UTF-8: letto come Windows-1252 (Europa occidentale, come lo salva un Excel in francese). Verificate gli accenti.',
    file_too_large: 'Il file supera {mb}\u00a0MB; dividetelo o caricatelo come Parquet.',
    file_nul:
      'La riga {line} contiene un carattere NUL (un file binario, o UTF-16 senza byte order mark). Salvatelo come «CSV UTF-8» e caricatelo di nuovo.',
    file_mixed:
      'Il file mescola codifiche (alcuni caratteri sono illeggibili). Salvatelo come «CSV UTF-8» e caricatelo di nuovo.',
    file_semicolons: 'Colonne separate da punti e virgola (;): lette come tali.',
    file_not_csv: 'Il file non è un CSV valido: {detail}.',
    file_empty: 'Il file è vuoto.',
    file_header_only:
      'Il file ha un’intestazione ma nessuna riga di dati: nulla da caricare (i dati già caricati restano come sono).',
    file_long_cell: 'La riga {line} ha una cella più lunga di {max} caratteri (colonna {column}).',
    file_decimal_commas:
      '{n, plural, one {# numero scritto} other {# numeri scritti}} con la virgola decimale (ad es. «12,5») {n, plural, one {è stato letto} other {sono stati letti}} come decimali.',
    file_no_table:
      'l’intestazione non corrisponde né alla tabella delle osservazioni né a quella delle fonti del modello.',
    file_no_observations:
      'Nessun file di osservazioni: caricate un file con le colonne del modello (obs_id, source_id, area, …).',
    file_too_many_rows: 'il file ha {rows} righe; l’atlante ne carica al massimo {max}.',
    store_failed:
      'Il browser non ha potuto conservare i vostri dati per la prossima volta ({reason}). Sono caricati solo per questa visita.',
    store_clear_failed: 'Non è stato possibile svuotare la memoria del browser ({reason}).',
    store_no_reason: 'il browser non ha indicato alcun motivo',
    store_removed: 'I vostri dati sono stati rimossi da questa pagina. {text}',
    store_blocked: 'un’altra scheda tiene aperta la memoria',
    store_unavailable:
      'questo browser non dà all’atlante alcuna memoria, come in una finestra privata o con la memoria disattivata',
    store_forget_blocked:
      'Un’altra scheda o finestra dell’atlante tiene aperta la memoria del browser: i vostri dati ne saranno rimossi quando verrà chiusa.',
    store_not_created: 'non è stato possibile creare la memoria',
    store_refused: 'il browser ha rifiutato di scrivere (memoria piena?)',
    file_refused_large:
      'il file è di {size}\u00a0MB; l’atlante legge file di al massimo {mb}\u00a0MB. Dividetelo per anno o per regione, o salvatelo come Parquet.',
    deck_not_json: 'non è un file di presentazione (non è JSON)',
    deck_not_ours: 'non è un file di presentazione di questo atlante',
    deck_too_many: 'troppe diapositive (al massimo {max})',
    deck_malformed: 'la diapositiva {n} non è valida',
    file_parquet_expands:
      'Una volta decompresso, il file Parquet contiene più di {mb} MB di testo, il massimo che l’atlante legge (come per un file CSV). Dividetelo per anno o per regione.',
    file_parquet_nested:
      'La colonna {column} contiene valori annidati (liste, mappe o strutture); l’atlante legge solo colonne semplici di testo, numeri, date o vero/falso, come nel modello.',
    file_parquet_type:
      'La colonna {column} è di un tipo che l’atlante non sa leggere ({type}); scrivetela come testo o come numero.',
    file_parquet_undecodable:
      'Non è stato possibile decodificare il file Parquet (una compressione o codifica che l’atlante non legge, o un file danneggiato). Salvatelo di nuovo con la compressione Snappy, o come «CSV UTF-8».',
    file_parquet_not_utf8:
      'Il file Parquet contiene testo che non è UTF-8 valido. Salvate le sue colonne di testo in UTF-8 e caricatelo di nuovo.',
    file_not_parquet:
      'Il file non è un file Parquet (deve iniziare e finire con «PAR1»). Salvatelo di nuovo come Parquet, o come «CSV UTF-8».',
    womenCountAsPublished:
      '{n, plural, one {{value} donna} other {{value} donne}} (un numero come pubblicato; nessuna quota)',
    womenCountOutOf:
      '{n, plural, one {{value} donna} other {{value} donne}} su {outOf} ({group}; numeri come pubblicati; nessuna quota)',
  },
  vocab: {
    population: {
      offenders: 'Autori e presunti autori di reato',
      victims: 'Vittime individuate',
    },
    stage: {
      intelligence_estimate: 'Stima di intelligence',
      suspected: 'Indagati',
      arrested: 'Arrestati',
      formal_contact: 'Entrati in contatto formale con la polizia',
      prosecuted: 'Perseguiti',
      convicted: 'Condannati',
      imprisoned: 'Detenuti',
      witness_protection: 'Protezione dei testimoni',
      exit_programme: 'Programma di uscita',
      survey: 'Indagine campionaria',
      prosecuted_or_convicted: 'Perseguiti o condannati (insieme)',
      not_stated: 'Fase non indicata',
      other: 'Altro (vedere la nota)',
    },
    market: {
      human_trafficking: 'Tratta di persone',
      human_smuggling: 'Traffico di migranti',
      extortion_protection_racketeering: 'Estorsione e racket della protezione',
      arms_trafficking: 'Traffico di armi',
      counterfeit_goods: 'Commercio di merci contraffatte',
      excise_goods: 'Commercio illecito di prodotti soggetti ad accisa',
      flora_crimes: 'Reati contro la flora',
      fauna_crimes: 'Reati contro la fauna',
      non_renewable_resource_crimes: 'Reati sulle risorse non rinnovabili',
      heroin_trade: 'Commercio di eroina',
      cocaine_trade: 'Commercio di cocaina',
      cannabis_trade: 'Commercio di cannabis',
      synthetic_drug_trade: 'Commercio di droghe sintetiche',
      cyber_dependent_crimes: 'Reati informatici in senso stretto',
      financial_crimes: 'Reati finanziari',
      organized_crime_all: 'Criminalità organizzata (tutta)',
      participation_in_ocg: 'Partecipazione a un gruppo criminale organizzato',
      mafia_type_association: 'Associazione di tipo mafioso',
      drug_trafficking: 'Reati di traffico di stupefacenti (tutte le droghe)',
      drug_trafficking_cannabis: 'Reati di traffico di stupefacenti: cannabis',
      drug_trafficking_cocaine: 'Reati di traffico di stupefacenti: cocaina',
      drug_trafficking_ats: 'Reati di traffico di stupefacenti: stimolanti di tipo anfetaminico',
      drug_trafficking_opioids: 'Reati di traffico di stupefacenti: oppioidi',
      drug_use_possession: 'Uso o detenzione di droghe (contesto, non criminalità organizzata)',
      drug_other_offences: 'Altri reati in materia di droga (contesto)',
      all_offences: 'Tutti i reati (contesto, non criminalità organizzata)',
    },
    hierarchy: {
      leadership: 'Vertice',
      coordination: 'Coordinamento',
      operational: 'Livello operativo',
      periphery: 'Periferia',
      all: 'Tutti i livelli',
    },
    role: {
      leader: 'Capo',
      organizer: 'Organizzatrice o organizzatore',
      recruiter: 'Reclutatrice o reclutatore',
      financial_manager: 'Gestione finanziaria o riciclaggio',
      courier: 'Corriere',
      seller: 'Spacciatrice o venditrice',
      facilitator: 'Facilitatrice o facilitatore',
      enforcer: 'Esecutrice o esecutore',
      all: 'Tutti i ruoli',
    },
    org_type: {
      all: 'Tutti i tipi',
      pairs: 'Coppie',
      business_like_group: 'Gruppo di tipo imprenditoriale',
      structured_group: 'Gruppo strutturato o di tipo governativo',
      network_core: 'Nucleo della rete',
      network_periphery: 'Periferia della rete',
    },
    sex: {
      female: 'Donne',
      male: 'Uomini',
      other: 'Altro',
      unknown: 'Sesso sconosciuto',
      total: 'Totale',
    },
    measure: {
      count: 'Numero',
      count_on_date: 'Persone presenti a una data (uno stock, non un flusso)',
      share: 'Quota (%)',
    },
    qualifier: {
      exact: 'Esatto',
      approx: 'Approssimativo («circa», «intorno a»)',
      average: 'Una media («in media»)',
      at_least: 'Almeno',
      more_than: 'Più di',
      at_most: 'Al massimo',
      up_to: 'Fino a',
      less_than: 'Meno di',
      almost: 'Quasi',
      range: 'Intervallo',
      suppressed: 'Riservato, non diffuso dall\u2019ente produttore (<5)',
    },
    source_kind: {
      official_statistics: 'Statistiche ufficiali',
      research_report: 'Rapporto di ricerca',
      police_report: 'Rapporto di polizia',
      expert_index: 'Indice di esperti',
      academic: 'Studio accademico',
      press: 'Articolo di stampa',
      user: 'I vostri dati',
    },
    subregion: {
      northern_america: 'America settentrionale',
      northern_europe: 'Europa settentrionale',
      western_europe: 'Europa occidentale',
      southern_europe: 'Europa meridionale',
      eastern_europe: 'Europa orientale',
      central_asia: 'Asia centrale',
      western_asia: 'Asia occidentale',
      eastern_asia: 'Asia orientale',
    },
    region_kind: {
      organisation: 'Organizzazione',
      study: 'Copertura dello studio',
      analytical: 'Raggruppamento analitico',
      global: 'Mondo',
      subnational: 'Area subnazionale',
      not_stated: 'Area non indicata dalla fonte',
    },
    indicator_kind: {
      market: 'Mercato criminale',
      actor: 'Attore criminale',
      resilience: 'Resilienza',
      average: 'Media',
    },
    coverage_status: {
      published: 'Numero di donne pubblicato',
      men_only: 'Solo numero di uomini (donne <5 o non indicate)',
      suppressed: 'Per sesso, ma riservati (<5)',
      total_only: 'Solo totali',
      none: 'Nulla di pubblicato',
    },
    locator_kind: {
      page: 'Pagina',
      table: 'Tavola',
      section: 'Sezione',
      sheet: 'Foglio',
      item: 'Notizia',
    },
    terms: {
      unodc_terms:
        'riutilizzo con attribuzione all\u2019UNODC (condizioni d\u2019uso del portale dati dell\u2019UNODC)',
      eurostat_reuse: 'riutilizzo autorizzato con citazione della fonte (Eurostat)',
      osce_terms: 'condizioni d\u2019uso dell\u2019OSCE: riproduzione con attribuzione',
      gitoc_terms: 'citato con attribuzione al GI-TOC (ocindex.net)',
      ogl_v3: 'Open Government Licence v3.0',
      cc_by_nd: 'CC BY-ND, citato con attribuzione',
      attribution_only: 'citato con attribuzione',
      press_figures_cited:
        'dati citati con attribuzione; articoli protetti dal diritto d\u2019autore dei loro editori',
    },
  },
  method: {
    title: 'Come l\u2019atlante calcola e mostra i suoi dati',
    close: 'Torna all\u2019atlante',
    link: 'Metodo',
    sections: [
      {
        id: 'share',
        heading: '1. Quota di donne',
        body: 'Dove una fonte pubblica numeri di donne e di uomini, la quota è donne ÷ (donne + uomini). Dove pubblica solo donne e un totale, la quota è donne ÷ totale. Dove donne e uomini insieme sono meno del 90% di un totale pubblicato, nessuna quota viene tracciata: una quota di una piccola parte delle persone contate potrebbe trarre in inganno. Ogni quota calcolata dice quale regola ha usato e mostra i numeri su cui si basa.',
      },
      {
        id: 'interval',
        heading: '2. Incertezza',
        body: 'Ogni quota calcolata è seguita dal suo intervallo al 95% (punteggio di Wilson), tra parentesi e come baffo. L\u2019intervallo mostra quanto una quota basata su poche persone potrebbe variare per caso; non copre le differenze nel modo in cui gli Stati contano. Una quota calcolata su meno di 30 persone è disegnata vuota o più chiara ed elencata come piccolo numero. Uno Stato o una subregione è detto «il più alto» solo quando il suo intervallo è interamente al di sopra di ogni altro mostrato; altrimenti la sintesi nomina i primi con i loro intervalli. Gli estremi di un intervallo sono stampati come percentuali intere arrotondate verso l\u2019esterno (l\u2019estremo inferiore per difetto, quello superiore per eccesso), così che l\u2019intervallo stampato contenga sempre quello calcolato: 63,2–77,4% è stampato 63–78%.',
      },
      {
        id: 'group',
        heading: '3. Quote di gruppo',
        body: 'Una quota di gruppo (una subregione, una regione) aggrega i numeri: si sommano le donne degli Stati del gruppo, e così i loro donne + uomini; la quota aggregata è l\u2019una divisa per l\u2019altra, con l\u2019intervallo dei numeri aggregati. Entrano nell\u2019aggregato solo gli Stati che pubblicano sia donne sia uomini. Accanto è mostrata la mediana delle quote dei singoli Stati, così che un grande Stato non possa nascondere gli altri; dove le due ordinano i gruppi in modo diverso, la figura lo dice. La mediana è calcolata sugli stessi Stati dell’aggregato, così tacca e barra riguardano gli stessi Stati.',
      },
      {
        id: 'years',
        heading: '4. Anni e serie',
        body: 'Quando il periodo copre più anni, ogni Stato contribuisce con il suo ultimo anno con un dato, e la figura indica quale anno usa per ogni Stato. Gli anni senza dato restano vuoti: nulla viene interpolato o riportato. Dove il totale di uno Stato cambia di tre volte o più da un anno all\u2019altro, la serie potrebbe aver cambiato il modo di contare: la linea è interrotta in quel punto e una nota lo dice. La linea di un gruppo nel tempo aggrega solo gli Stati che pubblicano donne e uomini in ogni anno mostrato, senza tali interruzioni, così l\u2019insieme degli Stati non cambia mai lungo la linea; la figura li nomina, insieme a quelli esclusi.',
      },
      {
        id: 'suppressed',
        heading: '5. Numeri riservati (segreto statistico)',
        body: 'I numeri che l\u2019ente produttore mostra come «<5», per segreto statistico, restano riservati: mai letti come zero o cinque, e mai contati come pubblicati. Sono esclusi da ogni somma, ed è indicato il numero di Stati esclusi.',
      },
      {
        id: 'separate',
        heading: '6. Dati che non vengono mai sommati',
        body: 'Dati di reati, fasi del procedimento, definizioni o fonti diversi sono mostrati affiancati, mai sommati. Ogni dato pubblicato conserva l\u2019area, il periodo, la fase e il mercato indicati dalla sua fonte, oppure dice «non indicato». Gli intervalli restano intervalli e i limiti conservano le parole della fonte («fino a», «meno di», «più di», «almeno»): sono disegnati come intervalli o barre aperte da un lato, mai come punti. I dati su tutti i reati sono contesto, raggruppati a parte rispetto alla criminalità organizzata.',
      },
      {
        id: 'drugs',
        heading: '7. Reati di traffico di stupefacenti',
        body: 'Il Rapporto mondiale sulla droga dell\u2019UNODC conta per sesso le persone entrate in contatto formale con la polizia per reati di traffico di stupefacenti. Le definizioni nazionali variano, e questi reati includono reati di offerta non legati alla criminalità organizzata. Sono mostrati accanto alla tratta di persone, mai sommati a essa. L\u2019uso o la detenzione di droghe sono solo contesto. La corrispondenza tra i reati di droga e i mercati della droga del GI-TOC è approssimativa.',
      },
      {
        id: 'definitions',
        heading: '8. Confrontare gli Stati',
        body: 'Le definizioni giuridiche di tratta, di criminalità organizzata e di ogni fase del procedimento variano da uno Stato all\u2019altro, così come le prassi di registrazione. I confronti tra Stati mostrano ciò che è pubblicato, non una misura armonizzata.',
      },
      {
        id: 'context',
        heading: '9. Punteggi di contesto',
        body: 'I punteggi del Global Organized Crime Index del GI-TOC descrivono quanto un mercato criminale è diffuso e quanto uno Stato è resiliente. Sono valutazioni di esperti, non disaggregate per sesso, e sono indicate come contesto ovunque compaiano.',
      },
      {
        id: 'gaps',
        heading: '10. Dati mancanti',
        body: 'I dati mancanti sono mostrati come mancanti (tratteggiati o indicati come «nessun dato»), mai come zero. Gli Stati fuori da una regione scelta sono disegnati in grigio chiaro uniforme e non sono contati come mancanti. La vista delle lacune nei dati mostra, per ogni Stato, fase e anno, uno di cinque stati, mai uniti: numero di donne pubblicato, solo numero di uomini (donne <5 o non indicate), per sesso ma riservati (<5), solo totali, o nulla. Uno Stato pubblica numeri per sesso solo se indica un numero di donne.',
      },
      {
        id: 'translations',
        heading: '11. Lingue',
        body: 'Il testo inglese è quello di riferimento. Le traduzioni sono del progetto stesso, per l\u2019italiano con i termini giuridici in uso in Italia; i nomi delle fonti, degli editori e i dati citati restano come pubblicati.',
      },
    ],
  },
};

export default it;
