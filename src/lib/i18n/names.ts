import { LANGS, isBaseNameLang, nameField, type Lang, type LocalNames } from '../model/lang';

export type { LocalNames } from '../model/lang';

/** The name of a State, region or area in the chosen language, from the atlas's own tables (English where a table has none). */
export function localName(row: LocalNames, lang: Lang): string {
  return row[nameField(lang)] || row.nameEn;
}

/** The names of a row read from SQL columns `<prefix>en`, `<prefix>fr`, …. */
export function localNamesOf(raw: Record<string, unknown>, prefix = 'name_'): LocalNames {
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : String(v));
  return Object.fromEntries(
    LANGS.map((lang) => {
      const value = raw[`${prefix}${lang}`];
      return [nameField(lang), isBaseNameLang(lang) ? String(value) : text(value)];
    }),
  ) as LocalNames;
}
