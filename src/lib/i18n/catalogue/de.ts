import type { Catalogue } from './en';

const de: Catalogue = {
  messages: {
    appTitle: 'Atlas der Frauen in der organisierten Kriminalität',
    appSubtitle:
      'Was die veröffentlichten Daten über Frauen in der organisierten Kriminalität im OSZE-Raum aussagen, und wo Daten fehlen.',
    language: 'Sprache',
    filters: 'Filter',
    stage: 'Verfahrensstadium',
    year: 'Jahr',
    yearOption: '{year} ({count} Staaten mit Zahlen zu Frauen)',
    reset: 'Zurücksetzen',
    loadingEngine: 'Die Abfrage-Engine wird gestartet…',
    loadingData: 'Die Daten werden geladen…',
    staticNoScript:
      'Diese Abbildungen wurden beim Erstellen des Atlas mit seinen Standardfiltern gezeichnet. Für andere Filter, die interaktive Karte, Exporte und die Datentabellen wird JavaScript benötigt.',
    loadFailed:
      'Der Atlas konnte seine Daten nicht laden: {reason}. Laden Sie die Seite neu; besteht das Problem weiter, stellen Sie die gebaute Anwendung über http bereit (nicht als Datei) und prüfen Sie, ob public/data gebaut wurde (npm run data).',
    viewFailed:
      'Diese Ansicht konnte nicht gezeichnet werden: {reason}. Ändern Sie einen Filter oder laden Sie die Seite neu, um es erneut zu versuchen.',
    urlIgnored: 'Einige Einstellungen in der Adresse wurden nicht angewandt: {items}.',
    chartTitle: 'Frauenanteil an den Personen, die {stage} wurden, {offence}, {period}',
    chartSubtitle:
      'Vom Atlas aus Zahlen nach Geschlecht berechnet; jeder Balken zeigt die Zahlen dahinter und sein 95-%-Intervall.',
    mapTitle: 'Frauenanteil an den Personen, die {stage} wurden, {offence}, {period}',
    shareLabel: '{share} · {women} von {denominator}',
    basisWomenPlusMen: 'berechnet: Frauen ÷ (Frauen + Männer)',
    basisTotal: 'berechnet: Frauen ÷ insgesamt (Männer nicht veröffentlicht)',
    axisShare: 'Frauenanteil (%) →',
    parity: 'Parität',
    noteMethod:
      'Anteil vom Atlas berechnet: Frauen ÷ (Frauen + Männer), wo beide veröffentlicht sind, sonst Frauen ÷ insgesamt; kein Anteil, wo Frauen und Männer weniger als 90 % einer veröffentlichten Gesamtzahl ausmachen. Die rechtlichen Definitionen der Straftaten und Verfahrensstadien unterscheiden sich zwischen den Staaten.',
    noteSuppressed:
      'Zahl der Frauen von der veröffentlichenden Stelle wegen Geheimhaltung nicht ausgewiesen (<5): {names}.',
    noteZero: 'Keine Personen erfasst: {names}.',
    noteTotalDiffers:
      'Frauen + Männer weichen von der Gesamtzahl der veröffentlichenden Stelle ab (Anteil an Frauen + Männern; beide angegeben): {items}.',
    totalDiffersItem: '{name} {sum} von {total}',
    totalDiffersPooled:
      '{count, plural, one {# Staat und Jahr} other {# Staaten und Jahre}} der gepoolten Linien',
    noteTotalOnly: 'Nur Gesamtzahlen veröffentlicht, keine Zahl nach Geschlecht: {names}.',
    noteNoData:
      'Keine Zahl für dieses Stadium und Jahr: {count} der 57 Teilnehmerstaaten und Kosovo*.',
    noteNoDataStates: 'Keine Zahl für dieses Stadium und Jahr: {count} der 57 Teilnehmerstaaten.',
    noteKosovo:
      '* Alle Bezugnahmen auf Kosovo, sei es auf das Gebiet, die Institutionen oder die Bevölkerung, sind in voller Übereinstimmung mit der Resolution 1244 des Sicherheitsrats der Vereinten Nationen und unbeschadet des Status des Kosovo zu verstehen.',
    noteBoundaries:
      'Die auf dieser Karte dargestellten Grenzen und Namen bedeuten keine offizielle Billigung oder Anerkennung durch die OSZE oder die Vereinten Nationen.',
    sourceLine: 'Quelle: {publisher}, {title} ({year}). Bedingungen: {terms}.',
    sourcesLine: 'Quellen: {list}. Bedingungen: {terms}.',
    // The atlas's own words on a source, never inside its title or publisher.
    sourceNoteOf: 'Anmerkung des Atlas ({publisher}): {note}',
    sourceNote: 'Anmerkung des Atlas: {note}',
    noDate: 'o. J.',
    fontStackNote: '',
    legendTitle: 'Frauenanteil (%)',
    legendNoData: 'Keine Daten',
    legendSuppressed: 'Geheimhaltung (<5)',
    legendTotalOnly: 'Nur Gesamtzahlen',
    emptyResult:
      'Für diese Filter hat kein Staat einen berechenbaren Anteil. Versuchen Sie ein anderes Jahr, Stadium oder Delikt.',
    tooltipNoData: 'Keine Zahl für dieses Delikt, Stadium und diesen Zeitraum',
    tooltipSuppressed: 'Zahl der Frauen wegen Geheimhaltung nicht ausgewiesen (<5)',
    tooltipTotalOnly: 'Nur die Gesamtzahl ist veröffentlicht ({total} Personen)',
    tooltipZero: 'Keine Personen erfasst',
    tooltipPartial:
      'Die Zahlen nach Geschlecht erfassen {covered} von {total} Personen (weniger als 90 %): kein Anteil dargestellt',
    notePartial:
      'Die Zahlen nach Geschlecht erfassen weniger als 90 % der gezählten Personen, daher kein Anteil: {names}.',
    legendPartial: 'Geschlecht für weniger als 90 % bekannt',
    selected: 'Ausgewählt: {name}',
    clearSelection: 'Auswahl aufheben',
    summary:
      '{count} Staaten haben einen berechneten Anteil. Höchster: {highName} ({high}). Niedrigster: {lowName} ({low}). {missing} der 57 Teilnehmerstaaten und Kosovo haben keine Zahl.',
    summaryEmpty: 'Kein Staat hat für diese Filter einen berechneten Anteil ({scope}).',
    sourcesHeading: 'Quellen',
    dataVersion: 'Datenversion {version}',
    computedLabel: 'berechnet',
    mapLabel: 'Karte des OSZE-Raums',
    mapInsetLabel: 'Kanada und die Vereinigten Staaten von Amerika',
    mapSubtitle:
      'Vom Atlas aus Zahlen nach Geschlecht berechnet. Kleinststaaten sind als Kreise dargestellt.',
    // Said on screen only: a printed or projected figure cannot be hovered.
    mapHint: 'Zeigen, fokussieren oder tippen Sie auf einen Staat für seine Zahlen.',
    mapMicroStatesLabel: 'Kleinststaaten, als Symbole dargestellt',
    noteStudyOutline: 'Dicke Umrandung: die 14 Staaten der OSZE-Studie von 2023.',
    outlineStudy: 'Die 14 Staaten der OSZE-Studie von 2023 umranden',
    chartLabel: 'Balkendiagramm',
    noteDefinitions:
      'Die rechtlichen Definitionen der Straftaten und der Verfahrensstadien unterscheiden sich zwischen den Staaten: mit Vorsicht vergleichen.',
    noteSubregions: 'Subregionen: Gruppierung M49 der Statistikabteilung der Vereinten Nationen.',
    emptySuggest:
      'Keine Zahl entspricht diesen Filtern. Versuchen Sie einen längeren Zeitraum, ein anderes Stadium, alle Regionen oder alle Quellenarten.',
    emptyProfile:
      '{state}: Die Quellen enthalten für diesen Teil des Profils keine Zahl, daher wird nichts gezeichnet.',
    emptyProfilePeriod:
      '{state}: Die Quellen enthalten für {from}–{to} keine Zahl, daher wird nichts gezeichnet. Ein längerer Zeitraum kann mehr zeigen.',
    noFigure: 'keine Zahl',
    axisShareVertical: '↑ Frauenanteil (%)',
    regionsTitle: 'Nach Subregion: {title}',
    regionsSubtitle:
      'Balken und Fehlerbalken: gepoolter Anteil und 95-%-Intervall der gepoolten Zahlen (Staaten, die Frauen und Männer veröffentlichen). Schwarzer Strich: Median der Anteile der gepoolten Staaten. Punkte: Staaten. Unter jeder Subregion: die Staaten und Jahre dahinter (†: nicht gepoolt).',
    // On a fixed page (slide, A4) the States and years go to the notes, leaving one row per subregion.
    regionsSubtitlePage:
      'Balken und Fehlerbalken: gepoolter Anteil und 95-%-Intervall der gepoolten Zahlen (Staaten, die Frauen und Männer veröffentlichen). Schwarzer Strich: Median der Anteile der gepoolten Staaten. Punkte: Staaten. Die Staaten und Jahre hinter jeder Subregion stehen in den Anmerkungen (†: nicht gepoolt).',
    regionsNoteMethod:
      'Vom Atlas berechnet. Jeder Staat trägt sein letztes Jahr im Zeitraum bei; der Pool addiert Frauen und (Frauen + Männer) eines Stadiums aus nur einer Quelle.',
    regionsNoteExcluded:
      'Nicht in den gepoolten Summen: {suppressed, plural, one {# Staat, dessen Zahl der Frauen} other {# Staaten, deren Zahl der Frauen}} der Geheimhaltung unterliegt (<5), {totalBasis, plural, one {# Staat, der} other {# Staaten, die}} nur Frauen und eine Gesamtzahl veröffentlichen (als Punkte gezeigt, nicht im Pool und nicht im Median).',
    regionsHighest:
      'Höchster gepoolter Anteil, mit einem Intervall ganz über den anderen: {region}.',
    regionsLowest: 'Niedrigster, mit einem Intervall ganz unter den anderen: {region}.',
    regionsTop:
      'Gepoolte Anteile von oben (ihre Intervalle überschneiden sich, daher wird keine Subregion hervorgehoben): {regions}.',
    regionsMissing:
      '{missing, plural, one {# Subregion hat} other {# Subregionen haben}} keinen gepoolten Anteil.',
    regionsNoMembers: 'Kein Staat mit einem berechneten Anteil.',
    regionsSummaryEmpty: 'Keine Subregion hat für diese Auswahl einen berechneten Anteil.',
    regionsEmptyNoMembers:
      'Für {region} wird keine Subregion dargestellt: Die Quellen nennen die Staaten nicht, die sie umfasst, und der Atlas errät sie nicht.',
    regionsEmptyNoShare:
      '{count, plural, one {Der einzige Staat von {region} hat} other {Keiner der # Staaten von {region} hat}} für diese Auswahl einen berechneten Anteil, daher wird keine Subregion dargestellt. {reasons}',
    regionsNoPool:
      'kein gepoolter Anteil ({states, plural, =0 {kein Staat} one {# Staat} other {# Staaten}} mit einem Anteil)',
    regionsLabel: 'gepoolt {pooled}, {women} von {denominator}; Median {median}',
    regionsStates:
      '{n, plural, one {# Staat} other {# Staaten}} mit einem Anteil, {pooled} gepoolt',
    pipelineTitle:
      'Frauenanteil vom formellen Kontakt bis zur Verurteilung und unter den festgestellten Opfern: {scope}, {offence}',
    pipelineTitleOffenders:
      'Frauenanteil vom formellen Kontakt bis zur Verurteilung: {scope}, {offence}',
    laterYears:
      'Zahlen nach Geschlecht für {offence} reichen bis {last}; der gezeigte Zeitraum endet {to}.',
    laterYearsShow: '{from}–{last} zeigen',
    pipelineFirstStateOnly:
      'Der Justizverlauf zeigt jeweils einen Staat: {state}. {n, plural, one {Der andere gewählte Staat,} other {Die anderen gewählten Staaten,}} {others}, {n, plural, one {steht} other {stehen}} im Vergleich nebeneinander.',
    pipelineSubtitle:
      '{from}–{to}. Aus Zahlen nach Geschlecht berechnet, mit 95-%-Intervallen. Ein fehlendes Jahr oder eine Gesamtzahl, die sich von einem Jahr zum nächsten verdreifacht, hinterlässt eine Lücke: nichts wird interpoliert.',
    pipelineNote:
      'Als weiblich erfasste festgestellte Opfer sind Frauen und Mädchen jeden Alters (die Quelle unterscheidet nicht nach Alter). Opfer sind eine andere Population als Täter: Die Linien stehen nebeneinander, nicht in einer Abfolge.',
    pipelineSummary: '{scope}, letztes Jahr mit einer Zahl: {parts}.',
    series_formal_contact: 'Formeller Kontakt',
    series_prosecuted: 'Strafrechtlich verfolgt',
    series_convicted: 'Verurteilt',
    series_victims: 'Festgestellte Opfer',
    computedShare: '{value} berechnet ({women} von {total})',
    computedFromApprox: 'etwa {text}, aus ungefähren Zahlen',
    hierarchyTitle:
      'Frauen nach Hierarchieebene, Rolle und Position im Netzwerk: jede veröffentlichte Zahl',
    hierarchySubtitle:
      'Jede Zeile so, wie ihre Quelle sie angibt: Gebiet · Zeitraum, dann Stadium · Markt · Gruppe. Balken: genaue Werte (heller: ungefähr oder ein Durchschnitt). Kästen zwischen zwei Strichen: Spannen. Gestrichelte Kästen mit offenem Ende: Grenzen, in den Worten der Quelle.',
    hierarchyGapLevels:
      'Nichts veröffentlicht über Frauen auf diesen Hierarchieebenen: {levels}. Dieses Fehlen ist ein Befund.',
    hierarchyGapRoles: 'Nichts veröffentlicht über Frauen in diesen Rollen: {roles}.',
    hierarchyNote:
      'Die Zahlen stammen aus unterschiedlichen Quellen, Stadien, Definitionen und Jahren: Sie stehen nebeneinander und werden nie addiert.',
    hierarchySummary:
      '{n, plural, one {# veröffentlichte oder berechnete Zahl} other {# veröffentlichte oder berechnete Zahlen}} zu Frauen nach Position und {context} zu anderen Straftaten als Kontext. Keine Zahl auf diesen Ebenen: {levels}.',
    marketsTitle: 'Frauen in jedem kriminellen Markt, neben der Verbreitung des Marktes',
    marketsSubtitle:
      'Links: veröffentlichte Zahlen zum Frauenanteil (Striche: Werte; Kästen: Spannen und Grenzen). Rechts: Expertenbewertung des GI-TOC zur Verbreitung des Marktes, Median über {region}.',
    marketsNoteScores:
      'GI-TOC Global Organized Crime Index: Expertenbewertungen von 1 bis 10, wie verbreitet ein Markt oder Akteur ist. Nur Kontext: Sie sind nicht nach Geschlecht aufgeschlüsselt und sagen nichts über Frauen aus.',
    marketsSummary: '{n} von {total} Märkten haben eine veröffentlichte Zahl zu Frauen: {markets}.',
    marketsWomenHeading: 'Veröffentlichte Zahlen zum Frauenanteil',
    marketsScoreHeading: 'GI-TOC-Bewertungen (nicht nach Geschlecht)',
    nothingPublished: 'nichts veröffentlicht',
    notScored: 'keine Bewertung',
    coverageTitle: 'Was jeder Staat über Täter veröffentlicht, nach Stadium und Jahr: {offence}',
    coverageSubtitle:
      'Eine Zahl für Frauen, nur eine Zahl für Männer, nach Geschlecht, aber wegen Geheimhaltung nicht ausgewiesen (<5), nur Gesamtzahlen oder nichts, {from}–{to}; die letzten Spalten umfassen den ganzen Zeitraum.',
    coverageNote:
      '★ kennzeichnet die 14 Staaten der OSZE-Studie von 2023. Fünf Zustände, nie zusammengelegt: eine Zahl für Frauen veröffentlicht; nur eine Zahl für Männer (Frauen <5 oder nicht angegeben); Zahlen nach Geschlecht alle wegen Geheimhaltung nicht ausgewiesen (<5); nur Gesamtzahlen; nichts. Aus den Tabellen des Atlas abgeleitet.',
    coverageSummary:
      'Staaten der Studie in der Ansicht: {study}. Veröffentlichen im Zeitraum eine Zahl für Frauen: {contact} beim formellen Kontakt, {prosecuted} bei der Strafverfolgung, {convicted} bei der Verurteilung.',
    coverageSummarySuppressed:
      'Weisen sie nur wegen Geheimhaltung nicht aus (<5), daher oben nicht gezählt: {suppressedContact} beim formellen Kontakt, {suppressedProsecuted} bei der Strafverfolgung, {suppressedConvicted} bei der Verurteilung.',
    coverageSummaryMenOnly:
      'Veröffentlichen nur eine Zahl für Männer (Frauen <5 oder nicht angegeben), daher oben nicht gezählt: {menContact} beim formellen Kontakt, {menProsecuted} bei der Strafverfolgung, {menConvicted} bei der Verurteilung.',
    coverageStudyMark: '★ Staat der OSZE-Studie von 2023',
    comparisonTitle: 'Nebeneinander: {states}, {offence}',
    comparisonTitleNone: 'Nebeneinander: {offence}',
    comparisonSubtitle:
      'Letztes Jahr mit einem Anteil in {from}–{to}, nach Stadium, mit 95-%-Intervallen.',
    comparisonSummary: '{stage}, letztes Jahr: {parts}.',
    comparisonSummaryOffence: '{stage}, {offence}, letztes Jahr: {parts}.',
    listSeparator: '; ',
    updateAvailable: 'Eine neue Version des Atlas ist verfügbar.',
    updateReload: 'Mit der neuen Version neu laden',
    updateUnavailableOffline:
      'Die neue Version kann jetzt nicht geöffnet werden: Ein Teil davon fehlt auf diesem Gerät, und es gibt kein Netz, um ihn zu laden. Diese Version bleibt geöffnet; versuchen Sie es mit Verbindung erneut.',
    statesCounted:
      '{count, plural, one {# Staat} other {# Staaten}}, wie auf der Karte dargestellt',
    pipelineNoShare: 'Veröffentlicht, aber ohne berechenbaren Frauenanteil im Zeitraum: {series}.',
    linkVersionNotice:
      'Dieser Link wurde mit der Datenversion {link} erstellt; der Atlas enthält jetzt die Version {current}, daher können einige Zahlen von den damals gesehenen abweichen.',
    comparisonSummaryNone: 'Kein Staat des Vergleichs hat im Zeitraum einen Anteil.',
    comparisonNoFigurePartial:
      'Keine Zahl: Zahlen nach Geschlecht decken weniger als 90 % der gezählten Personen ab',
    comparisonNoFigureTotalOnly: 'Keine Zahl: nur die Gesamtzahl ist veröffentlicht',
    comparisonPrompt:
      'Wählen Sie zwei oder mehr Staaten auf der Karte, im Diagramm oder in der Staatenliste aus, um sie zu vergleichen.',
    comparisonLabel: '{share} · {women} von {denominator}, {year}; {years} von {of} Jahren',
    keyFindingsTitle: 'Zentrale Befunde der OSZE-Forschung und verwandter Quellen',
    keyFindingsNote:
      'Jede Karte wird aus ihrer Datenzeile erstellt; der Wert ist genau so geschrieben, wie er veröffentlicht wurde.',
    viewRegions: 'Regionen',
    viewStates: 'Staaten',
    viewMap: 'Karte',
    viewMarkets: 'Kriminelle Märkte',
    viewHierarchy: 'Hierarchie und Position im Netzwerk',
    viewPipeline: 'Strafverfahren',
    viewComparison: 'Ländervergleich',
    viewCoverage: 'Datenlücken',
    viewKeyFindings: 'Zentrale Befunde',
    dataTable: 'Datentabelle',
    filterRegion: 'Region',
    allRegions: 'Gesamter OSZE-Raum',
    filterState: 'Staaten',
    addState: 'Einen Staat hinzufügen…',
    filterMarket: 'Krimineller Markt',
    allMarkets: 'Alle Märkte',
    filterLevel: 'Hierarchieebene',
    allLevels: 'Alle Ebenen',
    filterPosition: 'Rolle oder Position im Netzwerk',
    allPositions: 'Alle Rollen und Positionen',
    filterSourceKind: 'Quellenart',
    allSourceKinds: 'Alle Quellenarten',
    periodFrom: 'Von',
    periodTo: 'Bis',
    observationCountAtLeast:
      'mindestens {n, plural, one {# Beobachtungszeile} other {# Beobachtungszeilen}} hinter den angezeigten Zahlen (manche Zahlen summieren mehr als 1.000 Zeilen, per Abfrage aufgelistet)',
    observationCount:
      '{n, plural, one {# Beobachtungszeile} other {# Beobachtungszeilen}} hinter den angezeigten Zahlen',
    listRows: 'Diese Zeilen auflisten (CSV)',
    listRowsFailed: 'Die Zeilen konnten nicht aufgelistet werden: {reason}.',
    removeState: '{name} entfernen',
    filtersNotApplied: 'In dieser Ansicht nicht angewandt: {fields}.',
    marketNoCounts:
      'Für diesen Markt werden keine Zahlen nach Geschlecht je Staat veröffentlicht; die Staatenansichten sind leer. Veröffentlichte Zahlen dazu stehen in den Ansichten Hierarchie und Märkte.',
    scopeAll: 'gesamter OSZE-Raum',
    periodLatest: 'letztes Jahr je Staat in {from}–{to}',
    columnState: 'Staat',
    columnYear: 'Jahr',
    columnShare: 'Frauenanteil',
    columnWomen: 'Frauen',
    columnDenominator: 'Nenner',
    columnBasis: 'Grundlage',
    columnStatus: 'Status',
    columnSource: 'Quelle',
    columnSubregion: 'Subregion',
    columnPooled: 'Gepoolter Anteil',
    columnMedian: 'Median der Staaten',
    columnStates: 'Staaten mit Anteil',
    columnExcluded: 'Geheimhaltung, ausgelassen',
    columnArea: 'Gebiet',
    columnPosition: 'Position',
    columnValue: 'Wert wie veröffentlicht',
    columnPeriod: 'Zeitraum',
    columnMarket: 'Markt',
    columnFigures: 'Zahlen zu Frauen',
    columnScore: 'Median der GI-TOC-Bewertung',
    columnSeries: 'Stadium',
    columnStage: 'Stadium',
    sourcesInView: 'Quellen der angezeigten Zahlen',
    sourceRowsInView:
      '{n, plural, one {# Datenzeile hinter den gezeigten Abbildungen} other {# Datenzeilen hinter den gezeigten Abbildungen}}',
    methodLink: 'Methode: wie die Zahlen berechnet werden',
    userDataTitle: 'Ihre eigenen Daten (CSV oder Parquet)',
    userDataPrivate:
      'Ihre Dateien werden nur in diesem Browser gelesen: Nichts wird irgendwohin hochgeladen.',
    userDataTemplates: 'Von der Vorlage ausgehen:',
    userTemplate: 'Vorlage für Beobachtungen (CSV)',
    userTemplateSources: 'Vorlage für Quellen (CSV)',
    userGuide: 'Leitfaden zu den Codes',
    userExample: 'kleine Beispieldatei',
    userChoose: 'Dateien auswählen oder ablegen',
    userPreview:
      'Die ersten Zeilen, wie gelesen: Prüfen Sie vor dem Laden, ob Namen und Akzente richtig aussehen.',
    userYears:
      'Ihre Daten umfassen {first}–{last}; der Zeitraum wurde erweitert, um sie einzuschließen.',
    userYearsOutside:
      'Ihre Daten umfassen {first}–{last}, außerhalb der Jahre, die der Atlas zeigt ({min}–{max}): Sie sind geladen, aber keine Ansicht kann sie zeigen.',
    userReading: '{file} wird gelesen: {percent}',
    userStaging: '{file} wird in die Abfrage-Engine geladen…',
    userChecking: 'Zeilen werden geprüft: Regel {n} von {total}',
    userCancel: 'Abbrechen',
    userCancelled: 'Lesen abgebrochen; es wurde nichts geladen.',
    userErrors:
      '{n, plural, one {# Problem} other {# Probleme}} gefunden; nichts wurde geladen. Korrigieren Sie die Datei und laden Sie sie erneut.',
    userValid: '{n, plural, one {# Zeile ist} other {# Zeilen sind}} gültig.',
    userConfirm: 'Trotz der obigen Warnungen laden',
    userLabel: 'Angezeigter Name für Ihre Daten',
    userDefaultLabel: 'Ihre Daten',
    userAlone: 'Nur Ihre Daten in den Staatenansichten zeigen',
    userBeside:
      'Die mitgelieferten Daten in den Staatenansichten behalten; Ihre Zahlen erscheinen daneben',
    userRemember: 'Meine Daten nach dem Neuladen in diesem Browser behalten',
    userRememberOneCopy:
      'Der Browser behält eine Kopie für alle Tabs des Atlas: Daten, die Sie in einem Tab behalten, ersetzen die, die ein anderer Tab behalten hat.',
    userLoad: 'Meine Daten laden',
    userLoaded:
      '{label}: {n, plural, one {# Zeile} other {# Zeilen}} geladen, in jeder Ansicht und jedem Export als Ihre gekennzeichnet.',
    userForget: 'Meine Daten vergessen',
    'figure_states-chart': 'Staaten (Balkendiagramm)',
    figure_map: 'Karte',
    figure_regions: 'Regionen',
    figure_pipeline: 'Strafverfahren',
    figure_comparison: 'Ländervergleich',
    figure_hierarchy: 'Hierarchie und Position im Netzwerk',
    figure_markets: 'Kriminelle Märkte',
    figure_coverage: 'Datenlücken',
    deckLabel: 'Präsentation',
    deckFigure: 'Abbildung für die Folie',
    deckAdd: 'Diese Ansicht zur Präsentation hinzufügen',
    deckCount: '{n, plural, one {# Folie} other {# Folien}} in der Präsentation',
    deckPresent: 'Präsentieren (Pfeiltasten, Esc zum Verlassen)',
    deckSave: 'Präsentation speichern',
    deckLoad: 'Eine Präsentation laden',
    deckClear: 'Präsentation leeren',
    deckTooLarge: 'die Datei ist größer als 1\u00a0MB und daher keine Präsentation dieses Atlas',
    deckSlideWarning: 'Folie {n}: {text}',
    deckLoadError: 'Die Präsentation konnte nicht geladen werden: {error}.',
    deckOtherVersion:
      'Präsentation geladen; sie wurde mit der Datenversion {version} gespeichert, Zahlen können abweichen.',
    deckLoaded: '{n, plural, one {# Folie} other {# Folien}} geladen.',
    deckDownload: 'Foliensatz herunterladen (PowerPoint)',
    deckPrint: 'Foliensatz drucken (PDF)',
    deckWorking: 'Foliensatz wird erstellt…',
    deckWritten:
      '{n, plural, one {Foliensatz mit # Folie gespeichert.} other {Foliensatz mit # Folien gespeichert.}}',
    deckFailed: 'Der Foliensatz konnte nicht gespeichert werden: {error}.',
    deckLeftOut: 'Ausgelassen, da sie nicht gezeichnet werden konnten: {figures}.',
    deckMethodNotes: 'Hinweise zur Methode dieser Abbildung (nicht auf der Folie)',
    deckNoPoints: 'Auf den Zeilen der Filter dieser Folie beruht kein Gesprächspunkt.',
    deckPrintHint: 'Wählen Sie im Druckdialog „Als PDF speichern“: Jede Folie ist eine 16:9-Seite.',
    exportLabel: 'Diese Abbildung exportieren',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    copyFigure: 'Abbildung kopieren',
    figureCopied:
      '{pages, plural, one {Abbildung} other {Seite 1 von #}} als Bild kopiert, mit ihrer Zusammenfassung als Text (als Alternativtext).',
    clipboardUnsupported:
      'Dieser Browser kann kein Bild in die Zwischenablage legen; das PNG wurde stattdessen heruntergeladen.',
    clipboardRefused:
      'Der Browser hat den Zugriff auf die Zwischenablage verweigert; das PNG wurde stattdessen heruntergeladen.',
    pngReduced:
      'Das PNG war für diesen Browser zu groß und wurde mit {scale}× ({width} × {height} px) statt {asked}× erstellt.',
    rasterFailed:
      'Die Abbildung konnte in diesem Browser nicht als PNG erstellt werden. Laden Sie stattdessen das SVG herunter.',
    exportFailed: 'Der Export ist fehlgeschlagen: {reason}.',
    embedCode: 'Einbetten',
    embedCodeLabel: 'Code, um diese Abbildung in eine Webseite einzubetten',
    embedCopied: 'Einbettungscode kopiert. Fügen Sie ihn in das HTML der Webseite ein.',
    embedNeedsAddress:
      'Legen Sie zuerst unter Werkzeuge die öffentliche Adresse des Atlas fest: Eine Einbettung, die auf diesen Computer verweist, ließe sich anderswo nicht öffnen.',
    embedFrameTitle: '{figure}, aus dem Atlas der Frauen in der organisierten Kriminalität',
    openInAtlas: 'Im Atlas öffnen',
    embedLoading: 'Die Abbildung wird geladen…',
    embedUnknownFigure: 'Diese Einbettung nennt keine Abbildung des Atlas.',
    exportSize: 'Exportgröße',
    publicAddress: 'Öffentliche Adresse des Atlas (für Links)',
    exportDate: 'Exportiert',
    cite: 'Zitiervorschlag',
    atlasName: 'Atlas der Frauen in der organisierten Kriminalität',
    datasetVersion: 'Datenversion',
    permalinkLabel: 'Permalink',
    preset_screen: 'Bildschirmbreite',
    preset_slide: 'Folie 16:9 (1920 px)',
    preset_a4: 'A4-Hochformat, Spalte',
    preset_square: 'Quadrat (1080 px)',
    stagePhrase_formal_contact: 'in formellen Kontakt mit der Polizei gebracht',
    stagePhrase_prosecuted: 'strafrechtlich verfolgt',
    stagePhrase_convicted: 'verurteilt',
    shareWithInterval: '{share} ({low}–{high}\u00a0%)',
    noteYearRule:
      'Jeder Staat zeigt sein letztes Jahr im Zeitraum mit einem berechenbaren Anteil (sonst sein letztes Jahr mit einer Zahl); das Jahr ist für jeden Staat angegeben.',
    noteInterval:
      'In Klammern und als Fehlerbalken: das 95-%-Intervall eines berechneten Anteils (Wilson-Score). Es zeigt, wie stark ein Anteil, der auf wenigen Personen beruht, zufällig abweichen könnte; es erfasst keine Unterschiede in der Zählweise der Staaten.',
    noteSmallCount:
      'Weniger als 30 Personen hinter dem Anteil (hohl oder heller dargestellt; mit Vorsicht lesen): {names}.',
    noteSmallCountHollow: 'Hohle Marken: Anteile aus weniger als 30 Personen berechnet.',
    smallCountShort: 'weniger als 30 Personen',
    noteNoDataAll:
      'Keine Zahl für dieses Delikt, Stadium und diesen Zeitraum: {count} der 57 Teilnehmerstaaten{kosovo, plural, =1 { und Kosovo*} other {}}.',
    noteNoDataSelection:
      'Keine Zahl für dieses Delikt, Stadium und diesen Zeitraum: {count} der {total} Staaten der Auswahl „{scope}“{kosovo, plural, =1 { und Kosovo*} other {}}. Staaten außerhalb werden nicht gezählt.',
    noteOutside:
      'Hellgrau, ohne Schraffur: Staaten außerhalb der Auswahl ({scope}), keine fehlenden Daten.',
    noteOnlyStage:
      'Dieses Delikt wird nur in einem Stadium veröffentlicht: Personen, die {stage} wurden.',
    noteDrugOffences:
      'Personen, die wegen Drogenhandelsdelikten in formellen Kontakt gebracht wurden (nationale Definitionen; einschließlich Angebotsdelikten ohne Bezug zur organisierten Kriminalität).',
    offence_human_trafficking: 'Menschenhandel',
    offence_drug_trafficking: 'Drogenhandelsdelikte (alle Drogen)',
    offence_drug_trafficking_cannabis: 'Drogenhandelsdelikte (Cannabis)',
    offence_drug_trafficking_cocaine: 'Drogenhandelsdelikte (Kokain)',
    offence_drug_trafficking_ats: 'Drogenhandelsdelikte (Stimulanzien vom Amphetamintyp)',
    offence_drug_trafficking_opioids: 'Drogenhandelsdelikte (Opioide)',
    tooltipOutside: 'Außerhalb der Auswahl',
    legendOutside: 'Außerhalb der Auswahl',
    legendSmallCount: 'Weniger als 30 Personen (heller)',
    legendCount: '{label}: {count, plural, one {# Staat} other {# Staaten}}',
    legendTotalOrPartial: 'Nur Gesamtzahlen oder Geschlecht für <90 % bekannt',
    describeShare:
      '{name}, {year}: {share} (95-%-Intervall {low}–{high}\u00a0%), von {persons, plural, one {# Person} other {# Personen}}',
    describeShareNoInterval: '{name}, {year}: {share}',
    summaryCount:
      '{count, plural, one {# Staat} other {# Staaten}} ({scope}) {count, plural, one {hat} other {haben}} einen berechneten Anteil.',
    summaryHighest: 'Höchster, mit einem Intervall ganz über dem jedes anderen Staates: {state}.',
    summaryLowest:
      'Niedrigster, mit einem Intervall ganz unter dem jedes anderen Staates: {state}.',
    summaryTop:
      'Von oben (ihre Intervalle überschneiden sich, daher wird kein Staat hervorgehoben): {states}.',
    summaryBottom: 'Von unten: {states}.',
    summarySmall:
      '{count, plural, one {# Anteil beruht} other {# Anteile beruhen}} auf weniger als 30 Personen.',
    summaryMissingAll:
      '{count, plural, one {# der 57 Teilnehmerstaaten hat} other {# der 57 Teilnehmerstaaten haben}} keine Zahl.',
    summaryMissingSelection:
      '{count, plural, one {# der {total} Staaten der Auswahl ({scope}) hat} other {# der {total} Staaten der Auswahl ({scope}) haben}} keine Zahl.',
    pageOf: '{page} von {pages}',
    permalinkLine: 'Permalink: {url}',
    exportedOn: 'Exportiert am {date}',
    citation: 'Zitiervorschlag: {atlas}, „{title}“, Datenversion {version}, {date}.',
    valueExact: '{value}',
    valueApprox: 'etwa {value}',
    valueAverage: 'durchschnittlich {value}',
    valueAtLeast: 'mindestens {value}',
    valueMoreThan: 'mehr als {value}',
    valueAtMost: 'höchstens {value}',
    valueUpTo: 'bis zu {value}',
    valueLessThan: 'weniger als {value}',
    valueAlmost: 'fast {value}',
    valueRange: '{low}–{high}',
    valueSuppressed: 'weniger als 5',
    asPublished: '{value} (wie veröffentlicht)',
    menShareAsPublished: 'Männer: {value} (wie veröffentlicht; Frauenanteil nicht veröffentlicht)',
    allPersons: 'Alle Personen',
    contextHeading: 'Nur Kontext: keine organisierte Kriminalität',
    notStated: 'nicht angegeben',
    regionsNoteInterval:
      'Das Intervall eines gepoolten Anteils ist das der gepoolten Zahlen, als wären sie eine Stichprobe; es erfasst keine Unterschiede zwischen den Staaten.',
    regionsNoteRanks:
      'Gepoolter Anteil und Median ordnen die Subregionen unterschiedlich: gepoolt {pooled}; Median {median}.',
    regionsRankDiffer:
      'Der gepoolte Anteil und der Median der Staaten ordnen die Subregionen unterschiedlich.',
    regionsDescribe:
      '{region} {share}, {women} von {denominator}, gepoolt über {states, plural, one {# Staat} other {# Staaten}}',
    regionsMembers: 'Staaten und Jahre: {states}',
    pipelineTitleDrugs: 'Frauenanteil im Zeitverlauf: {scope}, {offence}',
    pipelineNotePanel:
      'Für eine Gruppe von Staaten poolt jede Linie nur die Staaten, die in jedem gezeigten Jahr Frauen und Männer veröffentlichen, ohne Bruch in ihrer Reihe, sodass sich die Menge der Staaten entlang einer Linie nie ändert.',
    pipelineNotePanelSeries:
      '{series}: gepoolt über {count, plural, one {# Staat} other {# Staaten}} ({states}); {leftOut, plural, =0 {keiner ausgelassen} one {# Staat mit Lücken ausgelassen} other {# Staaten mit Lücken ausgelassen}}.',
    pipelineNoteNoPanel:
      '{series}: keine Linie, da kein Staat in jedem gezeigten Jahr Frauen und Männer veröffentlicht ({leftOut, plural, one {# Staat} other {# Staaten}} mit Lücken).',
    pipelineNoteBreak:
      '{series}: möglicher Bruch in der Reihe zwischen {from} und {to} (die Gesamtzahl ändert sich um das {ratio}-Fache); als Lücke dargestellt.',
    pipelineSummaryEmpty: '{scope}: Für diese Filter kann kein Anteil dargestellt werden.',
    marketsStatesTitle: 'Frauenanteil nach Delikt und Stadium, Staat für Staat: {scope}',
    marketsStatesSubtitle:
      'Letztes Jahr mit einem Anteil in {from}–{to}; Punkte mit 95-%-Intervallen (hohl: weniger als 30 Personen). Rechts: GI-TOC-Bewertungen 2023 der zugehörigen Märkte, 1 bis 10, nicht nach Geschlecht.',
    marketsStatesSummary:
      '{states, plural, one {# Staat hat} other {# Staaten haben}} einen Anteil für mindestens ein Delikt: {contact} beim formellen Kontakt, {prosecuted} bei der Strafverfolgung und {convicted} bei der Verurteilung wegen Menschenhandels; {drugs} bei Drogenhandelsdelikten.',
    marketsNoteOffences:
      'Menschenhandel: UNODC, Personen in formellem Kontakt, strafrechtlich verfolgt und verurteilt. Drogenhandelsdelikte: UNODC-Weltdrogenbericht, nur Personen in formellem Kontakt (nationale Definitionen; einschließlich Angebotsdelikten ohne Bezug zur organisierten Kriminalität). Verschiedene Delikte und Stadien werden nie addiert.',
    marketsNoteDrugMapping:
      'Die Drogendelikte werden nur ungefähr neben den Drogenmärkten des GI-TOC gelesen: Cannabis mit dem Cannabishandel, Kokain mit dem Kokainhandel, Stimulanzien vom Amphetamintyp mit dem Handel mit synthetischen Drogen, Opioide mit dem Heroinhandel.',
    scoresSummary: 'Höchste GI-TOC-Marktbewertungen ({edition}, nicht nach Geschlecht): {markets}.',
    scoresSummaryEmpty: 'Der GI-TOC-Index gibt für diesen Staat keine Bewertungen.',
    scoresNone: 'Keine GI-TOC-Bewertungen: Der Index erfasst diesen Staat nicht.',
    scoresNoteEditions: 'Balken: Ausgabe {latest}; schwarze Striche: Ausgabe {earlier}.',
    actor_mafia_style_groups: 'Mafiaartige Gruppen',
    actor_criminal_networks: 'Kriminelle Netzwerke',
    actor_state_embedded_actors: 'Im Staat verankerte Akteure',
    actor_foreign_actors: 'Ausländische Akteure',
    actor_private_sector_actors: 'Akteure des Privatsektors',
    profileTrends: 'Frauenanteil im Zeitverlauf, nach Delikt und Stadium',
    profileFigures: 'Veröffentlichte Zahlen zu diesem Staat',
    profileScores: 'GI-TOC-Bewertungen von Märkten und Akteuren',
    profileCoverage: 'Was dieser Staat veröffentlicht und was nicht',
    profileTrendsTitle: '{state}: Frauenanteil nach Delikt und Stadium im Zeitverlauf',
    profileTrendsSubtitle:
      'Aus Zahlen nach Geschlecht berechnet (UNODC), mit 95-%-Intervallen; Lücken bei fehlenden Jahren und bei möglichen Brüchen in einer Reihe.',
    profileTrendsOutside:
      'Dieser Verlauf zeigt alle veröffentlichten Jahre, auch Jahre außerhalb des sonst auf dieser Seite verwendeten Zeitraums ({from}–{to}): {years}.',
    profileFiguresTitle: '{state}: veröffentlichte Frauenanteile',
    profileScoresTitle: '{state}: GI-TOC-Bewertungen krimineller Märkte und Akteure',
    profileScoresSubtitle:
      'Expertenbewertungen der Verbreitung von 1 bis 10; nicht nach Geschlecht aufgeschlüsselt.',
    profileCoverageTitle:
      '{state}: was über Täter veröffentlicht wird, nach Delikt, Stadium und Jahr',
    profileCoverageSummary:
      '{offence}, nach Stadium im Zeitraum: eine Zahl für Frauen: {published}; nur eine Zahl für Männer: {menOnly}; nur wegen Geheimhaltung nicht ausgewiesen (<5): {suppressed}; nur Gesamtzahlen: {totalOnly}.',
    profileInStudy: '{state} ist einer der 14 Staaten der OSZE-Studie von 2023.',
    profileNotInStudy: '{state} gehört nicht zu den 14 Staaten der OSZE-Studie von 2023.',
    profileOffenceLatest: '{offence}, letzter Frauenanteil: ',
    profileOffenceNone:
      '{offence}: Aus den für diesen Staat veröffentlichten Zahlen lässt sich kein Frauenanteil berechnen.',
    profileShare:
      '{women, plural, one {# Frau} other {# Frauen}} von {persons} Personen, {share} (95-%-Intervall {low}–{high} %)',
    profileSource: 'Quelle: {source}.',
    profileFiguresCount:
      '{count, plural, one {# weitere veröffentlichte Zahl betrifft} other {# weitere veröffentlichte Zahlen betreffen}} {state}, zum Beispiel ',
    profileFiguresNone: 'Keine weitere veröffentlichte Zahl zu {state} gefunden.',
    profileScoresNone: 'Der GI-TOC-Index gibt dafür keine Bewertungen.',
    profileBack: '← Zurück zum Atlas',
    profileOther: 'Ein anderer Staat',
    profilePrint: 'Drucken oder als PDF speichern',
    profileMethodNote:
      'Die Anteile berechnet der Atlas aus veröffentlichten Zahlen; siehe die Methode. Grenzen und Namen bedeuten keine Billigung durch die OSZE oder die Vereinten Nationen.',
    talkingPoints: 'Gesprächspunkte',
    pointsIntro:
      'Sätze, die der Atlas aus den angezeigten Datenzeilen bildet, die stärksten Belege zuerst, jeder mit seiner Anmerkung. Sie können Sätze abwählen oder umordnen; Ihre Auswahl bleibt in der Adresse erhalten.',
    pointsNone: 'Die angezeigten Zeilen tragen keinen Satz, der sich sicher zitieren lässt.',
    pointsCopy: 'Kopieren',
    pointsCopied:
      'Kopiert: {count, plural, one {# Punkt} other {# Punkte}} mit Anmerkungen, als formatierter und als reiner Text.',
    pointsCopyFailed:
      'Der Browser hat das Kopieren nicht erlaubt; markieren Sie die Punkte und kopieren Sie sie von Hand.',
    pointsInclude: 'Aufnehmen',
    pointsMoveUp: 'Nach oben',
    pointsMoveDown: 'Nach unten',
    pointsNotes: 'Anmerkungen',
    pointsLeftOut: 'Nicht aufgenommen',
    briefDocx: 'Kurzinformation (Word)',
    briefPdf: 'Kurzinformation (PDF)',
    briefFailed: 'Die Kurzinformation konnte nicht erstellt werden: {reason}.',
    pointKind_stage_share: 'Anteil in einer Verfahrensphase',
    pointKind_trend: 'Veränderung über die Zeit',
    pointKind_pipeline: 'Strafverfahrenskette',
    pointKind_comparison: 'Vergleich',
    pointKind_published: 'Veröffentlichte Zahl',
    pointKind_data_gap: 'Datenlücke',
    pointGroup_formal_contact: 'Personen in formellem Kontakt mit der Polizei',
    pointGroup_prosecuted: 'strafrechtlich verfolgte Personen',
    pointGroup_convicted: 'verurteilte Personen',
    pointAreaNamed: '{names}',
    pointAreaPooled:
      '{scope}, {count, plural, one {# Staat, der} other {# Staaten, die}} in jedem Jahr Frauen und Männer veröffentlichen',
    pointShare_formal_contact:
      '{area}, {offence}, {yearText}: Von {persons, plural, one {{personsText} Person in formellem Kontakt mit der Polizei} other {{personsText} Personen in formellem Kontakt mit der Polizei}} {women, plural, one {war {womenText} eine Frau} other {waren {womenText} Frauen}}, das sind {shareText} (95-%-Intervall {lowText}–{highText} %).',
    pointShare_prosecuted:
      '{area}, {offence}, {yearText}: Von {persons, plural, one {{personsText} strafrechtlich verfolgten Person} other {{personsText} strafrechtlich verfolgten Personen}} {women, plural, one {war {womenText} eine Frau} other {waren {womenText} Frauen}}, das sind {shareText} (95-%-Intervall {lowText}–{highText} %).',
    pointShare_convicted:
      '{area}, {offence}, {yearText}: Von {persons, plural, one {{personsText} verurteilten Person} other {{personsText} verurteilten Personen}} {women, plural, one {war {womenText} eine Frau} other {waren {womenText} Frauen}}, das sind {shareText} (95-%-Intervall {lowText}–{highText} %).',
    pointSuppressed_formal_contact:
      '{area}, {offence}, {yearText}: Die Zahl der in formellen Kontakt mit der Polizei gebrachten Frauen ist nicht veröffentlicht: Die Quelle veröffentlicht keine Zahlen unter 5 (statistische Geheimhaltung).',
    pointSuppressed_prosecuted:
      '{area}, {offence}, {yearText}: Die Zahl der strafrechtlich verfolgten Frauen ist nicht veröffentlicht: Die Quelle veröffentlicht keine Zahlen unter 5 (statistische Geheimhaltung).',
    pointSuppressed_convicted:
      '{area}, {offence}, {yearText}: Die Zahl der verurteilten Frauen ist nicht veröffentlicht: Die Quelle veröffentlicht keine Zahlen unter 5 (statistische Geheimhaltung).',
    pointSmallCountSome:
      'Mindestens einer dieser Anteile beruht auf weniger als 30 Personen: eine kleine Fallzahl, mit Vorsicht zu lesen.',
    pointSmallCount:
      'Dieser Anteil beruht auf weniger als 30 Personen: eine kleine Fallzahl, mit Vorsicht zu lesen.',
    pointTrendRose:
      '{area}, {offence}, {group}: Der Frauenanteil stieg von {fromShareText} im Jahr {fromYearText} ({fromWomenText} von {fromPersonsText}; 95-%-Intervall {fromLowText}–{fromHighText} %) auf {toShareText} im Jahr {toYearText} ({toWomenText} von {toPersonsText}; 95-%-Intervall {toLowText}–{toHighText} %); die beiden Intervalle überschneiden sich nicht.',
    pointTrendFell:
      '{area}, {offence}, {group}: Der Frauenanteil sank von {fromShareText} im Jahr {fromYearText} ({fromWomenText} von {fromPersonsText}; 95-%-Intervall {fromLowText}–{fromHighText} %) auf {toShareText} im Jahr {toYearText} ({toWomenText} von {toPersonsText}; 95-%-Intervall {toLowText}–{toHighText} %); die beiden Intervalle überschneiden sich nicht.',
    pointTrendOverlap:
      '{area}, {offence}, {group}: Der Frauenanteil betrug {fromShareText} im Jahr {fromYearText} ({fromWomenText} von {fromPersonsText}; 95-%-Intervall {fromLowText}–{fromHighText} %) und {toShareText} im Jahr {toYearText} ({toWomenText} von {toPersonsText}; 95-%-Intervall {toLowText}–{toHighText} %); die beiden Intervalle überschneiden sich, der Unterschied kann also zufällig sein.',
    pointPipeline: '{area}, {offence}, {yearText}, Frauenanteil nach Verfahrensphase: {listText}.',
    pointPipelineItem:
      '{group} {shareText} ({womenText} von {personsText}; 95-%-Intervall {lowText}–{highText} %)',
    pointCompareHigher:
      '{area}, {offence}, {group}: Der Frauenanteil, {shareText} im Jahr {yearText} ({womenText} von {personsText}; 95-%-Intervall {lowText}–{highText} %), ist höher als in der Teilregion „{region}“ insgesamt, {regionShareText} ({regionWomenText} von {regionPersonsText} in {count, plural, one {# Staat} other {# Staaten}}, letztes Jahr je Staat in {from}–{to}; 95-%-Intervall {regionLowText}–{regionHighText} %); die Intervalle überschneiden sich nicht.',
    pointCompareLower:
      '{area}, {offence}, {group}: Der Frauenanteil, {shareText} im Jahr {yearText} ({womenText} von {personsText}; 95-%-Intervall {lowText}–{highText} %), ist niedriger als in der Teilregion „{region}“ insgesamt, {regionShareText} ({regionWomenText} von {regionPersonsText} in {count, plural, one {# Staat} other {# Staaten}}, letztes Jahr je Staat in {from}–{to}; 95-%-Intervall {regionLowText}–{regionHighText} %); die Intervalle überschneiden sich nicht.',
    pointCompareOverlap:
      '{area}, {offence}, {group}: Der Frauenanteil, {shareText} im Jahr {yearText} ({womenText} von {personsText}; 95-%-Intervall {lowText}–{highText} %), ist nicht deutlich verschieden von dem in der Teilregion „{region}“ insgesamt, {regionShareText} ({regionWomenText} von {regionPersonsText} in {count, plural, one {# Staat} other {# Staaten}}, letztes Jahr je Staat in {from}–{to}; 95-%-Intervall {regionLowText}–{regionHighText} %); die Intervalle überschneiden sich, ein Unterschied lässt sich daher nicht feststellen.',
    pointHighest:
      '{area}, {offence}, {group}, letztes Jahr je Staat in {from}–{to}: Den höchsten Frauenanteil hat {state}, {shareText} im Jahr {yearText} ({womenText} von {personsText}; 95-%-Intervall {lowText}–{highText} %); sein Intervall liegt ganz über denen {others, plural, one {des anderen Staates} other {der # anderen Staaten}} mit einem Anteil.',
    pointLowest:
      '{area}, {offence}, {group}, letztes Jahr je Staat in {from}–{to}: Den niedrigsten Frauenanteil hat {state}, {shareText} im Jahr {yearText} ({womenText} von {personsText}; 95-%-Intervall {lowText}–{highText} %); sein Intervall liegt ganz unter denen {others, plural, one {des anderen Staates} other {der # anderen Staaten}} mit einem Anteil.',
    pointAllMarkets: 'alle kriminellen Märkte',
    pointPositionGroup: '{position} ({group})',
    pointPublishedComputed:
      '{area}, {market}, {periodText}, {position}: {women, plural, one {{womenText} Frau} other {{womenText} Frauen}} von {persons, plural, one {{personsText} Person} other {{personsText} Personen}}, das sind {shareText} (95-%-Intervall {lowText}–{highText} %; vom Atlas berechnet aus den von {publisherText} veröffentlichten Zahlen).',
    pointPublishedShare:
      '{area}, {market}, {periodText}, {position}: Frauenanteil {valueText}, wie von {publisherText} veröffentlicht.',
    pointGapNone:
      '{area}, {offence}, {group}, {from}–{to}: Die Quelle veröffentlicht für diese Phase keine Zahl; der Anteil der Frauen ist daher nicht bekannt.',
    pointGapTotalOnly:
      '{area}, {offence}, {group}, {from}–{to}: Es werden nur Gesamtzahlen ohne Zahl der Frauen veröffentlicht; ein Anteil lässt sich daher nicht berechnen.',
    pointGapSuppressed:
      '{area}, {offence}, {group}, {from}–{to}: Wo es eine Zahl gibt, ist die Zahl der Frauen nicht veröffentlicht (weniger als 5, statistische Geheimhaltung); ein Anteil lässt sich daher nicht angeben.',
    pointGapGroup:
      '{area}, {offence}, {group}, {from}–{to}: {publishingText} der {count, plural, one {# erfassten Staates} other {# erfassten Staaten}} veröffentlichen für mindestens ein Jahr eine Zahl der Frauen; die übrigen keine.',
    pointNoteSource: '{publisherText}, {titleText}, {year}, {urlText}',
    pointNoteSourceLocated: '{publisherText}, {titleText}, {year}, {locator}, {urlText}',
    pointNote: '{sourcesText}. Abgerufen über „{atlas}“, Datenstand {version}.',
    briefTitle: 'Kurzinformation: {selection}',
    briefDated: '{date} · Datenstand {version}',
    briefSelectionState: '{state}, Staatenprofil',
    briefSelectionAtlas: '{scope}, {offence}, {group}, {from}–{to}',
    briefFigures: 'Abbildungen',
    briefNoFigures:
      'Abbildungen sind in dieser Datei nicht enthalten; exportieren Sie sie mit ihren Quellen aus dem Atlas.',
    briefCiteHeading: 'Zitiervorschlag',
    briefCite: '{atlas}, Kurzinformation „{selection}“, Datenstand {version}, {date}.',
    briefTermsHeading: 'Nutzungsbedingungen',
    briefTermsAtlas:
      'Sätze und Anmerkungen stammen vom Atlas (Code unter MIT-Lizenz); die Zahlen gehören den veröffentlichenden Stellen und werden nach den Bedingungen der jeweiligen Quelle weiterverwendet:',
    briefTermsSource: '{publisher}: {terms}.',
    briefClose: 'Schließen',
    briefPrintHint: 'Wählen Sie im Druckdialog A4 und „Als PDF speichern“.',
    openProfile: 'Profil öffnen',
    'figure_market-figures': 'Veröffentlichte Zahlen nach Markt',
    'figure_profile-trends': 'Staatenprofil: Entwicklung',
    'figure_profile-figures': 'Staatenprofil: veröffentlichte Zahlen',
    'figure_profile-scores': 'Staatenprofil: GI-TOC-Bewertungen',
    'figure_profile-coverage': 'Staatenprofil: was veröffentlicht wird',
    urlReason_unknown_code: '{param}={value}: kein bekannter Code',
    urlReason_unknown_region: '{param}={value}: keine Region des Atlas',
    urlReason_not_a_year: '{param}={value}: kein Jahr, das der Atlas abdeckt',
    urlReason_not_a_state: '{param}={value}: weder ein Teilnehmerstaat noch Kosovo',
    urlReason_unknown_language: '{param}={value}: keine der Sprachen des Atlas',
    urlReason_not_a_flag: '{param}={value}: sollte 0 oder 1 sein',
    urlReason_repeated: '{param} wurde mehrmals angegeben: {applied} angewandt, {value} ignoriert',
    urlReason_unknown_param: '{param}: keine Einstellung des Atlas',
    urlReason_too_many: '{param}={value}: höchstens 8 Staaten können gewählt werden',
    urlReason_from_after_to:
      '{param}={value}: der Zeitraum beginnt nach seinem Ende; der Standardzeitraum wird gezeigt',
    columnEdition: 'Ausgabe',
    columnGroup: 'Gezählte Gruppe',
    columnIndicator: 'Indikator',
    columnIndicatorKind: 'Art',
    columnIntervalHigh: '95-%-Intervall, oben',
    columnIntervalLow: '95-%-Intervall, unten',
    columnMen: 'Männer',
    columnQualifier: 'Wie veröffentlicht',
    columnSex: 'Wessen Anteil',
    columnSmallCount: 'Weniger als 30 Personen',
    columnTotal: 'Veröffentlichte Gesamtzahl',
    columnValueHigh: 'Obere Grenze',
    columnOutOf: 'Von (Zahl der Frauen, zu der sie gehört)',
    columnValueLow: 'Untere Grenze',
    columnValueNumber: 'Wert',
    men: 'Männer',
    women: 'Frauen',
    yes: 'ja',
    skipToMap: 'Zur Karte springen',
    skipToFilters: 'Zu den Filtern springen',
    skipToContent: 'Zum Inhalt springen',
    updating: 'Die Zahlen werden aktualisiert…',
    tools: 'Werkzeuge: Exportgröße, eigene Daten, Präsentation',
    marketsWithCounts: 'Mit Zahlen nach Geschlecht je Staat',
    marketsOther: 'Andere Märkte (nur veröffentlichte Zahlen)',
    shareInstead:
      'Es ist keine öffentliche Adresse des Atlas festgelegt: Ein Link auf diesen Computer ließe sich anderswo nicht öffnen. Teilen Sie die Abbildung stattdessen als Datei (Quelle und Filter stehen darauf) oder legen Sie die Adresse fest.',
    shareInsteadDismiss: 'Nicht jetzt',
    linkNeedsAddress:
      'Legen Sie zuerst unter Werkzeuge die öffentliche Adresse des Atlas fest: Links auf diesen Computer ließen sich anderswo nicht öffnen.',
    exportFigure: '{figure} exportieren:',
    csvExcel: 'CSV für Excel',
    noPublicAddress:
      'Es ist keine öffentliche Adresse des Atlas festgelegt, daher kann die Abbildung keinen Link tragen, den andere öffnen können. Legen Sie sie fest oder exportieren Sie ohne Link (die Filter bleiben im Untertitel und in den Metadaten der Datei).',
    setPublicAddress: 'Öffentliche Adresse festlegen',
    exportWithoutLink: 'Ohne Link exportieren',
    profileScoresSentence:
      'GI-TOC-Marktbewertungen ({edition}, nicht nach Geschlecht), die höchsten: ',
    ariaPoints: 'Anteile nach Jahr',
    ariaComparison: 'Anteile nach Staat und Stadium',
    ariaCoverage: 'was veröffentlicht ist, nach Staat, Stadium und Jahr',
    ariaMarkets: 'Märkte',
    ariaPublished: 'veröffentlichte Zahlen',
    ariaShareBars: 'Balken der Anteile',
    ariaShareLabels: 'Beschriftungen der Anteile',
    inFile: '{file}: {text}',
    issueError: 'FEHLER',
    issueWarning: 'WARNUNG',
    issueRow: 'Zeile {line}',
    issueFileRow: '{file} Zeile {line}',
    issueValue: ' (Wert: „{value}“)',
    issueAllowed: ' Zulässig: {allowed}.',
    issueLine: '{severity} {where}: {message}{value}.{allowed}',
    issue_required: 'ein Wert ist erforderlich',
    issue_not_identifier: 'keine gültige Kennung',
    issue_not_id_list: 'keine Liste von Kennungen',
    issue_unknown_code: 'unbekannter Code',
    issue_not_year: 'kein Jahr',
    issue_not_number: 'keine Zahl',
    issue_not_boolean: 'kein Wahrheitswert',
    issue_not_url: 'keine Webadresse',
    issue_not_iso_numeric: 'kein dreistelliger numerischer ISO-Code',
    issue_not_utf8:
      'die Datei ist kein gültiger UTF-8-Text (ein unlesbares Zeichen wurde gefunden)',
    issue_not_csv: 'die Datei ist kein gültiges CSV: {detail}',
    csv_after_quote: 'Zeile {line}: unerwartetes Zeichen nach schließendem Anführungszeichen',
    csv_unterminated: 'Zeile {line}: nicht geschlossenes Feld in Anführungszeichen',
    issue_missing_columns:
      '{n, plural, one {fehlende Spalte} other {fehlende Spalten}} für die Tabelle „{table}“',
    issue_unknown_column: 'unbekannte Spalte für die Tabelle „{table}“',
    issue_duplicate_column: 'Spalte kommt in der Kopfzeile mehrfach vor',
    issue_more_rows:
      '{n, plural, one {# weitere Zeile verletzt} other {# weitere Zeilen verletzen}} dieselbe Regel in der Spalte {column}; nur die ersten {shown} sind aufgeführt',
    issue_more_ragged:
      '{n, plural, one {# weitere Zeile hat} other {# weitere Zeilen haben}} nicht die richtige Zahl von Zellen; nur die ersten {shown} sind aufgeführt',
    issue_cell_count: 'hat {cells} Zellen, die Kopfzeile aber {header}',
    issue_spaces: 'hat Leerzeichen am Anfang oder Ende',
    issue_duplicate_id: '{key} doppelt; zuerst verwendet in Zeile {first}',
    issue_conflict:
      'widerspricht {where} ({value}): gleiches Gebiet, gleicher Zeitraum, gleiche Population, gleicher Markt, gleiche Hierarchie, Rolle, Organisationsart, gleiches Stadium, Geschlecht, Maß, gleiche Einheit, Quelle und gezählte Gruppe (Nenner), aber ein anderer Wert; keine der beiden Zeilen wird geladen',
    issue_duplicate_score: 'doppelte Bewertung für {key}; zuerst in Zeile {first}',
    issue_unknown_state: 'unbekannter Staat',
    issue_unknown_member: 'unbekannter Staat in members',
    issue_no_source: 'keine Quelle mit dieser Kennung',
    issue_score_range: 'eine Indexbewertung liegt zwischen 1 und 10',
    issue_duplicate_obs: 'obs_id doppelt; zuerst verwendet in {first}',
    issue_unknown_area: 'unbekanntes Gebiet',
    issue_ends_before: 'endet, bevor er beginnt',
    issue_period_both: 'geben Sie period_start und period_end an, oder keines von beiden',
    issue_period_unknown: 'der Zeitraum ist unbekannt: geben Sie an, was die Quelle dazu sagt',
    issue_other_needs_note: 'das Stadium „other“ braucht eine Anmerkung, was die Zahl zählt',
    issue_needs_value: 'der Qualifikator „{qualifier}“ braucht einen Wert',
    issue_no_bounds:
      'der Qualifikator „{qualifier}“ hat keine Grenzen; verwenden Sie „range“ für eine Spanne',
    issue_range_both: 'eine Spanne braucht value_low und value_high',
    issue_range_no_value: 'eine Spanne hat keinen Einzelwert; lassen Sie value leer',
    issue_low_above_high: 'die untere Grenze liegt über der oberen ({high})',
    issue_lower_only: '„{qualifier}“ nimmt nur value_low',
    issue_upper_only: '„{qualifier}“ nimmt nur value_high',
    issue_suppressed_empty:
      'ein wegen Geheimhaltung nicht ausgewiesener Wert bleibt leer (die veröffentlichende Stelle zeigt „<5“)',
    issue_share_range: 'ein Anteil ist in Prozent und muss zwischen 0 und 100 liegen',
    issue_count_whole: 'eine Anzahl muss eine ganze Zahl ab 0 sein',
    issue_text_untranslated:
      'die eigenen Worte des Atlas brauchen eine Zeile in data/texts.csv mit allen sechs Sprachen',
    issue_text_languages: 'fehlt in: {list}',
    issue_text_unused: 'keine Beobachtung verwendet diesen Text',
    allowed_id:
      'Buchstaben, Ziffern und _ . : - (höchstens 64 Zeichen, beginnend mit einem Buchstaben oder einer Ziffer)',
    allowed_id_list: 'Kennungen, getrennt durch einzelne Leerzeichen, z.\u00a0B. „ALB BIH MKD“',
    allowed_list: '{list}',
    allowed_year: 'eine vierstellige Jahreszahl zwischen 1900 und 2100',
    allowed_number: 'eine Zahl mit Punkt als Dezimaltrennzeichen, z.\u00a0B. 12 oder 12.5',
    allowed_bool: 'true oder false',
    allowed_url: 'eine Adresse, die mit http:// oder https:// beginnt',
    allowed_iso_numeric: 'drei Ziffern, z.\u00a0B. 056',
    allowed_text: 'beliebiger Text',
    allowed_utf8: 'UTF-8-Text; speichern Sie die Datei als „CSV UTF-8“',
    allowed_each_once: 'jede Kennung nur einmal',
    allowed_each_once_all: 'jede Kennung nur einmal über alle Dateien',
    allowed_one_value: 'ein Wert je Schlüssel',
    allowed_six_languages:
      'der Text auf Englisch, Französisch, Deutsch, Italienisch, Russisch und Spanisch',
    allowed_source: 'eine in sources aufgeführte source_id',
    allowed_area: 'ein iso3-Code aus countries oder ein Regionscode aus regions',
    allowed_year_from: 'ein Jahr ab {start}',
    allowed_period_note: 'ein kurzer Text, z.\u00a0B. „not stated“',
    allowed_iso3: 'ein iso3-Code aus countries',
    allowed_iso3_list: 'iso3-Codes aus countries',
    allowed_score: '1 bis 10',
    allowed_percent: '0 bis 100',
    allowed_whole: 'ganze Zahlen',
    file_utf16:
      'UTF-16 ({endian}, wie von Excels „Unicode-Text“ gespeichert): als solches gelesen.',
    file_utf16_little: 'Little-Endian',
    file_utf16_big: 'Big-Endian',
    file_utf16_invalid:
      'Die Datei beginnt als UTF-16, ist aber kein gültiges UTF-16. Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut.',
    file_utf8_bom: 'UTF-8 mit Byte-Order-Mark (wie von Excel gespeichert): als UTF-8 gelesen.',
    file_cp1251:
      'Kein UTF-8: als Windows-1251 gelesen (Kyrillisch, wie von einem russischsprachigen Excel gespeichert). Prüfen Sie die Namen.',
    file_unknown_encoding:
      'Die Datei ist weder UTF-8 noch eine Windows-Codepage, die der Atlas erkennt. Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut.',
    file_cp1252:
      'Kein UTF-8: als Windows-1252 gelesen (westeuropäisch, wie von einem französischsprachigen Excel gespeichert). Prüfen Sie die Akzente.',
    file_too_large:
      'Die Datei ist größer als {mb}\u00a0MB; teilen Sie sie auf oder laden Sie sie als Parquet.',
    file_nul:
      'Zeile {line} enthält ein NUL-Zeichen (eine Binärdatei oder UTF-16 ohne Byte-Order-Mark). Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut.',
    file_mixed:
      'Die Datei mischt Kodierungen (einige Zeichen sind nicht lesbar). Speichern Sie sie als „CSV UTF-8“ und laden Sie sie erneut.',
    file_semicolons: 'Spalten durch Semikolons (;) getrennt: als solche gelesen.',
    file_not_csv: 'Die Datei ist kein gültiges CSV: {detail}.',
    file_empty: 'Die Datei ist leer.',
    file_header_only:
      'Die Datei hat eine Kopfzeile, aber keine Datenzeilen: nichts zu laden (bereits geladene Daten bleiben, wie sie sind).',
    file_long_cell: 'Zeile {line} hat eine Zelle mit mehr als {max} Zeichen (Spalte {column}).',
    file_decimal_commas:
      '{n, plural, one {# Zahl mit Dezimalkomma (z.\u00a0B. „12,5“) wurde} other {# Zahlen mit Dezimalkomma (z.\u00a0B. „12,5“) wurden}} als Dezimalzahl gelesen.',
    file_no_table:
      'die Kopfzeile entspricht weder der Tabelle der Beobachtungen noch der der Quellen der Vorlage.',
    file_no_observations:
      'Keine Beobachtungsdatei: Laden Sie eine Datei mit den Spalten der Vorlage (obs_id, source_id, area, …).',
    file_too_many_rows: 'die Datei hat {rows} Zeilen; der Atlas lädt höchstens {max}.',
    store_failed:
      'Der Browser konnte Ihre Daten nicht für das nächste Mal behalten ({reason}). Sie sind nur für diesen Besuch geladen.',
    store_clear_failed: 'Der Speicher des Browsers konnte nicht geleert werden ({reason}).',
    store_no_reason: 'der Browser nannte keinen Grund',
    store_removed: 'Ihre Daten wurden von dieser Seite entfernt. {text}',
    store_blocked: 'ein anderer Tab hält den Speicher offen',
    store_unavailable:
      'dieser Browser gibt dem Atlas keinen Speicher, etwa in einem privaten Fenster oder bei abgeschaltetem Speicher',
    store_forget_blocked:
      'Ein anderer Tab oder ein anderes Fenster des Atlas hält den Speicher des Browsers offen: Ihre Daten werden daraus entfernt, sobald er geschlossen wird.',
    store_not_created: 'der Speicher konnte nicht angelegt werden',
    store_refused: 'der Browser hat das Schreiben verweigert (Speicher voll?)',
    file_refused_large:
      'die Datei ist {size}\u00a0MB groß; der Atlas liest Dateien bis höchstens {mb}\u00a0MB. Teilen Sie sie nach Jahr oder Region auf oder speichern Sie sie als Parquet.',
    deck_not_json: 'keine Präsentationsdatei (kein JSON)',
    deck_not_ours: 'keine Präsentationsdatei dieses Atlas',
    deck_too_many: 'zu viele Folien (höchstens {max})',
    deck_malformed: 'Folie {n} ist fehlerhaft',
    file_parquet_expands:
      'Entpackt enthält die Parquet-Datei mehr als {mb}\u00a0MB Text, mehr als der Atlas liest (wie bei einer CSV-Datei). Teilen Sie sie nach Jahr oder Region auf.',
    file_parquet_nested:
      'Spalte {column} enthält verschachtelte Werte (Listen, Maps oder Structs); der Atlas liest nur einfache Spalten mit Text, Zahlen, Datumsangaben oder wahr/falsch, wie in der Vorlage.',
    file_parquet_type:
      'Spalte {column} hat einen Typ, den der Atlas nicht lesen kann ({type}); schreiben Sie sie als Text oder als Zahl.',
    file_parquet_undecodable:
      'Die Parquet-Datei konnte nicht dekodiert werden (eine Kompression oder Kodierung, die der Atlas nicht liest, oder eine beschädigte Datei). Speichern Sie sie erneut mit Snappy-Kompression oder als „CSV UTF-8“.',
    file_parquet_not_utf8:
      'Die Parquet-Datei enthält Text, der kein gültiges UTF-8 ist. Speichern Sie ihre Textspalten als UTF-8 und laden Sie sie erneut.',
    file_not_parquet:
      'Die Datei ist keine Parquet-Datei (sie muss mit „PAR1“ beginnen und enden). Speichern Sie sie erneut als Parquet oder als „CSV UTF-8“.',
    womenCountAsPublished:
      '{n, plural, one {{value} Frau} other {{value} Frauen}} (eine Zahl wie veröffentlicht; kein Anteil)',
    womenCountOutOf:
      '{n, plural, one {{value} Frau} other {{value} Frauen}} von {outOf} ({group}; Zahlen wie veröffentlicht; kein Anteil)',
  },
  vocab: {
    population: {
      offenders: 'Täter und Tatverdächtige',
      victims: 'Festgestellte Opfer',
    },
    stage: {
      intelligence_estimate: 'Nachrichtendienstliche Schätzung',
      suspected: 'Tatverdächtig',
      arrested: 'Festgenommen',
      formal_contact: 'In formellen Kontakt mit der Polizei gebracht',
      prosecuted: 'Strafrechtlich verfolgt',
      convicted: 'Verurteilt',
      imprisoned: 'Inhaftiert',
      witness_protection: 'Zeugenschutz',
      exit_programme: 'Ausstiegsprogramm',
      survey: 'Befragung',
      prosecuted_or_convicted: 'Strafrechtlich verfolgt oder verurteilt (zusammen)',
      not_stated: 'Stadium nicht angegeben',
      other: 'Sonstiges (siehe Anmerkung)',
    },
    market: {
      human_trafficking: 'Menschenhandel',
      human_smuggling: 'Schleusung von Migranten',
      extortion_protection_racketeering: 'Erpressung und Schutzgelderpressung',
      arms_trafficking: 'Waffenhandel',
      counterfeit_goods: 'Handel mit gefälschten Waren',
      excise_goods: 'Illegaler Handel mit verbrauchsteuerpflichtigen Waren',
      flora_crimes: 'Straftaten gegen die Pflanzenwelt',
      fauna_crimes: 'Straftaten gegen die Tierwelt',
      non_renewable_resource_crimes: 'Straftaten mit nicht erneuerbaren Ressourcen',
      heroin_trade: 'Heroinhandel',
      cocaine_trade: 'Kokainhandel',
      cannabis_trade: 'Cannabishandel',
      synthetic_drug_trade: 'Handel mit synthetischen Drogen',
      cyber_dependent_crimes: 'Cyberkriminalität im engeren Sinne',
      financial_crimes: 'Finanzkriminalität',
      organized_crime_all: 'Organisierte Kriminalität (insgesamt)',
      participation_in_ocg: 'Beteiligung an einer organisierten kriminellen Gruppe',
      mafia_type_association: 'Mafiaartige Vereinigung',
      drug_trafficking: 'Drogenhandelsdelikte (alle Drogen)',
      drug_trafficking_cannabis: 'Drogenhandelsdelikte: Cannabis',
      drug_trafficking_cocaine: 'Drogenhandelsdelikte: Kokain',
      drug_trafficking_ats: 'Drogenhandelsdelikte: Stimulanzien vom Amphetamintyp',
      drug_trafficking_opioids: 'Drogenhandelsdelikte: Opioide',
      drug_use_possession: 'Drogenkonsum oder -besitz (Kontext, keine organisierte Kriminalität)',
      drug_other_offences: 'Sonstige Drogendelikte (Kontext)',
      all_offences: 'Alle Straftaten (Kontext, keine organisierte Kriminalität)',
    },
    hierarchy: {
      leadership: 'Führungsebene',
      coordination: 'Koordinationsebene',
      operational: 'Operative Ebene',
      periphery: 'Peripherie',
      all: 'Alle Ebenen',
    },
    role: {
      leader: 'Anführerin oder Anführer',
      organizer: 'Organisatorin oder Organisator',
      recruiter: 'Anwerberin oder Anwerber',
      financial_manager: 'Finanzverwaltung oder Geldwäsche',
      courier: 'Kurierin oder Kurier',
      seller: 'Verkäuferin oder Verkäufer',
      facilitator: 'Unterstützerin oder Unterstützer',
      enforcer: 'Vollstreckerin oder Vollstrecker',
      all: 'Alle Rollen',
    },
    org_type: {
      all: 'Alle Arten',
      pairs: 'Paare',
      business_like_group: 'Unternehmensähnliche Gruppe',
      structured_group: 'Strukturierte oder herrschaftsartige Gruppe',
      network_core: 'Kern des Netzwerks',
      network_periphery: 'Peripherie des Netzwerks',
    },
    sex: {
      female: 'Frauen',
      male: 'Männer',
      other: 'Andere',
      unknown: 'Geschlecht unbekannt',
      total: 'Insgesamt',
    },
    measure: {
      count: 'Anzahl',
      count_on_date: 'Personen an einem Stichtag (ein Bestand, kein Zugang)',
      share: 'Anteil (%)',
    },
    qualifier: {
      exact: 'Genau',
      approx: 'Ungefähr („etwa“, „rund“)',
      average: 'Ein Durchschnitt („durchschnittlich“)',
      at_least: 'Mindestens',
      more_than: 'Mehr als',
      at_most: 'Höchstens',
      up_to: 'Bis zu',
      less_than: 'Weniger als',
      almost: 'Fast, beinahe',
      range: 'Spanne',
      suppressed: 'Wegen Geheimhaltung nicht ausgewiesen (<5)',
    },
    source_kind: {
      official_statistics: 'Amtliche Statistik',
      research_report: 'Forschungsbericht',
      police_report: 'Polizeibericht',
      expert_index: 'Expertenindex',
      academic: 'Wissenschaftliche Studie',
      press: 'Pressebericht',
      user: 'Ihre eigenen Daten',
    },
    subregion: {
      northern_america: 'Nordamerika',
      northern_europe: 'Nordeuropa',
      western_europe: 'Westeuropa',
      southern_europe: 'Südeuropa',
      eastern_europe: 'Osteuropa',
      central_asia: 'Zentralasien',
      western_asia: 'Westasien',
      eastern_asia: 'Ostasien',
    },
    region_kind: {
      organisation: 'Organisation',
      study: 'Abdeckung der Studie',
      analytical: 'Analytische Gruppierung',
      global: 'Welt',
      subnational: 'Subnationales Gebiet',
      not_stated: 'Gebiet von der Quelle nicht angegeben',
    },
    indicator_kind: {
      market: 'Krimineller Markt',
      actor: 'Kriminelle Akteure',
      resilience: 'Resilienz',
      average: 'Durchschnitt',
    },
    coverage_status: {
      published: 'Zahl für Frauen veröffentlicht',
      men_only: 'Nur Zahl für Männer (Frauen <5 oder nicht angegeben)',
      suppressed: 'Nach Geschlecht, aber wegen Geheimhaltung nicht ausgewiesen (<5)',
      total_only: 'Nur Gesamtzahlen',
      none: 'Nichts veröffentlicht',
    },
    locator_kind: {
      page: 'Seite',
      table: 'Tabelle',
      section: 'Abschnitt',
      sheet: 'Tabellenblatt',
      item: 'Meldung',
    },
    terms: {
      unodc_terms:
        'Weiterverwendung mit Nennung von UNODC (Nutzungsbedingungen des UNODC-Datenportals)',
      eurostat_reuse: 'Weiterverwendung mit Quellenangabe gestattet (Eurostat)',
      osce_terms: 'Nutzungsbedingungen der OSZE: Vervielfältigung mit Quellenangabe',
      gitoc_terms: 'zitiert mit Nennung von GI-TOC (ocindex.net)',
      ogl_v3: 'Open Government Licence v3.0',
      cc_by_nd: 'CC BY-ND, zitiert mit Quellenangabe',
      attribution_only: 'zitiert mit Quellenangabe',
      press_figures_cited:
        'Zahlen mit Quellenangabe zitiert; Artikel urheberrechtlich geschützt durch ihre Verlage',
    },
  },
  method: {
    title: 'Wie der Atlas seine Zahlen berechnet und darstellt',
    close: 'Zurück zum Atlas',
    link: 'Methode',
    sections: [
      {
        id: 'share',
        heading: '1. Frauenanteil',
        body: 'Wo eine Quelle Zahlen von Frauen und Männern veröffentlicht, ist der Anteil Frauen ÷ (Frauen + Männer). Wo sie nur Frauen und eine Gesamtzahl veröffentlicht, ist der Anteil Frauen ÷ Gesamtzahl. Wo Frauen und Männer zusammen weniger als 90 % einer veröffentlichten Gesamtzahl ausmachen, wird kein Anteil dargestellt: Ein Anteil an einem kleinen Teil der gezählten Personen könnte irreführen. Jeder berechnete Anteil nennt die angewandte Regel und zeigt die Zahlen dahinter.',
      },
      {
        id: 'interval',
        heading: '2. Unsicherheit',
        body: 'Auf jeden berechneten Anteil folgt sein 95-%-Intervall (Wilson-Score), in Klammern und als Fehlerbalken. Das Intervall zeigt, wie stark ein Anteil, der auf wenigen Personen beruht, zufällig abweichen könnte; es erfasst keine Unterschiede in der Zählweise der Staaten. Ein Anteil aus weniger als 30 Personen wird hohl oder heller dargestellt und als kleine Zahl aufgeführt. Ein Staat oder eine Subregion wird nur dann „der höchste“ genannt, wenn sein Intervall ganz über jedem anderen gezeigten liegt; sonst nennt die Zusammenfassung die obersten mit ihren Intervallen. Die Grenzen eines Intervalls werden als ganze Prozent nach außen gerundet gedruckt (die untere Grenze ab-, die obere aufgerundet), sodass das gedruckte Intervall das berechnete stets enthält: 63,2–77,4 % wird als 63–78 % gedruckt.',
      },
      {
        id: 'group',
        heading: '3. Anteile von Gruppen',
        body: 'Ein Gruppenanteil (einer Subregion, einer Region) poolt Zahlen: Die Frauen der Staaten der Gruppe werden addiert, ebenso ihre Frauen + Männer; der gepoolte Anteil ist das eine geteilt durch das andere, mit dem Intervall der gepoolten Zahlen. Nur Staaten, die Frauen und Männer veröffentlichen, gehen in den Pool ein. Daneben steht der Median der Anteile der einzelnen Staaten, damit ein großer Staat die anderen nicht verdeckt; wo beide die Gruppen unterschiedlich ordnen, sagt die Abbildung es. Der Median wird über dieselben Staaten wie der Pool gebildet, sodass Strich und Balken von denselben Staaten sprechen.',
      },
      {
        id: 'years',
        heading: '4. Jahre und Reihen',
        body: 'Umfasst der Zeitraum mehrere Jahre, trägt jeder Staat sein letztes Jahr mit einer Zahl bei, und die Abbildung nennt für jeden Staat das verwendete Jahr. Jahre ohne Zahl bleiben leer: Nichts wird interpoliert oder fortgeschrieben. Wo sich die Gesamtzahl eines Staates von einem Jahr zum nächsten um das Dreifache oder mehr ändert, könnte die Reihe ihre Zählweise geändert haben: Die Linie wird dort unterbrochen, und eine Anmerkung sagt es. Die Linie einer Gruppe im Zeitverlauf poolt nur die Staaten, die in jedem gezeigten Jahr Frauen und Männer ohne solchen Bruch veröffentlichen, sodass sich die Menge der Staaten entlang der Linie nie ändert; die Abbildung nennt sie und die ausgelassenen.',
      },
      {
        id: 'suppressed',
        heading: '5. Zahlen unter Geheimhaltung',
        body: 'Zahlen, die die veröffentlichende Stelle wegen statistischer Geheimhaltung als „<5“ ausweist, bleiben der Geheimhaltung unterworfen: nie als null oder fünf gelesen und nie als veröffentlicht gezählt. Sie bleiben aus jeder Summe heraus, und die Zahl der ausgelassenen Staaten wird angegeben.',
      },
      {
        id: 'separate',
        heading: '6. Zahlen, die nie addiert werden',
        body: 'Zahlen zu verschiedenen Delikten, Verfahrensstadien, Definitionen oder Quellen stehen nebeneinander und werden nie addiert. Jede veröffentlichte Zahl behält das Gebiet, den Zeitraum, das Stadium und den Markt, die ihre Quelle angibt, oder sagt „nicht angegeben“. Spannen bleiben Spannen, und Grenzen behalten die Worte der Quelle („bis zu“, „weniger als“, „mehr als“, „mindestens“): Sie werden als Intervalle oder einseitige Balken dargestellt, nie als Punkte. Zahlen zu allen Straftaten sind Kontext und stehen getrennt von der organisierten Kriminalität.',
      },
      {
        id: 'drugs',
        heading: '7. Drogenhandelsdelikte',
        body: 'Der Weltdrogenbericht des UNODC zählt die Personen, die wegen Drogenhandelsdelikten in formellen Kontakt mit der Polizei gebracht wurden, nach Geschlecht. Die nationalen Definitionen unterscheiden sich, und diese Delikte umfassen Angebotsdelikte ohne Bezug zur organisierten Kriminalität. Sie stehen neben dem Menschenhandel und werden ihm nie hinzugerechnet. Drogenkonsum oder -besitz ist nur Kontext. Die Zuordnung der Drogendelikte zu den Drogenmärkten des GI-TOC ist ungefähr.',
      },
      {
        id: 'definitions',
        heading: '8. Staaten vergleichen',
        body: 'Die rechtlichen Definitionen von Menschenhandel, organisierter Kriminalität und jedem Verfahrensstadium unterscheiden sich zwischen den Staaten, ebenso die Erfassungspraxis. Vergleiche zwischen Staaten zeigen, was veröffentlicht ist, kein harmonisiertes Maß.',
      },
      {
        id: 'context',
        heading: '9. Kontextbewertungen',
        body: 'Die Bewertungen des Global Organized Crime Index des GI-TOC beschreiben, wie verbreitet ein krimineller Markt ist und wie resilient ein Staat ist. Es sind Experteneinschätzungen, nicht nach Geschlecht aufgeschlüsselt, und sie sind überall, wo sie erscheinen, als Kontext gekennzeichnet.',
      },
      {
        id: 'gaps',
        heading: '10. Fehlende Daten',
        body: 'Fehlende Daten werden als fehlend gezeigt (schraffiert oder als „keine Zahl“ gekennzeichnet), nie als null. Staaten außerhalb einer gewählten Region sind schlicht hellgrau und zählen nicht als fehlend. Die Ansicht Datenlücken zeigt für jeden Staat, jedes Stadium und jedes Jahr einen von fünf Zuständen, nie zusammengelegt: eine Zahl für Frauen veröffentlicht, nur eine Zahl für Männer (Frauen <5 oder nicht angegeben), nach Geschlecht, aber wegen Geheimhaltung nicht ausgewiesen (<5), nur Gesamtzahlen oder nichts. Ein Staat veröffentlicht Zahlen nach Geschlecht nur, wenn er eine Zahl für Frauen angibt.',
      },
      {
        id: 'translations',
        heading: '11. Sprachen',
        body: 'Der englische Text ist maßgeblich. Die Übersetzungen sind die eigenen des Projekts, für Deutsch mit den in den deutschsprachigen Staaten eingeführten Rechtsbegriffen; Namen von Quellen und veröffentlichenden Stellen sowie zitierte Zahlen bleiben wie veröffentlicht.',
      },
    ],
  },
};

export default de;
