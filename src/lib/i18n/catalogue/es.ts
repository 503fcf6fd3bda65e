import type { Catalogue } from './en';

const es: Catalogue = {
  messages: {
    appTitle: 'Atlas de las mujeres en la delincuencia organizada',
    appSubtitle:
      'Lo que dicen los datos publicados sobre las mujeres en la delincuencia organizada en el área de la OSCE, y dónde faltan datos.',
    language: 'Idioma',
    filters: 'Filtros',
    stage: 'Etapa del proceso penal',
    year: 'Año',
    yearOption: '{year} ({count} Estados con cifras de mujeres)',
    reset: 'Restablecer',
    loadingEngine: 'Iniciando el motor de consultas…',
    loadingData: 'Cargando los datos…',
    staticNoScript:
      'Estas figuras se dibujaron al generar el atlas, con sus filtros predeterminados. Para cambiar los filtros, usar el mapa interactivo, las exportaciones y las tablas de datos se necesita JavaScript.',
    loadFailed:
      'El atlas no pudo cargar sus datos: {reason}. Vuelva a cargar la página; si el problema persiste, sirva la aplicación compilada por http (no desde un archivo) y compruebe que se ha generado public/data (npm run data).',
    viewFailed:
      'No se pudo dibujar esta vista: {reason}. Cambie un filtro o vuelva a cargar la página para intentarlo de nuevo.',
    urlIgnored: 'Algunos ajustes de la dirección no se aplicaron: {items}.',
    chartTitle: 'Proporción de mujeres entre las personas {stage}, {offence}, {period}',
    chartSubtitle:
      'Calculada por el atlas a partir de cifras por sexo; cada barra muestra las cifras en que se basa y su intervalo del 95\u00a0%.',
    mapTitle: 'Proporción de mujeres entre las personas {stage}, {offence}, {period}',
    shareLabel: '{share} · {women} de {denominator}',
    basisWomenPlusMen: 'calculada: mujeres ÷ (mujeres + hombres)',
    basisTotal: 'calculada: mujeres ÷ total (hombres no publicados)',
    axisShare: 'Proporción de mujeres (%) →',
    parity: 'paridad',
    noteMethod:
      'Proporción calculada por el atlas: mujeres ÷ (mujeres + hombres) cuando se publican ambas cifras; si no, mujeres ÷ total; no hay proporción cuando mujeres y hombres suman menos del 90\u00a0% de un total publicado. Las definiciones jurídicas de cada delito y de cada etapa del proceso penal difieren entre los Estados.',
    noteSuppressed:
      'Cifra de mujeres confidencial, no difundida por el organismo productor (<5): {names}.',
    noteZero: 'Ninguna persona registrada: {names}.',
    noteTotalDiffers:
      'Mujeres + hombres difieren del total que da el organismo productor (proporción de mujeres + hombres; se muestran ambos): {items}.',
    totalDiffersItem: '{name} {sum} de {total}',
    totalDiffersPooled:
      '{count, plural, one {# Estado y año} other {# Estados y años}} de las líneas agregadas',
    noteTotalOnly: 'Solo se publican totales, sin cifras por sexo: {names}.',
    noteNoData:
      'Sin cifra para esta etapa y este año: {count} de los 57 Estados participantes, y Kosovo*.',
    noteNoDataStates:
      'Sin cifra para esta etapa y este año: {count} de los 57 Estados participantes.',
    noteKosovo:
      '* Todas las referencias a Kosovo, ya sea al territorio, a las instituciones o a la población, deben entenderse en plena conformidad con la resolución 1244 del Consejo de Seguridad de las Naciones Unidas y sin perjuicio del estatuto de Kosovo.',
    noteBoundaries:
      'Los límites y los nombres que figuran en este mapa no implican su aprobación o aceptación oficial por la OSCE ni por las Naciones Unidas.',
    sourceLine: 'Fuente: {publisher}, {title} ({year}). Condiciones: {terms}.',
    sourcesLine: 'Fuentes: {list}. Condiciones: {terms}.',
    // The atlas's own words on a source, never inside its title or publisher.
    sourceNoteOf: 'Nota del atlas ({publisher}): {note}',
    sourceNote: 'Nota del atlas: {note}',
    noDate: 's. f.',
    fontStackNote: '',
    legendTitle: 'Proporción de mujeres (%)',
    legendNoData: 'Sin datos',
    legendSuppressed: 'Confidencial (<5)',
    legendTotalOnly: 'Solo totales',
    emptyResult:
      'Ningún Estado tiene una proporción calculable con estos filtros. Pruebe otro año, otra etapa u otro delito.',
    tooltipNoData: 'Sin cifra para este delito, esta etapa y este período',
    tooltipSuppressed: 'Cifra de mujeres confidencial (<5)',
    tooltipTotalOnly: 'Solo se publica el total ({total} personas)',
    tooltipZero: 'Ninguna persona registrada',
    tooltipPartial:
      'Las cifras por sexo cubren {covered} de {total} personas (menos del 90\u00a0%): no se traza proporción',
    notePartial:
      'Las cifras por sexo cubren menos del 90\u00a0% de las personas contadas, por lo que no se traza proporción: {names}.',
    legendPartial: 'Sexo conocido para menos del 90\u00a0%',
    selected: 'Seleccionado: {name}',
    clearSelection: 'Borrar la selección',
    summary:
      '{count} Estados tienen una proporción calculada. La más alta: {highName} ({high}). La más baja: {lowName} ({low}). {missing} de los 57 Estados participantes y Kosovo no tienen cifra.',
    summaryEmpty: 'Ningún Estado tiene una proporción calculada con estos filtros ({scope}).',
    sourcesHeading: 'Fuentes',
    dataVersion: 'Versión de los datos {version}',
    computedLabel: 'calculada',
    mapLabel: 'Mapa del área de la OSCE',
    mapInsetLabel: 'Canadá y los Estados Unidos de América',
    mapSubtitle:
      'Calculada por el atlas a partir de cifras por sexo. Los microestados se dibujan como círculos.',
    // Said on screen only: a printed or projected figure cannot be hovered.
    mapHint: 'Pase el cursor, seleccione o toque un Estado para ver sus cifras.',
    mapMicroStatesLabel: 'Microestados, dibujados como símbolos',
    noteStudyOutline: 'Contorno grueso: los 14 Estados que abarca el estudio de la OSCE de 2023.',
    outlineStudy: 'Resaltar los 14 Estados del estudio de la OSCE de 2023',
    chartLabel: 'Gráfico de barras',
    noteDefinitions:
      'Las definiciones jurídicas de los delitos y de cada etapa del proceso penal difieren entre los Estados: compare con cautela.',
    noteSubregions:
      'Subregiones: agrupación M49 de la División de Estadística de las Naciones Unidas.',
    emptySuggest:
      'Ninguna cifra coincide con estos filtros. Pruebe un período más amplio, otra etapa, todas las regiones o todos los tipos de fuente.',
    emptyProfile:
      '{state}: las fuentes no dan ninguna cifra para esta parte del perfil, por lo que no se dibuja nada.',
    emptyProfilePeriod:
      '{state}: las fuentes no dan ninguna cifra para {from}–{to}, por lo que no se dibuja nada. Un período más amplio puede mostrar más.',
    noFigure: 'sin cifra',
    axisShareVertical: '↑ Proporción de mujeres (%)',
    regionsTitle: 'Por subregión: {title}',
    regionsSubtitle:
      'Barra y bigote: proporción agregada e intervalo del 95\u00a0% de las cifras agregadas (Estados que publican mujeres y hombres). Marca negra: mediana de las proporciones de los Estados agregados. Puntos: Estados. Bajo cada subregión: los Estados y años en que se basa (†: no agregado).',
    // On a fixed page (slide, A4) the States and years go to the notes, leaving one row per subregion.
    regionsSubtitlePage:
      'Barra y bigote: proporción agregada e intervalo del 95\u00a0% de las cifras agregadas (Estados que publican mujeres y hombres). Marca negra: mediana de las proporciones de los Estados agregados. Puntos: Estados. Los Estados y años de cada subregión figuran en las notas (†: no agregado).',
    regionsNoteMethod:
      'Calculada por el atlas. Cada Estado aporta su último año del período; el agregado suma mujeres y (mujeres + hombres) de una sola etapa y de una sola fuente.',
    regionsNoteExcluded:
      'Excluidos de las sumas agregadas: {suppressed, plural, one {# Estado cuya cifra de mujeres es confidencial} other {# Estados cuya cifra de mujeres es confidencial}} (<5), {totalBasis, plural, one {# Estado que publica} other {# Estados que publican}} solo mujeres y un total (mostrados como puntos, fuera del agregado y de la mediana).',
    regionsHighest:
      'Proporción agregada más alta, con un intervalo enteramente por encima de los demás: {region}.',
    regionsLowest: 'La más baja, con un intervalo enteramente por debajo de los demás: {region}.',
    regionsTop:
      'Proporciones agregadas de mayor a menor (sus intervalos se solapan, por lo que no se destaca ninguna subregión): {regions}.',
    regionsMissing:
      '{missing, plural, one {# subregión no tiene} other {# subregiones no tienen}} proporción agregada.',
    regionsNoMembers: 'Ningún Estado con una proporción calculada.',
    regionsSummaryEmpty: 'Ninguna subregión tiene una proporción calculada para esta selección.',
    regionsEmptyNoMembers:
      'No se representa ninguna subregión para {region}: las fuentes no enumeran los Estados que abarca y el atlas no los supone.',
    regionsEmptyNoShare:
      '{count, plural, one {El único Estado de {region} no tiene} other {Ninguno de los # Estados de {region} tiene}} una proporción calculada para esta selección, por lo que no se representa ninguna subregión. {reasons}',
    regionsNoPool:
      'sin proporción agregada ({states, plural, =0 {ningún Estado} one {# Estado} other {# Estados}} con proporción)',
    regionsLabel: 'agregada {pooled}, {women} de {denominator}; mediana {median}',
    regionsStates:
      '{n, plural, one {# Estado} other {# Estados}} con proporción, {pooled} agregados',
    pipelineTitle:
      'Proporción de mujeres desde el contacto formal hasta la condena, y entre las víctimas detectadas: {scope}, {offence}',
    pipelineTitleOffenders:
      'Proporción de mujeres desde el contacto formal hasta la condena: {scope}, {offence}',
    laterYears:
      'Las cifras por sexo de {offence} llegan hasta {last}; el período mostrado termina en {to}.',
    laterYearsShow: 'Mostrar {from}–{last}',
    pipelineFirstStateOnly:
      'El recorrido judicial muestra un Estado a la vez: {state}. {n, plural, one {El otro Estado elegido,} other {Los otros Estados elegidos,}} {others}, {n, plural, one {aparece} other {aparecen}} uno al lado del otro en la comparación.',
    pipelineSubtitle:
      '{from}–{to}. Calculada a partir de cifras por sexo, con intervalos del 95\u00a0%. Un año que falta, o un total que se triplica de un año a otro, deja un hueco: nada se interpola.',
    pipelineNote:
      'Las víctimas detectadas registradas como de sexo femenino son mujeres y niñas de todas las edades (la fuente no las separa por edad). Las víctimas son una población distinta de los autores: las líneas están una al lado de otra, no en secuencia.',
    pipelineSummary: '{scope}, último año con cifra: {parts}.',
    series_formal_contact: 'Contacto formal',
    series_prosecuted: 'Enjuiciados',
    series_convicted: 'Condenados',
    series_victims: 'Víctimas detectadas',
    computedShare: '{value} calculada ({women} de {total})',
    computedFromApprox: 'alrededor de {text}, a partir de cifras aproximadas',
    hierarchyTitle:
      'Mujeres por nivel jerárquico, función y posición en la red: todas las cifras publicadas',
    hierarchySubtitle:
      'Cada fila tal como la da su fuente: zona · período, luego etapa · mercado · grupo. Barras: valores exactos (más claras: aproximados o un promedio). Recuadros entre dos marcas: intervalos. Recuadros discontinuos con un extremo abierto: límites, con las palabras de la fuente.',
    hierarchyGapLevels:
      'Nada publicado sobre mujeres en estos niveles jerárquicos: {levels}. Esa ausencia es un hallazgo.',
    hierarchyGapRoles: 'Nada publicado sobre mujeres en estas funciones: {roles}.',
    hierarchyNote:
      'Las cifras proceden de fuentes, etapas, definiciones y años distintos: se muestran una al lado de otra, nunca se suman.',
    hierarchySummary:
      '{n, plural, one {# cifra publicada o calculada} other {# cifras publicadas o calculadas}} sobre mujeres por posición, y {context} sobre otros delitos como contexto. Ninguna cifra en estos niveles: {levels}.',
    marketsTitle: 'Las mujeres en cada mercado delictivo, junto a la prevalencia del mercado',
    marketsSubtitle:
      'Izquierda: cifras publicadas sobre la proporción de mujeres (marcas: valores; recuadros: intervalos y límites). Derecha: puntuación de expertos del GI-TOC sobre la prevalencia del mercado, mediana en {region}.',
    marketsNoteScores:
      'GI-TOC Global Organized Crime Index: puntuaciones de expertos de 1 a 10 sobre la prevalencia de un mercado o de un actor. Solo contexto: no están desglosadas por sexo y no dicen nada sobre las mujeres.',
    marketsSummary: '{n} de {total} mercados tienen una cifra publicada sobre mujeres: {markets}.',
    marketsWomenHeading: 'Cifras publicadas sobre la proporción de mujeres',
    marketsScoreHeading: 'Puntuaciones del GI-TOC (sin desglose por sexo)',
    nothingPublished: 'nada publicado',
    notScored: 'sin puntuación',
    coverageTitle: 'Lo que cada Estado publica sobre los autores, por etapa y año: {offence}',
    coverageSubtitle:
      'Una cifra de mujeres, solo una cifra de hombres, por sexo pero confidenciales (<5), solo totales o nada, {from}–{to}; las últimas columnas abarcan todo el período.',
    coverageNote:
      '★ marca los 14 Estados del estudio de la OSCE de 2023. Cinco estados, nunca fusionados: una cifra de mujeres publicada; solo una cifra de hombres (mujeres <5 o no indicadas); cifras por sexo todas confidenciales (<5); solo totales; nada. Derivado de las tablas del atlas.',
    coverageSummary:
      'Estados del estudio en la vista: {study}. Publican una cifra de mujeres en el período: {contact} en el contacto formal, {prosecuted} en el enjuiciamiento, {convicted} en la condena.',
    coverageSummarySuppressed:
      'Solo las difunden como confidenciales (<5), por lo que no se cuentan arriba: {suppressedContact} en el contacto formal, {suppressedProsecuted} en el enjuiciamiento, {suppressedConvicted} en la condena.',
    coverageSummaryMenOnly:
      'Solo publican una cifra de hombres (mujeres <5 o no indicadas), por lo que no se cuentan arriba: {menContact} en el contacto formal, {menProsecuted} en el enjuiciamiento, {menConvicted} en la condena.',
    coverageStudyMark: '★ Estado abarcado por el estudio de la OSCE de 2023',
    comparisonTitle: 'Comparación: {states}, {offence}',
    comparisonTitleNone: 'Comparación: {offence}',
    comparisonSubtitle:
      'Último año con proporción en {from}–{to}, por etapa, con intervalos del 95\u00a0%.',
    comparisonSummary: '{stage}, último año: {parts}.',
    comparisonSummaryOffence: '{stage}, {offence}, último año: {parts}.',
    listSeparator: '; ',
    updateAvailable: 'Hay una nueva versión del atlas disponible.',
    updateReload: 'Volver a cargar con la nueva versión',
    updateUnavailableOffline:
      'La nueva versión no se puede abrir ahora: falta una parte en este dispositivo y no hay red para descargarla. Esta versión sigue abierta; vuelva a intentarlo con conexión.',
    statesCounted: '{count, plural, one {# Estado} other {# Estados}}, como se dibuja en el mapa',
    pipelineNoShare:
      'Publicadas, pero sin proporción de mujeres calculable en el período: {series}.',
    linkVersionNotice:
      'Este enlace se creó con la versión {link} de los datos; el atlas contiene ahora la versión {current}, por lo que algunas cifras pueden diferir de las que se vieron al crear el enlace.',
    comparisonSummaryNone: 'Ningún Estado de la comparación tiene proporción en el período.',
    comparisonNoFigurePartial:
      'Sin cifra: las cifras por sexo cubren menos del 90 % de las personas contadas',
    comparisonNoFigureTotalOnly: 'Sin cifra: solo se publica el total',
    comparisonPrompt:
      'Seleccione dos o más Estados en el mapa, en el gráfico o en la lista de Estados para compararlos.',
    comparisonLabel: '{share} · {women} de {denominator}, {year}; {years} de {of} años',
    keyFindingsTitle: 'Principales conclusiones de la investigación de la OSCE y fuentes afines',
    keyFindingsNote:
      'Cada tarjeta se construye a partir de su fila de datos; el valor se escribe exactamente como se publicó.',
    viewRegions: 'Regiones',
    viewStates: 'Estados',
    viewMap: 'Mapa',
    viewMarkets: 'Mercados delictivos',
    viewHierarchy: 'Jerarquía y posición en la red',
    viewPipeline: 'Proceso penal',
    viewComparison: 'Comparación de países',
    viewCoverage: 'Lagunas de datos',
    viewKeyFindings: 'Principales conclusiones',
    dataTable: 'Tabla de datos',
    filterRegion: 'Región',
    allRegions: 'Toda el área de la OSCE',
    filterState: 'Estados',
    addState: 'Añadir un Estado…',
    filterMarket: 'Mercado delictivo',
    allMarkets: 'Todos los mercados',
    filterLevel: 'Nivel jerárquico',
    allLevels: 'Todos los niveles',
    filterPosition: 'Función o posición en la red',
    allPositions: 'Todas las funciones y posiciones',
    filterSourceKind: 'Tipo de fuente',
    allSourceKinds: 'Todos los tipos de fuente',
    periodFrom: 'Desde',
    periodTo: 'Hasta',
    observationCountAtLeast:
      'al menos {n, plural, one {# fila de observaciones} other {# filas de observaciones}} detrás de las cifras mostradas (algunas cifras suman más de 1.000 filas, listadas mediante consulta)',
    observationCount:
      '{n, plural, one {# fila de observaciones} other {# filas de observaciones}} detrás de las cifras mostradas',
    listRows: 'Listar estas filas (CSV)',
    listRowsFailed: 'No se pudieron listar las filas: {reason}.',
    removeState: 'Quitar {name}',
    filtersNotApplied: 'No aplicados a esta vista: {fields}.',
    marketNoCounts:
      'Para este mercado no se publican cifras por sexo por Estado; las vistas por Estado están vacías. Las cifras publicadas sobre él están en las vistas de jerarquía y de mercados.',
    scopeAll: 'toda el área de la OSCE',
    periodLatest: 'último año por Estado en {from}–{to}',
    columnState: 'Estado',
    columnYear: 'Año',
    columnShare: 'Proporción de mujeres',
    columnWomen: 'Mujeres',
    columnDenominator: 'Denominador',
    columnBasis: 'Base',
    columnStatus: 'Situación',
    columnSource: 'Fuente',
    columnSubregion: 'Subregión',
    columnPooled: 'Proporción agregada',
    columnMedian: 'Mediana de los Estados',
    columnStates: 'Estados con proporción',
    columnExcluded: 'Confidenciales, excluidos',
    columnArea: 'Zona',
    columnPosition: 'Posición',
    columnValue: 'Valor tal como se publicó',
    columnPeriod: 'Período',
    columnMarket: 'Mercado',
    columnFigures: 'Cifras sobre mujeres',
    columnScore: 'Puntuación mediana del GI-TOC',
    columnSeries: 'Etapa',
    columnStage: 'Etapa',
    sourcesInView: 'Fuentes de las cifras mostradas',
    sourceRowsInView:
      '{n, plural, one {# fila de datos detrás de las figuras mostradas} other {# filas de datos detrás de las figuras mostradas}}',
    methodLink: 'Metodología: cómo se calculan las cifras',
    userDataTitle: 'Sus propios datos (CSV o Parquet)',
    userDataPrivate:
      'Sus archivos se leen solo en este navegador: no se envía nada a ninguna parte.',
    userDataTemplates: 'Parta de la plantilla:',
    userTemplate: 'plantilla de observaciones (CSV)',
    userTemplateSources: 'plantilla de fuentes (CSV)',
    userGuide: 'guía de los códigos',
    userExample: 'pequeño archivo de ejemplo',
    userChoose: 'Elija o arrastre archivos',
    userPreview:
      'Las primeras filas tal como se leyeron: compruebe que los nombres y los acentos se ven bien antes de cargar.',
    userYears: 'Sus datos abarcan {first}–{last}; se amplió el período para incluirlos.',
    userYearsOutside:
      'Sus datos abarcan {first}–{last}, fuera de los años que muestra el atlas ({min}–{max}): se cargan, pero ninguna vista puede mostrarlos.',
    userReading: 'Leyendo {file}: {percent}',
    userStaging: 'Cargando {file} en el motor de consultas…',
    userChecking: 'Comprobando las filas: regla {n} de {total}',
    userCancel: 'Cancelar',
    userCancelled: 'Lectura interrumpida; no se cargó nada.',
    userErrors:
      '{n, plural, one {Se encontró # problema} other {Se encontraron # problemas}}; no se cargó nada. Corrija el archivo y vuelva a cargarlo.',
    userValid: '{n, plural, one {# fila es válida} other {# filas son válidas}}.',
    userConfirm: 'Cargar pese a las advertencias anteriores',
    userLabel: 'Nombre que se muestra para sus datos',
    userDefaultLabel: 'Sus datos',
    userAlone: 'Mostrar solo sus datos en las vistas por Estado',
    userBeside:
      'Mantener los datos incluidos en las vistas por Estado; sus cifras aparecen al lado',
    userRemember: 'Conservar mis datos en este navegador tras volver a cargar',
    userRememberOneCopy:
      'El navegador guarda una sola copia para todas las pestañas del atlas: guardar datos en una pestaña sustituye los que guardó otra.',
    userLoad: 'Cargar mis datos',
    userLoaded:
      '{label}: {n, plural, one {# fila cargada} other {# filas cargadas}}, indicadas como suyas en cada vista y exportación.',
    userForget: 'Olvidar mis datos',
    'figure_states-chart': 'Estados (gráfico de barras)',
    figure_map: 'Mapa',
    figure_regions: 'Regiones',
    figure_pipeline: 'Proceso penal',
    figure_comparison: 'Comparación de países',
    figure_hierarchy: 'Jerarquía y posición en la red',
    figure_markets: 'Mercados delictivos',
    figure_coverage: 'Lagunas de datos',
    deckLabel: 'Presentación',
    deckFigure: 'Figura para la diapositiva',
    deckAdd: 'Añadir esta vista a la presentación',
    deckCount: '{n, plural, one {# diapositiva} other {# diapositivas}} en la presentación',
    deckPresent: 'Presentar (teclas de flecha, Esc para salir)',
    deckSave: 'Guardar la presentación',
    deckLoad: 'Cargar una presentación',
    deckClear: 'Vaciar la presentación',
    deckTooLarge: 'el archivo supera 1\u00a0MB, así que no es una presentación de este atlas',
    deckSlideWarning: 'Diapositiva {n}: {text}',
    deckLoadError: 'No se pudo cargar la presentación: {error}.',
    deckOtherVersion:
      'Presentación cargada; se guardó con la versión {version} de los datos, las cifras pueden diferir.',
    deckLoaded: '{n, plural, one {# diapositiva cargada} other {# diapositivas cargadas}}.',
    deckDownload: 'Descargar la presentación (PowerPoint)',
    deckPrint: 'Imprimir la presentación (PDF)',
    deckWorking: 'Preparando la presentación…',
    deckWritten:
      '{n, plural, one {Presentación de # diapositiva guardada.} other {Presentación de # diapositivas guardada.}}',
    deckFailed: 'No se pudo guardar la presentación: {error}.',
    deckLeftOut: 'Omitidas porque no se pudieron dibujar: {figures}.',
    deckMethodNotes: 'Notas de método sobre esta figura (fuera de la diapositiva)',
    deckNoPoints: 'Ningún argumento se basa en las filas de los filtros de esta diapositiva.',
    deckPrintHint:
      'En el cuadro de impresión, elija «Guardar como PDF»: cada diapositiva ocupa una página 16:9.',
    exportLabel: 'Exportar esta figura',
    copyLink: 'Copiar el enlace',
    linkCopied: 'Enlace copiado',
    copyFigure: 'Copiar la figura',
    figureCopied:
      '{pages, plural, one {Figura copiada} other {Página 1 de # copiada}} como imagen, con su resumen como texto (texto alternativo).',
    clipboardUnsupported:
      'Este navegador no puede poner una imagen en el portapapeles, así que se descargó el PNG.',
    clipboardRefused: 'El navegador denegó el acceso al portapapeles, así que se descargó el PNG.',
    pngReduced:
      'El PNG era demasiado grande para este navegador, así que se generó a {scale}× ({width} × {height} px) en lugar de {asked}×.',
    rasterFailed:
      'No se pudo convertir la figura en PNG en este navegador. Descargue el SVG en su lugar.',
    exportFailed: 'La exportación falló: {reason}.',
    embedCode: 'Insertar',
    embedCodeLabel: 'Código para insertar esta figura en una página web',
    embedCopied: 'Código de inserción copiado. Péguelo en el HTML de la página web.',
    embedNeedsAddress:
      'Indique primero la dirección pública del atlas en Herramientas: una inserción que apunte a este ordenador no se abriría en otro lugar.',
    embedFrameTitle: '{figure}, del Atlas de las mujeres en la delincuencia organizada',
    openInAtlas: 'Abrir en el atlas',
    embedLoading: 'Cargando la figura…',
    embedUnknownFigure: 'Esta inserción no indica ninguna figura del atlas.',
    exportSize: 'Tamaño de exportación',
    publicAddress: 'Dirección pública del atlas (para los enlaces)',
    exportDate: 'Exportado',
    cite: 'Cómo citar',
    atlasName: 'Atlas de las mujeres en la delincuencia organizada',
    datasetVersion: 'versión de los datos',
    permalinkLabel: 'Enlace permanente',
    preset_screen: 'Ancho de pantalla',
    preset_slide: 'Diapositiva 16:9 (1920 px)',
    preset_a4: 'Columna A4 vertical',
    preset_square: 'Cuadrado (1080 px)',
    stagePhrase_formal_contact: 'que tuvieron contacto formal con la policía',
    stagePhrase_prosecuted: 'enjuiciadas',
    stagePhrase_convicted: 'condenadas',
    shareWithInterval: '{share} ({low}–{high}\u00a0%)',
    noteYearRule:
      'Cada Estado muestra su último año del período con una proporción calculable (si no, su último año con alguna cifra); el año se indica para cada Estado.',
    noteInterval:
      'Entre paréntesis y como bigotes: el intervalo del 95\u00a0% de una proporción calculada (puntuación de Wilson). Muestra cuánto podría variar por azar una proporción basada en pocas personas; no cubre las diferencias en la forma de contar de los Estados.',
    noteSmallCount:
      'Menos de 30 personas detrás de la proporción (dibujada hueca o más clara; léase con cautela): {names}.',
    noteSmallCountHollow: 'Marcas huecas: proporciones calculadas con menos de 30 personas.',
    smallCountShort: 'menos de 30 personas',
    noteNoDataAll:
      'Sin cifra para este delito, esta etapa y este período: {count} de los 57 Estados participantes{kosovo, plural, =1 {, y Kosovo*} other {}}.',
    noteNoDataSelection:
      'Sin cifra para este delito, esta etapa y este período: {count} de los {total} Estados de la selección «{scope}»{kosovo, plural, =1 {, y Kosovo*} other {}}. No se cuentan los Estados de fuera.',
    noteOutside:
      'En gris claro, sin sombreado: Estados fuera de la selección ({scope}), no datos que faltan.',
    noteOnlyStage: 'Este delito se publica en una sola etapa: personas {stage}.',
    noteDrugOffences:
      'Personas que tuvieron contacto formal por delitos de tráfico de drogas (definiciones nacionales; incluye delitos de oferta no vinculados a la delincuencia organizada).',
    offence_human_trafficking: 'trata de personas',
    offence_drug_trafficking: 'delitos de tráfico de drogas (todas las drogas)',
    offence_drug_trafficking_cannabis: 'delitos de tráfico de drogas (cannabis)',
    offence_drug_trafficking_cocaine: 'delitos de tráfico de drogas (cocaína)',
    offence_drug_trafficking_ats:
      'delitos de tráfico de drogas (estimulantes de tipo anfetamínico)',
    offence_drug_trafficking_opioids: 'delitos de tráfico de drogas (opioides)',
    tooltipOutside: 'Fuera de la selección',
    legendOutside: 'Fuera de la selección',
    legendSmallCount: 'Menos de 30 personas (más claro)',
    legendCount: '{label}: {count, plural, one {# Estado} other {# Estados}}',
    legendTotalOrPartial: 'Solo totales, o sexo conocido para <90\u00a0%',
    describeShare:
      '{name}, {year}: {share} (intervalo del 95\u00a0%: {low}–{high}\u00a0%), de {persons, plural, one {# persona} other {# personas}}',
    describeShareNoInterval: '{name}, {year}: {share}',
    summaryCount:
      '{count, plural, one {# Estado} other {# Estados}} ({scope}) {count, plural, one {tiene} other {tienen}} una proporción calculada.',
    summaryHighest:
      'La más alta, con un intervalo enteramente por encima del de cualquier otro Estado: {state}.',
    summaryLowest:
      'La más baja, con un intervalo enteramente por debajo del de cualquier otro Estado: {state}.',
    summaryTop:
      'De mayor a menor (sus intervalos se solapan, por lo que no se destaca ningún Estado): {states}.',
    summaryBottom: 'De menor a mayor: {states}.',
    summarySmall:
      '{count, plural, one {# proporción se basa} other {# proporciones se basan}} en menos de 30 personas.',
    summaryMissingAll:
      '{count, plural, one {# de los 57 Estados participantes no tiene} other {# de los 57 Estados participantes no tienen}} cifra.',
    summaryMissingSelection:
      '{count, plural, one {# de los {total} Estados de la selección ({scope}) no tiene} other {# de los {total} Estados de la selección ({scope}) no tienen}} cifra.',
    pageOf: '{page} de {pages}',
    permalinkLine: 'Enlace permanente: {url}',
    exportedOn: 'Exportado el {date}',
    citation: 'Cómo citar: {atlas}, «{title}», versión de los datos {version}, {date}.',
    valueExact: '{value}',
    valueApprox: 'alrededor de {value}',
    valueAverage: 'en promedio {value}',
    valueAtLeast: 'al menos {value}',
    valueMoreThan: 'más de {value}',
    valueAtMost: 'como máximo {value}',
    valueUpTo: 'hasta {value}',
    valueLessThan: 'menos de {value}',
    valueAlmost: 'casi {value}',
    valueRange: '{low}–{high}',
    valueSuppressed: 'menos de 5',
    asPublished: '{value} (tal como se publicó)',
    menShareAsPublished:
      'hombres: {value} (tal como se publicó; proporción de mujeres no publicada)',
    allPersons: 'Todas las personas',
    contextHeading: 'Solo contexto: no es delincuencia organizada',
    notStated: 'no indicado',
    regionsNoteInterval:
      'El intervalo de una proporción agregada es el de las cifras agregadas, como si fueran una sola muestra; no cubre las diferencias entre Estados.',
    regionsNoteRanks:
      'La proporción agregada y la mediana ordenan las subregiones de forma distinta: agregada {pooled}; mediana {median}.',
    regionsRankDiffer:
      'La proporción agregada y la mediana de los Estados ordenan las subregiones de forma distinta.',
    regionsDescribe:
      '{region} {share}, {women} de {denominator} agregados en {states, plural, one {# Estado} other {# Estados}}',
    regionsMembers: 'Estados y años: {states}',
    pipelineTitleDrugs: 'Proporción de mujeres a lo largo del tiempo: {scope}, {offence}',
    pipelineNotePanel:
      'Para un grupo de Estados, cada línea agrega solo los Estados que publican mujeres y hombres en todos los años mostrados, sin rupturas en su serie, de modo que el conjunto de Estados nunca cambia a lo largo de una línea.',
    pipelineNotePanelSeries:
      '{series}: agregada en {count, plural, one {# Estado} other {# Estados}} ({states}); {leftOut, plural, =0 {ninguno excluido} one {# Estado con lagunas excluido} other {# Estados con lagunas excluidos}}.',
    pipelineNoteNoPanel:
      '{series}: sin línea, ya que ningún Estado publica mujeres y hombres en todos los años mostrados ({leftOut, plural, one {# Estado} other {# Estados}} con lagunas).',
    pipelineNoteBreak:
      '{series}: posible ruptura de la serie entre {from} y {to} (el total cambia {ratio} veces); se dibuja como un hueco.',
    pipelineSummaryEmpty: '{scope}: no se puede trazar ninguna proporción con estos filtros.',
    marketsStatesTitle: 'Proporción de mujeres por delito y etapa, Estado por Estado: {scope}',
    marketsStatesSubtitle:
      'Último año con proporción en {from}–{to}; puntos con intervalos del 95\u00a0% (huecos: menos de 30 personas). Derecha: puntuaciones del GI-TOC de 2023 de los mercados relacionados, de 1 a 10, sin desglose por sexo.',
    marketsStatesSummary:
      '{states, plural, one {# Estado tiene} other {# Estados tienen}} una proporción para al menos un delito: {contact} en el contacto formal, {prosecuted} en el enjuiciamiento y {convicted} en la condena por trata de personas; {drugs} por delitos de tráfico de drogas.',
    marketsNoteOffences:
      'Trata de personas: UNODC, personas que tuvieron contacto formal, enjuiciadas y condenadas. Delitos de tráfico de drogas: Informe Mundial sobre las Drogas de la UNODC, solo personas que tuvieron contacto formal (definiciones nacionales; incluye delitos de oferta no vinculados a la delincuencia organizada). Delitos y etapas distintos nunca se suman.',
    marketsNoteDrugMapping:
      'Los delitos de drogas se leen junto a los mercados de drogas del GI-TOC solo de forma aproximada: cannabis con el comercio de cannabis, cocaína con el comercio de cocaína, estimulantes de tipo anfetamínico con el comercio de drogas sintéticas, opioides con el comercio de heroína.',
    scoresSummary:
      'Puntuaciones de mercado más altas del GI-TOC ({edition}, sin desglose por sexo): {markets}.',
    scoresSummaryEmpty: 'El índice del GI-TOC no da puntuaciones para este Estado.',
    scoresNone: 'Sin puntuaciones del GI-TOC: el índice no abarca este Estado.',
    scoresNoteEditions: 'Barras: la edición {latest}; marcas negras: la edición {earlier}.',
    actor_mafia_style_groups: 'Grupos de tipo mafioso',
    actor_criminal_networks: 'Redes delictivas',
    actor_state_embedded_actors: 'Actores integrados en el Estado',
    actor_foreign_actors: 'Actores extranjeros',
    actor_private_sector_actors: 'Actores del sector privado',
    profileTrends: 'Proporción de mujeres a lo largo del tiempo, por delito y etapa',
    profileFigures: 'Cifras publicadas sobre este Estado',
    profileScores: 'Puntuaciones del GI-TOC de mercados y actores',
    profileCoverage: 'Lo que este Estado publica, y lo que no',
    profileTrendsTitle: '{state}: proporción de mujeres por delito y etapa, a lo largo del tiempo',
    profileTrendsSubtitle:
      'Calculada a partir de cifras por sexo (UNODC), con intervalos del 95\u00a0%; huecos en los años que faltan y en posibles rupturas de una serie.',
    profileTrendsOutside:
      'Esta evolución muestra todos los años publicados, también años fuera del período usado en el resto de esta página ({from}–{to}): {years}.',
    profileFiguresTitle: '{state}: proporciones de mujeres publicadas',
    profileScoresTitle: '{state}: puntuaciones del GI-TOC de mercados y actores delictivos',
    profileScoresSubtitle:
      'Puntuaciones de expertos de 1 a 10 sobre la prevalencia; sin desglose por sexo.',
    profileCoverageTitle: '{state}: lo que se publica sobre los autores, por delito, etapa y año',
    profileCoverageSummary:
      '{offence}, por etapa en el período: una cifra de mujeres: {published}; solo una cifra de hombres: {menOnly}; solo confidenciales (<5): {suppressed}; solo totales: {totalOnly}.',
    profileInStudy: '{state} es uno de los 14 Estados abarcados por el estudio de la OSCE de 2023.',
    profileNotInStudy:
      '{state} no figura entre los 14 Estados abarcados por el estudio de la OSCE de 2023.',
    profileOffenceLatest: '{offence}, última proporción de mujeres: ',
    profileOffenceNone:
      '{offence}: no se puede calcular ninguna proporción de mujeres con las cifras publicadas para este Estado.',
    profileShare:
      '{women, plural, one {# mujer} other {# mujeres}} de {persons} personas, {share} (intervalo del 95 %: {low}–{high} %)',
    profileSource: 'Fuente: {source}.',
    profileFiguresCount:
      '{count, plural, one {# otra cifra publicada se refiere} other {# otras cifras publicadas se refieren}} a {state}, por ejemplo ',
    profileFiguresNone: 'No se encontró ninguna otra cifra publicada sobre {state}.',
    profileScoresNone: 'El índice del GI-TOC no da puntuaciones para él.',
    profileBack: '← Volver al atlas',
    profileOther: 'Otro Estado',
    profilePrint: 'Imprimir o guardar como PDF',
    profileMethodNote:
      'Las proporciones las calcula el atlas a partir de cifras publicadas; véase la metodología. Los límites y los nombres no implican su aprobación por la OSCE ni por las Naciones Unidas.',
    talkingPoints: 'Puntos de intervención',
    pointsIntro:
      'Frases que el atlas redacta a partir de las filas de datos mostradas, primero las pruebas más sólidas, cada una con su nota. Puede desmarcarlas o reordenarlas; su elección se guarda en la dirección.',
    pointsNone: 'Las filas mostradas no permiten ninguna frase que pueda citarse con seguridad.',
    pointsCopy: 'Copiar',
    pointsCopied:
      'Copiado: {count, plural, one {# punto} other {# puntos}} con notas, como texto enriquecido y texto sin formato.',
    pointsCopyFailed: 'El navegador no permitió copiar; seleccione los puntos y cópielos a mano.',
    pointsInclude: 'Incluir',
    pointsMoveUp: 'Subir',
    pointsMoveDown: 'Bajar',
    pointsNotes: 'Notas',
    pointsLeftOut: 'No incluidos',
    briefDocx: 'Nota informativa (Word)',
    briefPdf: 'Nota informativa (PDF)',
    briefFailed: 'No se pudo crear la nota informativa: {reason}.',
    pointKind_stage_share: 'Proporción en una etapa',
    pointKind_trend: 'Evolución en el tiempo',
    pointKind_pipeline: 'Cadena de la justicia penal',
    pointKind_comparison: 'Comparación',
    pointKind_published: 'Cifra publicada',
    pointKind_data_gap: 'Laguna de datos',
    pointGroup_formal_contact: 'personas en contacto formal con la policía',
    pointGroup_prosecuted: 'personas enjuiciadas',
    pointGroup_convicted: 'personas condenadas',
    pointAreaNamed: '{names}',
    pointAreaPooled:
      '{scope}, {count, plural, one {# Estado que publica} other {# Estados que publican}} mujeres y hombres cada año',
    pointShare_formal_contact:
      '{area}, {offence}, {yearText}: de {persons, plural, one {{personsText} persona en contacto formal con la policía} other {{personsText} personas en contacto formal con la policía}}, {women, plural, one {{womenText} era mujer} other {{womenText} eran mujeres}}, es decir, el {shareText} (intervalo del 95 %: {lowText}–{highText} %).',
    pointShare_prosecuted:
      '{area}, {offence}, {yearText}: de {persons, plural, one {{personsText} persona enjuiciada} other {{personsText} personas enjuiciadas}}, {women, plural, one {{womenText} era mujer} other {{womenText} eran mujeres}}, es decir, el {shareText} (intervalo del 95 %: {lowText}–{highText} %).',
    pointShare_convicted:
      '{area}, {offence}, {yearText}: de {persons, plural, one {{personsText} persona condenada} other {{personsText} personas condenadas}}, {women, plural, one {{womenText} era mujer} other {{womenText} eran mujeres}}, es decir, el {shareText} (intervalo del 95 %: {lowText}–{highText} %).',
    pointSuppressed_formal_contact:
      '{area}, {offence}, {yearText}: el número de mujeres en contacto formal con la policía no se publica: la fuente no publica cifras inferiores a 5 (secreto estadístico).',
    pointSuppressed_prosecuted:
      '{area}, {offence}, {yearText}: el número de mujeres enjuiciadas no se publica: la fuente no publica cifras inferiores a 5 (secreto estadístico).',
    pointSuppressed_convicted:
      '{area}, {offence}, {yearText}: el número de mujeres condenadas no se publica: la fuente no publica cifras inferiores a 5 (secreto estadístico).',
    pointSmallCountSome:
      'Al menos una de estas proporciones se basa en menos de 30 personas: un número pequeño, que debe leerse con cautela.',
    pointSmallCount:
      'Esta proporción se basa en menos de 30 personas: un número pequeño, que debe leerse con cautela.',
    pointTrendRose:
      '{area}, {offence}, {group}: la proporción de mujeres aumentó del {fromShareText} en {fromYearText} ({fromWomenText} de {fromPersonsText}; intervalo del 95 %: {fromLowText}–{fromHighText} %) al {toShareText} en {toYearText} ({toWomenText} de {toPersonsText}; intervalo del 95 %: {toLowText}–{toHighText} %); los dos intervalos no se solapan.',
    pointTrendFell:
      '{area}, {offence}, {group}: la proporción de mujeres bajó del {fromShareText} en {fromYearText} ({fromWomenText} de {fromPersonsText}; intervalo del 95 %: {fromLowText}–{fromHighText} %) al {toShareText} en {toYearText} ({toWomenText} de {toPersonsText}; intervalo del 95 %: {toLowText}–{toHighText} %); los dos intervalos no se solapan.',
    pointTrendOverlap:
      '{area}, {offence}, {group}: la proporción de mujeres fue del {fromShareText} en {fromYearText} ({fromWomenText} de {fromPersonsText}; intervalo del 95 %: {fromLowText}–{fromHighText} %) y del {toShareText} en {toYearText} ({toWomenText} de {toPersonsText}; intervalo del 95 %: {toLowText}–{toHighText} %); los dos intervalos se solapan, por lo que la diferencia puede deberse al azar.',
    pointPipeline: '{area}, {offence}, {yearText}, proporción de mujeres por etapa: {listText}.',
    pointPipelineItem:
      '{group} {shareText} ({womenText} de {personsText}; intervalo del 95 %: {lowText}–{highText} %)',
    pointCompareHigher:
      '{area}, {offence}, {group}: la proporción de mujeres, {shareText} en {yearText} ({womenText} de {personsText}; intervalo del 95 %: {lowText}–{highText} %), es más alta que en el conjunto de la subregión «{region}», {regionShareText} ({regionWomenText} de {regionPersonsText} en {count, plural, one {# Estado} other {# Estados}}, último año por Estado en {from}–{to}; intervalo del 95 %: {regionLowText}–{regionHighText} %); los intervalos no se solapan.',
    pointCompareLower:
      '{area}, {offence}, {group}: la proporción de mujeres, {shareText} en {yearText} ({womenText} de {personsText}; intervalo del 95 %: {lowText}–{highText} %), es más baja que en el conjunto de la subregión «{region}», {regionShareText} ({regionWomenText} de {regionPersonsText} en {count, plural, one {# Estado} other {# Estados}}, último año por Estado en {from}–{to}; intervalo del 95 %: {regionLowText}–{regionHighText} %); los intervalos no se solapan.',
    pointCompareOverlap:
      '{area}, {offence}, {group}: la proporción de mujeres, {shareText} en {yearText} ({womenText} de {personsText}; intervalo del 95 %: {lowText}–{highText} %), es no claramente distinta de la en el conjunto de la subregión «{region}», {regionShareText} ({regionWomenText} de {regionPersonsText} en {count, plural, one {# Estado} other {# Estados}}, último año por Estado en {from}–{to}; intervalo del 95 %: {regionLowText}–{regionHighText} %); los intervalos se solapan, por lo que no puede afirmarse una diferencia.',
    pointHighest:
      '{area}, {offence}, {group}, último año por Estado en {from}–{to}: la proporción de mujeres más alta es la de {state}, {shareText} en {yearText} ({womenText} de {personsText}; intervalo del 95 %: {lowText}–{highText} %); su intervalo queda por completo por encima de los {others, plural, one {del otro Estado} other {de los otros # Estados}} con proporción.',
    pointLowest:
      '{area}, {offence}, {group}, último año por Estado en {from}–{to}: la proporción de mujeres más baja es la de {state}, {shareText} en {yearText} ({womenText} de {personsText}; intervalo del 95 %: {lowText}–{highText} %); su intervalo queda por completo por debajo de los {others, plural, one {del otro Estado} other {de los otros # Estados}} con proporción.',
    pointAllMarkets: 'todos los mercados delictivos',
    pointPositionGroup: '{position} ({group})',
    pointPublishedComputed:
      '{area}, {market}, {periodText}, {position}: {women, plural, one {{womenText} mujer} other {{womenText} mujeres}} de {persons, plural, one {{personsText} persona} other {{personsText} personas}}, es decir, el {shareText} (intervalo del 95 %: {lowText}–{highText} %; calculado por el atlas a partir de las cifras publicadas por {publisherText}).',
    pointPublishedShare:
      '{area}, {market}, {periodText}, {position}: proporción de mujeres {valueText}, tal como la publica {publisherText}.',
    pointGapNone:
      '{area}, {offence}, {group}, {from}–{to}: la fuente no publica ninguna cifra en esta etapa, por lo que no se conoce la parte de las mujeres.',
    pointGapTotalOnly:
      '{area}, {offence}, {group}, {from}–{to}: solo se publican totales, sin el número de mujeres, por lo que no puede calcularse una proporción.',
    pointGapSuppressed:
      '{area}, {offence}, {group}, {from}–{to}: cuando existe una cifra, el número de mujeres no se publica (menos de 5, secreto estadístico), por lo que no puede darse una proporción.',
    pointGapGroup:
      '{area}, {offence}, {group}, {from}–{to}: {publishingText} de los {count, plural, one {# Estado considerado} other {# Estados considerados}} publican un número de mujeres para al menos un año; los demás, ninguno.',
    pointNoteSource: '{publisherText}, {titleText}, {year}, {urlText}',
    pointNoteSourceLocated: '{publisherText}, {titleText}, {year}, {locator}, {urlText}',
    pointNote: '{sourcesText}. Consultado a través de «{atlas}», versión de los datos {version}.',
    briefTitle: 'Nota informativa: {selection}',
    briefDated: '{date} · versión de los datos {version}',
    briefSelectionState: '{state}, perfil del Estado',
    briefSelectionAtlas: '{scope}, {offence}, {group}, {from}–{to}',
    briefFigures: 'Figuras',
    briefNoFigures:
      'Las figuras no se incluyen en este archivo; expórtelas desde el atlas con sus fuentes.',
    briefCiteHeading: 'Cómo citar',
    briefCite: '{atlas}, nota informativa «{selection}», versión de los datos {version}, {date}.',
    briefTermsHeading: 'Condiciones de reutilización',
    briefTermsAtlas:
      'Las frases y las notas son obra del atlas (código bajo licencia MIT); las cifras pertenecen a quienes las publican y se reutilizan según las condiciones de cada fuente:',
    briefTermsSource: '{publisher}: {terms}.',
    briefClose: 'Cerrar',
    briefPrintHint: 'En el cuadro de impresión, elija A4 y «Guardar como PDF».',
    openProfile: 'Abrir el perfil',
    'figure_market-figures': 'Cifras publicadas por mercado',
    'figure_profile-trends': 'Perfil del Estado: tendencias',
    'figure_profile-figures': 'Perfil del Estado: cifras publicadas',
    'figure_profile-scores': 'Perfil del Estado: puntuaciones del GI-TOC',
    'figure_profile-coverage': 'Perfil del Estado: lo que se publica',
    urlReason_unknown_code: '{param}={value}: no es un código conocido',
    urlReason_unknown_region: '{param}={value}: no es una región del atlas',
    urlReason_not_a_year: '{param}={value}: no es un año que abarque el atlas',
    urlReason_not_a_state: '{param}={value}: no es un Estado participante ni Kosovo',
    urlReason_unknown_language: '{param}={value}: no es uno de los idiomas del atlas',
    urlReason_not_a_flag: '{param}={value}: debe ser 0 o 1',
    urlReason_repeated: '{param} se indicó más de una vez: {applied} aplicado, {value} ignorado',
    urlReason_unknown_param: '{param}: no es un ajuste del atlas',
    urlReason_too_many: '{param}={value}: se pueden elegir como máximo 8 Estados',
    urlReason_from_after_to:
      '{param}={value}: el período empieza después de terminar; se muestra el período predeterminado',
    columnEdition: 'Edición',
    columnGroup: 'Grupo contado',
    columnIndicator: 'Indicador',
    columnIndicatorKind: 'Tipo',
    columnIntervalHigh: 'Intervalo del 95\u00a0%, superior',
    columnIntervalLow: 'Intervalo del 95\u00a0%, inferior',
    columnMen: 'Hombres',
    columnQualifier: 'Tal como se publicó',
    columnSex: 'Proporción de quién',
    columnSmallCount: 'Menos de 30 personas',
    columnTotal: 'Total publicado',
    columnValueHigh: 'Límite superior',
    columnOutOf: 'De (cifra de mujeres de la que forma parte)',
    columnValueLow: 'Límite inferior',
    columnValueNumber: 'Valor',
    men: 'hombres',
    women: 'mujeres',
    yes: 'sí',
    skipToMap: 'Ir al mapa',
    skipToFilters: 'Ir a los filtros',
    skipToContent: 'Ir al contenido',
    updating: 'Actualizando las cifras…',
    tools: 'Herramientas: tamaño de exportación, sus datos, presentación',
    marketsWithCounts: 'Con cifras por sexo por Estado',
    marketsOther: 'Otros mercados (solo cifras publicadas)',
    shareInstead:
      'No se ha definido una dirección pública del atlas: un enlace a este ordenador no se abriría en otro lugar. Comparta la figura como archivo (lleva su fuente y sus filtros) o defina la dirección.',
    shareInsteadDismiss: 'Ahora no',
    linkNeedsAddress:
      'Indique primero la dirección pública del atlas en Herramientas: los enlaces a este ordenador no se abrirían en otro lugar.',
    exportFigure: 'Exportar {figure}:',
    csvExcel: 'CSV para Excel',
    noPublicAddress:
      'No se ha indicado ninguna dirección pública del atlas, por lo que la figura no puede llevar un enlace que otras personas puedan abrir. Indíquela, o exporte sin enlace (los filtros permanecen en el subtítulo y en los metadatos del archivo).',
    setPublicAddress: 'Indicar la dirección pública',
    exportWithoutLink: 'Exportar sin enlace',
    profileScoresSentence:
      'Puntuaciones de mercado del GI-TOC ({edition}, sin desglose por sexo), las más altas: ',
    ariaPoints: 'proporciones por año',
    ariaComparison: 'proporciones por Estado y etapa',
    ariaCoverage: 'lo que se publica, por Estado, etapa y año',
    ariaMarkets: 'mercados',
    ariaPublished: 'cifras publicadas',
    ariaShareBars: 'barras de las proporciones',
    ariaShareLabels: 'etiquetas de las proporciones',
    inFile: '{file}: {text}',
    issueError: 'ERROR',
    issueWarning: 'ADVERTENCIA',
    issueRow: 'fila {line}',
    issueFileRow: '{file} fila {line}',
    issueValue: ' (valor: «{value}»)',
    issueAllowed: ' Se admite: {allowed}.',
    issueLine: '{severity} {where}: {message}{value}.{allowed}',
    issue_required: 'se requiere un valor',
    issue_not_identifier: 'identificador no válido',
    issue_not_id_list: 'no es una lista de identificadores',
    issue_unknown_code: 'código desconocido',
    issue_not_year: 'no es un año',
    issue_not_number: 'no es un número',
    issue_not_boolean: 'no es un valor booleano',
    issue_not_url: 'no es una dirección web',
    issue_not_iso_numeric: 'no es un código numérico ISO de 3 cifras',
    issue_not_utf8: 'el archivo no es un texto UTF-8 válido (se encontró un carácter ilegible)',
    issue_not_csv: 'el archivo no es un CSV válido: {detail}',
    csv_after_quote: 'línea {line}: carácter inesperado tras las comillas de cierre',
    csv_unterminated: 'línea {line}: campo entre comillas sin cerrar',
    issue_missing_columns:
      '{n, plural, one {falta una columna} other {faltan columnas}} en la tabla «{table}»',
    issue_unknown_column: 'columna desconocida en la tabla «{table}»',
    issue_duplicate_column: 'la columna aparece más de una vez en el encabezado',
    issue_more_rows:
      '{n, plural, one {# fila más incumple} other {# filas más incumplen}} la misma regla en la columna {column}; solo se muestran las primeras {shown}',
    issue_more_ragged:
      '{n, plural, one {# fila más no tiene} other {# filas más no tienen}} el número correcto de celdas; solo se muestran las primeras {shown}',
    issue_cell_count: 'tiene {cells} celdas pero el encabezado tiene {header}',
    issue_spaces: 'tiene espacios al principio o al final',
    issue_duplicate_id: '{key} duplicado; usado por primera vez en la fila {first}',
    issue_conflict:
      'en conflicto con {where} ({value}): misma zona, período, población, mercado, jerarquía, función, tipo de organización, etapa, sexo, medida, unidad, fuente y grupo contado (denominador) pero un valor distinto; no se carga ninguna de las dos filas',
    issue_duplicate_score: 'puntuación duplicada para {key}; primero en la fila {first}',
    issue_unknown_state: 'Estado desconocido',
    issue_unknown_member: 'Estado desconocido en members',
    issue_no_source: 'ninguna fuente con este identificador',
    issue_score_range: 'una puntuación del índice está entre 1 y 10',
    issue_duplicate_obs: 'obs_id duplicado; usado por primera vez en {first}',
    issue_unknown_area: 'zona desconocida',
    issue_ends_before: 'termina antes de empezar',
    issue_period_both: 'indique period_start y period_end, o ninguno de los dos',
    issue_period_unknown: 'el período es desconocido: indique lo que dice la fuente al respecto',
    issue_other_needs_note: 'la etapa «other» requiere una nota que diga qué cuenta la cifra',
    issue_needs_value: 'el calificador «{qualifier}» requiere un valor',
    issue_no_bounds:
      'el calificador «{qualifier}» no admite límites; use «range» para un intervalo',
    issue_range_both: 'un intervalo requiere value_low y value_high',
    issue_range_no_value: 'un intervalo no tiene un valor único; deje value vacío',
    issue_low_above_high: 'el límite inferior supera al superior ({high})',
    issue_lower_only: '«{qualifier}» solo admite value_low',
    issue_upper_only: '«{qualifier}» solo admite value_high',
    issue_suppressed_empty:
      'un valor confidencial se deja vacío (el organismo productor muestra «<5»)',
    issue_share_range: 'una proporción está en porcentaje y debe estar entre 0 y 100',
    issue_count_whole: 'una cifra debe ser un número entero, 0 o más',
    issue_text_untranslated:
      'las palabras propias del atlas necesitan una fila en data/texts.csv con los seis idiomas',
    issue_text_languages: 'falta en: {list}',
    issue_text_unused: 'ninguna observación usa este texto',
    allowed_id:
      'letras, cifras y _ . : - (64 caracteres como máximo, empezando por una letra o una cifra)',
    allowed_id_list: 'identificadores separados por un espacio, p.\u00a0ej. «ALB BIH MKD»',
    allowed_list: '{list}',
    allowed_year: 'un año de cuatro cifras entre 1900 y 2100',
    allowed_number: 'un número con punto como separador decimal, p.\u00a0ej. 12 o 12.5',
    allowed_bool: 'true o false',
    allowed_url: 'una dirección que empiece por http:// o https://',
    allowed_iso_numeric: 'tres cifras, p.\u00a0ej. 056',
    allowed_text: 'cualquier texto',
    allowed_utf8: 'texto UTF-8; guarde el archivo como «CSV UTF-8»',
    allowed_each_once: 'cada identificador una sola vez',
    allowed_each_once_all: 'cada identificador una sola vez en todos los archivos',
    allowed_one_value: 'un valor por clave',
    allowed_six_languages: 'el texto en inglés, francés, alemán, italiano, ruso y español',
    allowed_source: 'un source_id que figure en sources',
    allowed_area: 'un código iso3 de countries o un código de región de regions',
    allowed_year_from: 'un año a partir de {start}',
    allowed_period_note: 'un texto breve, p.\u00a0ej. «not stated»',
    allowed_iso3: 'un código iso3 de countries',
    allowed_iso3_list: 'códigos iso3 de countries',
    allowed_score: 'de 1 a 10',
    allowed_percent: 'de 0 a 100',
    allowed_whole: 'números enteros',
    file_utf16: 'UTF-16 ({endian}, como lo guarda el «texto Unicode» de Excel): leído como tal.',
    file_utf16_little: 'little-endian',
    file_utf16_big: 'big-endian',
    file_utf16_invalid:
      'El archivo empieza como UTF-16 pero no es UTF-16 válido. Guárdelo como «CSV UTF-8» y vuelva a cargarlo.',
    file_utf8_bom: 'UTF-8 con marca de orden de bytes (como lo guarda Excel): leído como UTF-8.',
    file_cp1251:
      'No es UTF-8: leído como Windows-1251 (cirílico, como lo guarda un Excel en ruso). Compruebe los nombres.',
    file_unknown_encoding:
      'El archivo no está en UTF-8 ni en una página de códigos de Windows que el atlas reconozca. Guárdelo como «CSV UTF-8» y vuelva a cargarlo.',
    file_cp1252:
      'No es UTF-8: leído como Windows-1252 (Europa occidental, como lo guarda un Excel en francés). Compruebe los acentos.',
    file_too_large: 'El archivo supera {mb}\u00a0MB; divídalo o cárguelo como Parquet.',
    file_nul:
      'La línea {line} contiene un carácter NUL (un archivo binario, o UTF-16 sin marca de orden de bytes). Guárdelo como «CSV UTF-8» y vuelva a cargarlo.',
    file_mixed:
      'El archivo mezcla codificaciones (algunos caracteres son ilegibles). Guárdelo como «CSV UTF-8» y vuelva a cargarlo.',
    file_semicolons: 'Columnas separadas por punto y coma (;): leídas como tales.',
    file_not_csv: 'El archivo no es un CSV válido: {detail}.',
    file_empty: 'El archivo está vacío.',
    file_header_only:
      'El archivo tiene un encabezado pero ninguna fila de datos: nada que cargar (los datos ya cargados siguen como están).',
    file_long_cell: 'La fila {line} tiene una celda de más de {max} caracteres (columna {column}).',
    file_decimal_commas:
      '{n, plural, one {# número escrito} other {# números escritos}} con coma decimal (p.\u00a0ej. «12,5») {n, plural, one {se leyó} other {se leyeron}} como decimales.',
    file_no_table:
      'el encabezado no coincide ni con la tabla de observaciones ni con la de fuentes de la plantilla.',
    file_no_observations:
      'Ningún archivo de observaciones: cargue un archivo con las columnas de la plantilla (obs_id, source_id, area, …).',
    file_too_many_rows: 'el archivo tiene {rows} filas; el atlas carga como máximo {max}.',
    store_failed:
      'El navegador no pudo conservar sus datos para la próxima vez ({reason}). Se han cargado solo para esta visita.',
    store_clear_failed: 'No se pudo vaciar el almacenamiento del navegador ({reason}).',
    store_no_reason: 'el navegador no dio ningún motivo',
    store_removed: 'Sus datos se han retirado de esta página. {text}',
    store_blocked: 'otra pestaña mantiene abierto el almacenamiento',
    store_unavailable:
      'este navegador no da almacenamiento al atlas, como en una ventana privada o con el almacenamiento desactivado',
    store_forget_blocked:
      'Otra pestaña o ventana del atlas mantiene abierto el almacenamiento del navegador: sus datos se eliminarán de él cuando se cierre.',
    store_not_created: 'no se pudo crear el almacenamiento',
    store_refused: 'el navegador se negó a escribir (¿almacenamiento lleno?)',
    file_refused_large:
      'el archivo ocupa {size}\u00a0MB; el atlas lee archivos de {mb}\u00a0MB como máximo. Divídalo por año o región, o guárdelo como Parquet.',
    deck_not_json: 'no es un archivo de presentación (no es JSON)',
    deck_not_ours: 'no es un archivo de presentación de este atlas',
    deck_too_many: 'demasiadas diapositivas ({max} como máximo)',
    deck_malformed: 'la diapositiva {n} no es válida',
    file_parquet_expands:
      'Una vez descomprimido, el archivo Parquet contiene más de {mb} MB de texto, el máximo que lee el atlas (como para un archivo CSV). Divídalo por año o por región.',
    file_parquet_nested:
      'La columna {column} contiene valores anidados (listas, mapas o estructuras); el atlas solo lee columnas simples de texto, números, fechas o verdadero/falso, como en la plantilla.',
    file_parquet_type:
      'La columna {column} es de un tipo que el atlas no puede leer ({type}); escríbala como texto o como número.',
    file_parquet_undecodable:
      'No se pudo decodificar el archivo Parquet (una compresión o codificación que el atlas no lee, o un archivo dañado). Guárdelo de nuevo con compresión Snappy, o como «CSV UTF-8».',
    file_parquet_not_utf8:
      'El archivo Parquet contiene texto que no es UTF-8 válido. Guarde sus columnas de texto en UTF-8 y vuelva a cargarlo.',
    file_not_parquet:
      'El archivo no es un archivo Parquet (debe empezar y terminar con «PAR1»). Guárdelo de nuevo como Parquet, o como «CSV UTF-8».',
    womenCountAsPublished:
      '{n, plural, one {{value} mujer} other {{value} mujeres}} (una cifra tal como se publicó; sin proporción)',
    womenCountOutOf:
      '{n, plural, one {{value} mujer} other {{value} mujeres}} de {outOf} ({group}; cifras tal como se publicaron; sin proporción)',
  },
  vocab: {
    population: {
      offenders: 'Autores y presuntos autores',
      victims: 'Víctimas detectadas',
    },
    stage: {
      intelligence_estimate: 'Estimación de inteligencia',
      suspected: 'Sospechosos',
      arrested: 'Detenidos',
      formal_contact: 'Personas que tuvieron contacto formal con la policía',
      prosecuted: 'Enjuiciados',
      convicted: 'Condenados',
      imprisoned: 'Encarcelados',
      witness_protection: 'Protección de testigos',
      exit_programme: 'Programa de salida',
      survey: 'Encuesta',
      prosecuted_or_convicted: 'Enjuiciados o condenados (en conjunto)',
      not_stated: 'Etapa no indicada',
      other: 'Otra (véase la nota)',
    },
    market: {
      human_trafficking: 'Trata de personas',
      human_smuggling: 'Tráfico ilícito de migrantes',
      extortion_protection_racketeering: 'Extorsión y chantaje a cambio de protección',
      arms_trafficking: 'Tráfico de armas',
      counterfeit_goods: 'Comercio de productos falsificados',
      excise_goods: 'Comercio ilícito de productos sujetos a impuestos especiales',
      flora_crimes: 'Delitos contra la flora',
      fauna_crimes: 'Delitos contra la fauna',
      non_renewable_resource_crimes: 'Delitos relacionados con recursos no renovables',
      heroin_trade: 'Comercio de heroína',
      cocaine_trade: 'Comercio de cocaína',
      cannabis_trade: 'Comercio de cannabis',
      synthetic_drug_trade: 'Comercio de drogas sintéticas',
      cyber_dependent_crimes: 'Delitos ciberdependientes',
      financial_crimes: 'Delitos financieros',
      organized_crime_all: 'Delincuencia organizada (toda)',
      participation_in_ocg: 'Participación en un grupo delictivo organizado',
      mafia_type_association: 'Asociación de tipo mafioso',
      drug_trafficking: 'Delitos de tráfico de drogas (todas las drogas)',
      drug_trafficking_cannabis: 'Delitos de tráfico de drogas: cannabis',
      drug_trafficking_cocaine: 'Delitos de tráfico de drogas: cocaína',
      drug_trafficking_ats: 'Delitos de tráfico de drogas: estimulantes de tipo anfetamínico',
      drug_trafficking_opioids: 'Delitos de tráfico de drogas: opioides',
      drug_use_possession: 'Consumo o posesión de drogas (contexto, no delincuencia organizada)',
      drug_other_offences: 'Otros delitos relacionados con drogas (contexto)',
      all_offences: 'Todos los delitos (contexto, no delincuencia organizada)',
    },
    hierarchy: {
      leadership: 'Dirección',
      coordination: 'Coordinación',
      operational: 'Nivel operativo',
      periphery: 'Periferia',
      all: 'Todos los niveles',
    },
    role: {
      leader: 'Líder',
      organizer: 'Organizadora u organizador',
      recruiter: 'Reclutadora o reclutador',
      financial_manager: 'Gestión financiera o blanqueo de dinero',
      courier: 'Correo',
      seller: 'Vendedora o vendedor',
      facilitator: 'Facilitadora o facilitador',
      enforcer: 'Ejecutora o ejecutor de la violencia',
      all: 'Todas las funciones',
    },
    org_type: {
      all: 'Todos los tipos',
      pairs: 'Parejas',
      business_like_group: 'Grupo de tipo empresarial',
      structured_group: 'Grupo estructurado o de tipo gubernamental',
      network_core: 'Núcleo de la red',
      network_periphery: 'Periferia de la red',
    },
    sex: {
      female: 'Mujeres',
      male: 'Hombres',
      other: 'Otro',
      unknown: 'Sexo desconocido',
      total: 'Total',
    },
    measure: {
      count: 'Cifra',
      count_on_date: 'Personas en una fecha (un stock, no un flujo)',
      share: 'Proporción (%)',
    },
    qualifier: {
      exact: 'Exacto',
      approx: 'Aproximado («alrededor de», «unos»)',
      average: 'Un promedio («en promedio»)',
      at_least: 'Al menos',
      more_than: 'Más de',
      at_most: 'Como máximo',
      up_to: 'Hasta',
      less_than: 'Menos de',
      almost: 'Casi',
      range: 'Intervalo',
      suppressed: 'Confidencial, no difundido por el organismo productor (<5)',
    },
    source_kind: {
      official_statistics: 'Estadísticas oficiales',
      research_report: 'Informe de investigación',
      police_report: 'Informe policial',
      expert_index: 'Índice de expertos',
      academic: 'Estudio académico',
      press: 'Artículo de prensa',
      user: 'Sus propios datos',
    },
    subregion: {
      northern_america: 'América septentrional',
      northern_europe: 'Europa septentrional',
      western_europe: 'Europa occidental',
      southern_europe: 'Europa meridional',
      eastern_europe: 'Europa oriental',
      central_asia: 'Asia central',
      western_asia: 'Asia occidental',
      eastern_asia: 'Asia oriental',
    },
    region_kind: {
      organisation: 'Organización',
      study: 'Cobertura del estudio',
      analytical: 'Agrupación analítica',
      global: 'Mundo',
      subnational: 'Zona subnacional',
      not_stated: 'Zona no indicada por la fuente',
    },
    indicator_kind: {
      market: 'Mercado delictivo',
      actor: 'Actor delictivo',
      resilience: 'Resiliencia',
      average: 'Promedio',
    },
    coverage_status: {
      published: 'Cifra de mujeres publicada',
      men_only: 'Solo cifra de hombres (mujeres <5 o no indicadas)',
      suppressed: 'Por sexo, pero confidenciales (<5)',
      total_only: 'Solo totales',
      none: 'Nada publicado',
    },
    locator_kind: {
      page: 'Página',
      table: 'Cuadro',
      section: 'Sección',
      sheet: 'Hoja',
      item: 'Noticia',
    },
    terms: {
      unodc_terms:
        'reutilización con atribución a la UNODC (condiciones de uso del portal de datos de la UNODC)',
      eurostat_reuse: 'reutilización autorizada citando la fuente (Eurostat)',
      osce_terms: 'condiciones de uso de la OSCE: reproducción con atribución',
      gitoc_terms: 'citado con atribución al GI-TOC (ocindex.net)',
      ogl_v3: 'Open Government Licence v3.0',
      cc_by_nd: 'CC BY-ND, citado con atribución',
      attribution_only: 'citado con atribución',
      press_figures_cited:
        'cifras citadas con atribución; artículos protegidos por los derechos de autor de sus editores',
    },
  },
  method: {
    title: 'Cómo calcula y muestra el atlas sus cifras',
    close: 'Volver al atlas',
    link: 'Metodología',
    sections: [
      {
        id: 'share',
        heading: '1. Proporción de mujeres',
        body: 'Cuando una fuente publica cifras de mujeres y de hombres, la proporción es mujeres ÷ (mujeres + hombres). Cuando publica solo mujeres y un total, la proporción es mujeres ÷ total. Cuando mujeres y hombres juntos suman menos del 90\u00a0% de un total publicado, no se traza ninguna proporción: una proporción de una pequeña parte de las personas contadas podría inducir a error. Cada proporción calculada indica qué regla usó y muestra las cifras en que se basa.',
      },
      {
        id: 'interval',
        heading: '2. Incertidumbre',
        body: 'Cada proporción calculada va seguida de su intervalo del 95\u00a0% (puntuación de Wilson), entre paréntesis y como bigote. El intervalo muestra cuánto podría variar por azar una proporción basada en pocas personas; no cubre las diferencias en la forma de contar de los Estados. Una proporción calculada con menos de 30 personas se dibuja hueca o más clara y se señala como cifra pequeña. Un Estado o una subregión solo se llama «el más alto» cuando su intervalo queda enteramente por encima de todos los demás mostrados; si no, el resumen nombra los primeros con sus intervalos. Los límites de un intervalo se imprimen como porcentajes enteros redondeados hacia fuera (el inferior hacia abajo, el superior hacia arriba), de modo que el intervalo impreso siempre contiene el calculado: 63,2–77,4 % se imprime 63–78 %.',
      },
      {
        id: 'group',
        heading: '3. Proporciones de grupos',
        body: 'Una proporción de grupo (una subregión, una región) agrega cifras: se suman las mujeres de los Estados del grupo, y también sus mujeres + hombres; la proporción agregada es una dividida por la otra, con el intervalo de las cifras agregadas. Solo entran en el agregado los Estados que publican mujeres y hombres. Al lado se muestra la mediana de las proporciones de cada Estado, para que un Estado grande no oculte a los demás; cuando ambas ordenan los grupos de forma distinta, la figura lo dice. La mediana se calcula sobre los mismos Estados que el agregado, de modo que la marca y la barra se refieren a los mismos Estados.',
      },
      {
        id: 'years',
        heading: '4. Años y series',
        body: 'Cuando el período abarca varios años, cada Estado aporta su último año con cifra, y la figura indica qué año usa para cada Estado. Los años sin cifra quedan vacíos: nada se interpola ni se arrastra. Cuando el total de un Estado cambia tres veces o más de un año a otro, la serie puede haber cambiado su forma de contar: la línea se interrumpe ahí y una nota lo indica. La línea de un grupo a lo largo del tiempo agrega solo los Estados que publican mujeres y hombres en todos los años mostrados, sin tales rupturas, de modo que el conjunto de Estados nunca cambia a lo largo de la línea; la figura los nombra, así como a los excluidos.',
      },
      {
        id: 'suppressed',
        heading: '5. Cifras confidenciales (secreto estadístico)',
        body: 'Las cifras que el organismo productor muestra como «<5», por secreto estadístico, se mantienen como confidenciales: nunca se leen como cero o cinco, y nunca se cuentan como publicadas. Se excluyen de toda suma, y se indica el número de Estados excluidos.',
      },
      {
        id: 'separate',
        heading: '6. Cifras que nunca se suman',
        body: 'Las cifras de delitos, etapas del proceso penal, definiciones o fuentes distintos se muestran una al lado de otra, nunca se suman. Cada cifra publicada conserva la zona, el período, la etapa y el mercado que indica su fuente, o dice «no indicado». Los intervalos siguen siendo intervalos y los límites conservan las palabras de la fuente («hasta», «menos de», «más de», «al menos»): se dibujan como intervalos o barras abiertas por un lado, nunca como puntos. Las cifras sobre todos los delitos son contexto, agrupadas aparte de la delincuencia organizada.',
      },
      {
        id: 'drugs',
        heading: '7. Delitos de tráfico de drogas',
        body: 'El Informe Mundial sobre las Drogas de la UNODC cuenta por sexo las personas que tuvieron contacto formal con la policía por delitos de tráfico de drogas. Las definiciones nacionales difieren, y estos delitos incluyen delitos de oferta no vinculados a la delincuencia organizada. Se muestran junto a la trata de personas, nunca sumados a ella. El consumo o la posesión de drogas son solo contexto. La correspondencia entre los delitos de drogas y los mercados de drogas del GI-TOC es aproximada.',
      },
      {
        id: 'definitions',
        heading: '8. Comparar Estados',
        body: 'Las definiciones jurídicas de la trata, de la delincuencia organizada y de cada etapa del proceso penal difieren entre los Estados, como también las prácticas de registro. Las comparaciones entre Estados muestran lo que se publica, no una medida armonizada.',
      },
      {
        id: 'context',
        heading: '9. Puntuaciones de contexto',
        body: 'Las puntuaciones del Global Organized Crime Index del GI-TOC describen cuán extendido está un mercado delictivo y cuán resiliente es un Estado. Son valoraciones de expertos, sin desglose por sexo, y se señalan como contexto dondequiera que aparezcan.',
      },
      {
        id: 'gaps',
        heading: '10. Datos que faltan',
        body: 'Los datos que faltan se muestran como tales (sombreados o marcados «sin cifra»), nunca como cero. Los Estados fuera de una región elegida se dibujan en gris claro liso y no se cuentan como datos que faltan. La vista de lagunas de datos muestra, para cada Estado, etapa y año, uno de cinco estados, nunca fusionados: cifra de mujeres publicada, solo cifra de hombres (mujeres <5 o no indicadas), por sexo pero confidenciales (<5), solo totales, o nada. Un Estado publica cifras por sexo solo si da una cifra de mujeres.',
      },
      {
        id: 'translations',
        heading: '11. Idiomas',
        body: 'El texto en inglés es el de referencia. Las traducciones son del propio proyecto, con la terminología de las Naciones Unidas cuando existe; los nombres de las fuentes, de los organismos productores y las cifras citadas se mantienen tal como se publicaron.',
      },
    ],
  },
};

export default es;
