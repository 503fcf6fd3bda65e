import { describe, expect, it } from 'vitest';
import { LANGS, nameField } from '../../src/lib/model/lang';
import { localName, localNamesOf } from '../../src/lib/i18n/names';
import { areaNameColumns, nameColumns, textColumns } from '../../src/lib/data/queries/names';
import { publishedFiguresQuery } from '../../src/lib/data/queries/published-figures';
import { TABLES } from '../../src/lib/vocabulary/contract';

describe('names in every language, generated from LANGS', () => {
  it('lists a name column per language, for a table alias or none', () => {
    expect(nameColumns('c').text).toBe(LANGS.map((l) => `c.name_${l}`).join(', '));
    expect(nameColumns().text).toBe(LANGS.map((l) => `name_${l}`).join(', '));
    expect(() => nameColumns('c; DROP TABLE x')).toThrow(/alias/);
  });

  it('gives a published figure’s area a name per language, the code where English or French is missing', () => {
    const text = areaNameColumns().text;
    for (const lang of LANGS) expect(text).toContain(`AS area_name_${lang}`);
    expect(text).toContain('coalesce(c.name_en, r.name_en, o.area)');
    expect(text).toContain('coalesce(c.name_es, r.name_es) AS');
  });

  it('lists the published figures’ texts of the atlas per language through the same generator', () => {
    const text = publishedFiguresQuery({
      excludeSourceIds: [],
      sourceKind: null,
      yearFrom: 2017,
      yearTo: 2021,
    }).text;
    for (const [alias, column] of [
      ['tp', 'period_note'],
      ['td', 'denominator'],
      ['tn', 'note'],
    ] as const) {
      const columns = textColumns(alias, column).text;
      expect(columns).toBe(
        LANGS.filter((l) => l !== 'en')
          .map((l) => `${alias}.${l} AS ${column}_${l}`)
          .join(', '),
      );
      expect(text).toContain(columns);
    }
    expect(() => textColumns('tp', 'note; DROP')).toThrow(/column/);
  });

  it('reads back every language the queries list, and the contract holds every one', () => {
    const raw = Object.fromEntries(LANGS.map((l) => [`name_${l}`, `name in ${l}`]));
    const names = localNamesOf(raw);
    for (const lang of LANGS) {
      expect(names[nameField(lang)]).toBe(`name in ${lang}`);
      expect(localName(names, lang)).toBe(`name in ${lang}`);
      for (const table of [TABLES.countries, TABLES.regions])
        expect(table.map((c) => c.name)).toContain(`name_${lang}`);
    }
  });

  it('falls back to English where a user’s table has no name in a language', () => {
    expect(localName(localNamesOf({ name_en: 'Albania', name_fr: 'Albanie' }), 'ru')).toBe(
      'Albania',
    );
  });
});
