import { BASE_NAME_LANGS, LANGS } from '../../model/lang';
import type { SqlQuery } from '../sql';
import type { LangTexts } from '../../model/rows';

const TABLE_ALIAS = /^[a-z]{1,2}$/;

/**
 * The name columns in every language (`c.name_en, c.name_fr, …`, or `name_en, …` without an
 * alias), read back by `localNamesOf`: a new language in LANGS reaches every query.
 */
export function nameColumns(alias?: string): SqlQuery {
  return languageColumns(LANGS, alias, (lang) => `name_${lang}`);
}

/**
 * A text of the atlas in each language after English, from the `texts` table joined as `alias`
 * on its English key: `tp.fr AS period_note_fr, …` for `textColumns('tp', 'period_note')`, read
 * back by `wordsOf` below. Generated from LANGS, like `nameColumns`.
 */
export function textColumns(alias: string, column: string): SqlQuery {
  if (!COLUMN_NAME.test(column)) throw new Error(`not a column name: ${JSON.stringify(column)}`);
  const translated = LANGS.filter((lang) => lang !== 'en');
  return languageColumns(translated, alias, (lang) => `${lang} AS ${column}_${lang}`);
}

const COLUMN_NAME = /^[a-z][a-z_]*$/;

function languageColumns(
  langs: readonly string[],
  alias: string | undefined,
  column: (lang: string) => string,
): SqlQuery {
  if (alias !== undefined && !TABLE_ALIAS.test(alias))
    throw new Error(`not a table alias: ${JSON.stringify(alias)}`);
  const prefix = alias === undefined ? '' : `${alias}.`;
  return { text: langs.map((lang) => `${prefix}${column(lang)}`).join(', '), params: [] };
}

/**
 * A published figure's area names: the State's (`c`) or else the region's (`r`) name in each
 * language, as `area_name_en, …`; English and French fall back to the area's code (`o.area`).
 * Two languages a line.
 */
export function areaNameColumns(): SqlQuery {
  const columns = LANGS.map((lang) => {
    const fallback = (BASE_NAME_LANGS as readonly string[]).includes(lang) ? ', o.area' : '';
    return `coalesce(c.name_${lang}, r.name_${lang}${fallback}) AS area_name_${lang}`;
  });
  const lines = Array.from({ length: Math.ceil(columns.length / 2) }, (_, i) =>
    columns.slice(2 * i, 2 * i + 2).join(', '),
  );
  return { text: lines.join(',\n  '), params: [] };
}

/** A text of the atlas in each language (columns `<prefix>fr` … beside the English one); null when there is none. */
export function wordsOf(raw: Record<string, unknown>, column: string): LangTexts | null {
  const english = raw[column];
  if (english === null || english === undefined) return null;
  const words: LangTexts = { en: String(english) };
  for (const lang of LANGS) {
    if (lang === 'en') continue;
    const value = raw[`${column}_${lang}`];
    if (value !== null && value !== undefined && value !== '') words[lang] = String(value);
  }
  return words;
}
