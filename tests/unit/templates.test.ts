import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTemplates } from '../../data/scripts/templates';
import { TABLES, type ColumnSpec } from '../../src/lib/vocabulary/contract';
import { SOURCE_KIND, TERMS } from '../../src/lib/vocabulary/codes';

describe('the user-data guide', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-guide-'));
  writeTemplates(dir, {
    countries: [
      {
        code: 'MKD',
        names: {
          nameEn: 'North Macedonia',
          nameFr: 'Macédoine du Nord',
          nameDe: 'Nordmazedonien',
          nameIt: 'Macedonia del Nord',
          nameRu: 'Северная Македония',
          nameEs: 'Macedonia del Norte',
        },
      },
    ],
    regions: [
      {
        code: 'OSCE_SEE',
        names: { nameEn: 'South-Eastern Europe', nameFr: 'Europe du Sud-Est' },
      },
    ],
  });
  const guide = (lang: string) =>
    readFileSync(join(dir, 'templates', `atlas-guide-${lang}.txt`), 'utf8');

  it.each(['en', 'fr', 'de', 'it', 'ru', 'es'])(
    '%s: lists every code, area, source kind and the size limit',
    (lang) => {
      const text = guide(lang);
      expect(text).not.toContain('undefined');
      const vocabularies = (TABLES.observations as readonly ColumnSpec[])
        .flatMap((c) => (c.vocabulary ? [c.vocabulary] : []))
        .concat([SOURCE_KIND, TERMS]);
      for (const vocabulary of vocabularies)
        for (const code of vocabulary.codes)
          expect(text).toMatch(new RegExp(`^  ${code} = \\S`, 'm'));
      expect(text).toMatch(
        /^ {2}MKD = (North Macedonia|Macédoine du Nord|Nordmazedonien|Macedonia del Nord|Северная Македония|Macedonia del Norte)$/m,
      );
      expect(text).toMatch(/^ {2}OSCE_SEE = /m);
      expect(text).toMatch(/300\u00a0?(MB|Mo|МБ)/);
      expect(text).toContain('denominator');
      expect(text).toContain('1244');
    },
  );

  it('writes French typography: a no-break space before the colon', () => {
    expect(guide('fr')).toContain('Codes autorisés\u00a0:');
    expect(guide('fr')).not.toMatch(/[^\u00a0 ]:\n/);
  });
});
