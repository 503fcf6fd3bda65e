import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCsv } from '../../src/lib/io/csv';
import { columnNames, TABLES, type ColumnSpec } from '../../src/lib/vocabulary/contract';

const GUIDE = {
  en: {
    title: 'Women in Organized Crime Atlas: guide to the template',
    intro:
      'Fill in one figure per row in atlas-template-observations.csv (UTF-8 CSV; Excel: "CSV UTF-8"). Leave a cell empty when it does not apply. Use source_id USER_DATA, or add your own sources in atlas-template-sources.csv. Counts are whole numbers; shares are percent (0-100). A range has value_low and value_high and no value; "at most" has value_high only; "at least" has value_low only; a suppressed count (<5) has qualifier suppressed and no value.',
    codes: 'Allowed codes',
  },
  fr: {
    title: 'Atlas des femmes dans la criminalité organisée : guide du modèle',
    intro:
      "Saisissez un chiffre par ligne dans atlas-template-observations.csv (CSV UTF-8 ; Excel : « CSV UTF-8 »). Laissez vide une cellule sans objet. Utilisez source_id USER_DATA, ou ajoutez vos sources dans atlas-template-sources.csv. Les effectifs sont des nombres entiers ; les parts sont en pourcentage (0-100). Une fourchette a value_low et value_high et pas de value ; « au plus » n'a que value_high ; « au moins » n'a que value_low ; un effectif masqué (<5) a le qualificatif suppressed et pas de value.",
    codes: 'Codes autorisés',
  },
} as const;

/** Downloadable templates, guides and an example, written from the data contract itself. */
export function writeTemplates(outDir: string): void {
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
    const lines = [g.title, '', g.intro, '', `${g.codes}:`];
    for (const column of TABLES.observations as readonly ColumnSpec[]) {
      if (!column.vocabulary) continue;
      lines.push('', `${column.name}:`);
      for (const [code, label] of Object.entries(column.vocabulary))
        lines.push(`  ${code} = ${label[lang]}`);
    }
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
