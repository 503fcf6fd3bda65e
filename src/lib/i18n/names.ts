import type { Lang } from '../model/filters';

export interface LocalNames {
  nameEn: string;
  nameFr: string;
}

/** The name of a State, region or area in the chosen language, from the atlas's own tables. */
export function localName(row: LocalNames, lang: Lang): string {
  return lang === 'fr' ? row.nameFr : row.nameEn;
}
