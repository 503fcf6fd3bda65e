import type { Lang } from '../model/lang';

/** A name in each language, as the atlas's tables give it; the languages after French may be absent in a user's table. */
export interface LocalNames {
  nameEn: string;
  nameFr: string;
  nameDe?: string;
  nameIt?: string;
  nameRu?: string;
  nameEs?: string;
}

const FIELD: Record<Lang, keyof LocalNames> = {
  en: 'nameEn',
  fr: 'nameFr',
  de: 'nameDe',
  it: 'nameIt',
  ru: 'nameRu',
  es: 'nameEs',
};

/** The name of a State, region or area in the chosen language, from the atlas's own tables (English where a table has none). */
export function localName(row: LocalNames, lang: Lang): string {
  return row[FIELD[lang]] || row.nameEn;
}

/** The names of a row read from SQL columns `<prefix>en`, `<prefix>fr`, …. */
export function localNamesOf(raw: Record<string, unknown>, prefix = 'name_'): LocalNames {
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? undefined : String(v));
  return {
    nameEn: String(raw[`${prefix}en`]),
    nameFr: String(raw[`${prefix}fr`]),
    nameDe: text(raw[`${prefix}de`]),
    nameIt: text(raw[`${prefix}it`]),
    nameRu: text(raw[`${prefix}ru`]),
    nameEs: text(raw[`${prefix}es`]),
  };
}
