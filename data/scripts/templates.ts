import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCsv } from '../../src/lib/io/csv';
import { columnNames, TABLES, type ColumnSpec } from '../../src/lib/vocabulary/contract';
import { labelOf, SOURCE_KIND, TERMS, type Vocabulary } from '../../src/lib/vocabulary/codes';
import { MAX_FILE_BYTES } from '../../src/lib/user-data/decode-file';
import { MAX_USER_ROWS } from '../../src/lib/user-data/limits';
import '../../src/lib/i18n/all';
import { translator } from '../../src/lib/i18n';

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
} as const;

export interface GuideAreas {
  countries: { code: string; en: string; fr: string }[];
  regions: { code: string; en: string; fr: string }[];
}

const codeLines = (vocabulary: Vocabulary, lang: 'en' | 'fr') =>
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
  for (const lang of ['en', 'fr'] as const) {
    const g = GUIDE[lang];
    const rules = g.rules.map((rule) =>
      rule
        .replace('{limit}', String(MAX_FILE_BYTES / 1024 / 1024))
        .replace('{rows}', MAX_USER_ROWS.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')),
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
      lines.push(`  ${area.code} = ${area[lang]}`);
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
