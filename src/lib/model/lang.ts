/** The atlas's languages: the six official languages of the OSCE. A leaf: it imports nothing. */
export const LANGS = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The languages every table of names has; a user's own table may lack the names in the others. */
export const BASE_NAME_LANGS = ['en', 'fr'] as const satisfies readonly Lang[];
type BaseNameLang = (typeof BASE_NAME_LANGS)[number];

/** The field of a row that holds its name in a language: `nameEn`, `nameFr`, … */
export type NameField<L extends Lang = Lang> = `name${Capitalize<L>}`;

/**
 * A name in each language, as the atlas's tables give it (SQL columns `name_en`, `name_fr`, …);
 * the languages after English and French may be absent in a user's table.
 */
export type LocalNames = Record<NameField<BaseNameLang>, string> &
  Partial<Record<NameField<Exclude<Lang, BaseNameLang>>, string>>;

export function nameField<L extends Lang>(lang: L): NameField<L> {
  return `name${lang.charAt(0).toUpperCase()}${lang.slice(1)}` as NameField<L>;
}

export function isBaseNameLang(lang: Lang): lang is BaseNameLang {
  return (BASE_NAME_LANGS as readonly string[]).includes(lang);
}
