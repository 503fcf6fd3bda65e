import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCsv } from '../../src/lib/io/csv';
import { columnNames, TABLES, type ColumnSpec } from '../../src/lib/vocabulary/contract';
import { labelOf, SOURCE_KIND, TERMS, type Vocabulary } from '../../src/lib/vocabulary/codes';
import { MAX_FILE_BYTES } from '../../src/lib/user-data/decode-file';
import { MAX_USER_ROWS } from '../../src/lib/user-data/limits';
import '../../src/lib/i18n/all';
import { LOCALES, translator } from '../../src/lib/i18n';
import { localName, type LocalNames } from '../../src/lib/i18n/names';
import { LANGS, type Lang } from '../../src/lib/model/filters';

const GUIDE = {
  en: {
    title: 'Women in Organized Crime Atlas: guide to the template',
    intro:
      'Fill in one figure per row in atlas-template-observations.csv (UTF-8 CSV; Excel: "CSV UTF-8"). Leave a cell empty when it does not apply. Use source_id USER_DATA, or add your own sources in atlas-template-sources.csv. Counts are whole numbers; shares are percent (0-100). A range has value_low and value_high and no value; "at most" has value_high only; "at least" has value_low only; a suppressed count (<5) has qualifier suppressed and no value.',
    rules: [
      'Files of at most {limit}\u00a0MB and {rows} rows are read; a larger file is refused before reading. Split it by year or region, or save it as Parquet.',
      'Two rows with the same area, period_start, period_end, population, market, hierarchy, role, org_type, stage, sex, measure, unit, source_id and denominator but different values are errors: both rows are named and nothing is loaded.',
      'Commas or semicolons separate columns; with semicolons, a decimal comma in value, value_low and value_high is read as a decimal.',
    ],
    columns: 'Columns (* = required)',
    codes: 'Allowed codes',
    areas: 'area: an iso3 code of a State, or a region code',
    units: 'unit: free text; the atlas itself uses',
    kinds: 'kind (sources table)',
    terms: 'terms_code (sources table, optional)',
  },
  fr: {
    title: 'Atlas des femmes dans la criminalité organisée\u00a0: guide du modèle',
    intro:
      "Saisissez un chiffre par ligne dans atlas-template-observations.csv (CSV UTF-8\u202f; Excel\u00a0: «\u00a0CSV UTF-8\u00a0»). Laissez vide une cellule sans objet. Utilisez source_id USER_DATA, ou ajoutez vos sources dans atlas-template-sources.csv. Les effectifs sont des nombres entiers\u202f; les parts sont en pourcentage (0-100). Une fourchette a value_low et value_high et pas de value\u202f; «\u00a0au plus\u00a0» n'a que value_high\u202f; «\u00a0au moins\u00a0» n'a que value_low\u202f; un effectif masqué (<5) a le qualificatif suppressed et pas de value.",
    rules: [
      "Les fichiers d'au plus {limit}\u00a0Mo et {rows}\u00a0lignes sont lus\u202f; un fichier plus grand est refusé avant lecture. Découpez-le par année ou par région, ou enregistrez-le en Parquet.",
      'Deux lignes de mêmes area, period_start, period_end, population, market, hierarchy, role, org_type, stage, sex, measure, unit, source_id et denominator mais de valeurs différentes sont des erreurs\u00a0: les deux lignes sont citées et rien n\u2019est chargé.',
      'Les colonnes sont séparées par des virgules ou des points-virgules\u202f; avec des points-virgules, une virgule décimale dans value, value_low et value_high est lue comme décimale.',
    ],
    columns: 'Colonnes (* = obligatoire)',
    codes: 'Codes autorisés',
    areas: 'area\u00a0: code iso3 d\u2019un État, ou code de région',
    units: 'unit\u00a0: texte libre\u202f; l\u2019atlas lui-même utilise',
    kinds: 'kind (table des sources)',
    terms: 'terms_code (table des sources, facultatif)',
  },
  de: {
    title: 'Atlas der Frauen in der organisierten Kriminalität: Leitfaden zur Vorlage',
    intro:
      'Tragen Sie in atlas-template-observations.csv eine Zahl pro Zeile ein (UTF-8-CSV; Excel: „CSV UTF-8“). Lassen Sie eine Zelle leer, wenn sie nicht zutrifft. Verwenden Sie source_id USER_DATA oder fügen Sie Ihre eigenen Quellen in atlas-template-sources.csv hinzu. Anzahlen sind ganze Zahlen; Anteile sind Prozent (0-100). Eine Spanne hat value_low und value_high und kein value; „höchstens“ hat nur value_high; „mindestens“ hat nur value_low; eine geheim gehaltene Anzahl (<5) hat den Qualifikator suppressed und kein value.',
    rules: [
      'Gelesen werden Dateien mit höchstens {limit}\u00a0MB und {rows} Zeilen; eine größere Datei wird vor dem Lesen abgelehnt. Teilen Sie sie nach Jahr oder Region auf oder speichern Sie sie als Parquet.',
      'Zwei Zeilen mit gleichen area, period_start, period_end, population, market, hierarchy, role, org_type, stage, sex, measure, unit, source_id und denominator, aber verschiedenen Werten sind Fehler: Beide Zeilen werden genannt und nichts wird geladen.',
      'Spalten werden durch Kommas oder Semikolons getrennt; mit Semikolons wird ein Dezimalkomma in value, value_low und value_high als Dezimalzahl gelesen.',
    ],
    columns: 'Spalten (* = erforderlich)',
    codes: 'Zulässige Codes',
    areas: 'area: iso3-Code eines Staates oder Regionscode',
    units: 'unit: freier Text; der Atlas selbst verwendet',
    kinds: 'kind (Tabelle der Quellen)',
    terms: 'terms_code (Tabelle der Quellen, optional)',
  },
  it: {
    title: 'Atlante delle donne nella criminalità organizzata: guida al modello',
    intro:
      'Inserite un dato per riga in atlas-template-observations.csv (CSV UTF-8; Excel: «CSV UTF-8»). Lasciate vuota una cella che non si applica. Usate source_id USER_DATA, o aggiungete le vostre fonti in atlas-template-sources.csv. I numeri di persone sono interi; le quote sono in percentuale (0-100). Un intervallo ha value_low e value_high e nessun value; «al massimo» ha solo value_high; «almeno» ha solo value_low; un numero oscurato (<5) ha il qualificatore suppressed e nessun value.',
    rules: [
      'Sono letti file di al massimo {limit}\u00a0MB e {rows} righe; un file più grande è rifiutato prima della lettura. Dividetelo per anno o per regione, o salvatelo come Parquet.',
      'Due righe con stessi area, period_start, period_end, population, market, hierarchy, role, org_type, stage, sex, measure, unit, source_id e denominator ma valori diversi sono errori: entrambe le righe sono indicate e nulla viene caricato.',
      'Le colonne sono separate da virgole o da punti e virgola; con i punti e virgola, una virgola decimale in value, value_low e value_high è letta come decimale.',
    ],
    columns: 'Colonne (* = obbligatoria)',
    codes: 'Codici ammessi',
    areas: 'area: codice iso3 di uno Stato, o codice di regione',
    units: 'unit: testo libero; l\u2019atlante stesso usa',
    kinds: 'kind (tabella delle fonti)',
    terms: 'terms_code (tabella delle fonti, facoltativo)',
  },
  ru: {
    title: 'Атлас: женщины в организованной преступности. Руководство по шаблону',
    intro:
      'Заносите по одному показателю в строку в atlas-template-observations.csv (CSV в UTF-8; в Excel: «CSV UTF-8»). Оставляйте ячейку пустой, если она неприменима. Используйте source_id USER_DATA или добавьте свои источники в atlas-template-sources.csv. Числа лиц — целые; доли — в процентах (0-100). У диапазона есть value_low и value_high и нет value; у «не более» — только value_high; у «не менее» — только value_low; у скрытого числа (<5) квалификатор suppressed и нет value.',
    rules: [
      'Читаются файлы не более {limit}\u00a0МБ и {rows} строк; больший файл отклоняется до чтения. Разделите его по годам или регионам или сохраните как Parquet.',
      'Две строки с одинаковыми area, period_start, period_end, population, market, hierarchy, role, org_type, stage, sex, measure, unit, source_id и denominator, но разными значениями — ошибка: называются обе строки, и ничего не загружается.',
      'Столбцы разделяются запятыми или точками с запятой; при точках с запятой десятичная запятая в value, value_low и value_high читается как десятичный разделитель.',
    ],
    columns: 'Столбцы (* = обязательный)',
    codes: 'Допустимые коды',
    areas: 'area: код iso3 государства или код региона',
    units: 'unit: свободный текст; сам атлас использует',
    kinds: 'kind (таблица источников)',
    terms: 'terms_code (таблица источников, необязательно)',
  },
  es: {
    title: 'Atlas de las mujeres en la delincuencia organizada: guía de la plantilla',
    intro:
      'Introduzca una cifra por fila en atlas-template-observations.csv (CSV UTF-8; Excel: «CSV UTF-8»). Deje vacía una celda que no se aplique. Use source_id USER_DATA, o añada sus propias fuentes en atlas-template-sources.csv. Las cifras de personas son números enteros; las proporciones, porcentajes (0-100). Un intervalo tiene value_low y value_high y ningún value; «como máximo» solo tiene value_high; «al menos» solo tiene value_low; una cifra suprimida (<5) tiene el calificador suppressed y ningún value.',
    rules: [
      'Se leen archivos de {limit}\u00a0MB y {rows} filas como máximo; un archivo mayor se rechaza antes de leerlo. Divídalo por año o región, o guárdelo como Parquet.',
      'Dos filas con los mismos area, period_start, period_end, population, market, hierarchy, role, org_type, stage, sex, measure, unit, source_id y denominator pero valores distintos son errores: se nombran ambas filas y no se carga nada.',
      'Las columnas se separan con comas o con punto y coma; con punto y coma, una coma decimal en value, value_low y value_high se lee como decimal.',
    ],
    columns: 'Columnas (* = obligatoria)',
    codes: 'Códigos admitidos',
    areas: 'area: código iso3 de un Estado, o código de región',
    units: 'unit: texto libre; el propio atlas usa',
    kinds: 'kind (tabla de fuentes)',
    terms: 'terms_code (tabla de fuentes, opcional)',
  },
} as const;

export interface GuideAreas {
  countries: { code: string; names: LocalNames }[];
  regions: { code: string; names: LocalNames }[];
}

const codeLines = (vocabulary: Vocabulary, lang: Lang) =>
  vocabulary.codes.map((code) => `  ${code} = ${labelOf(vocabulary, code, lang)}`);

/** Downloadable templates, guides and an example, written from the data contract itself. */
export function writeTemplates(outDir: string, areas: GuideAreas): void {
  const dir = resolve(outDir, 'templates');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    resolve(dir, 'atlas-template-observations.csv'),
    `\uFEFF${formatCsv(columnNames('observations'), [])}`,
  );
  writeFileSync(
    resolve(dir, 'atlas-template-sources.csv'),
    `\uFEFF${formatCsv(columnNames('sources'), [])}`,
  );
  for (const lang of LANGS) {
    const g = GUIDE[lang];
    const rules = g.rules.map((rule) =>
      rule
        .replace('{limit}', String(MAX_FILE_BYTES / 1024 / 1024))
        .replace('{rows}', MAX_USER_ROWS.toLocaleString(LOCALES[lang])),
    );
    const colon = lang === 'fr' ? '\u00a0:' : ':';
    const lines: string[] = [g.title, '', g.intro, '', ...rules.map((r) => `- ${r}`), ''];
    for (const table of ['observations', 'sources'] as const) {
      lines.push(`${g.columns}, ${table}${colon}`);
      lines.push(
        `  ${(TABLES[table] as readonly ColumnSpec[]).map((c) => `${c.name}${c.required ? '*' : ''}`).join(', ')}`,
      );
    }
    lines.push('', `${g.codes}${colon}`);
    for (const column of TABLES.observations as readonly ColumnSpec[]) {
      if (!column.vocabulary) continue;
      lines.push('', `${column.name}${colon}`, ...codeLines(column.vocabulary, lang));
    }
    lines.push('', `${g.kinds}${colon}`, ...codeLines(SOURCE_KIND, lang));
    lines.push('', `${g.terms}${colon}`, ...codeLines(TERMS, lang));
    lines.push('', `${g.units}${colon} persons, percent.`);
    lines.push('', `${g.areas}${colon}`);
    for (const area of [...areas.countries, ...areas.regions])
      lines.push(`  ${area.code} = ${localName(area.names, lang)}`);
    lines.push('', translator(lang)('noteKosovo'));
    writeFileSync(resolve(dir, `atlas-guide-${lang}.txt`), `${lines.join('\n')}\n`);
  }
  const example = (id: string, area: string, sex: string, value: string) => [
    id,
    'USER_DATA',
    area,
    '2022',
    '2022',
    '',
    'offenders',
    'human_trafficking',
    'all',
    'all',
    'all',
    'convicted',
    sex,
    'count',
    value,
    '',
    '',
    'exact',
    'persons',
    '',
    'EXAMPLE ROW: invented, not real data',
  ];
  writeFileSync(
    resolve(dir, 'atlas-example-observations.csv'),
    `\uFEFF${formatCsv(columnNames('observations'), [example('EX-1', 'ALB', 'female', '3'), example('EX-2', 'ALB', 'male', '9'), example('EX-3', 'MKD', 'female', '4'), example('EX-4', 'MKD', 'male', '6')])}`,
  );
}
