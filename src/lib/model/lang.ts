/** The atlas's languages: the six official languages of the OSCE. A leaf: it imports nothing. */
export const LANGS = ['en', 'fr', 'de', 'it', 'ru', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
