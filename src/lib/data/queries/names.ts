import { BASE_NAME_LANGS, LANGS } from '../../model/lang';
import type { SqlQuery } from '../sql';

const TABLE_ALIAS = /^[a-z]$/;

/**
 * The name columns in every language (`c.name_en, c.name_fr, …`, or `name_en, …` without an
 * alias), read back by `localNamesOf`: a new language in LANGS reaches every query.
 */
export function nameColumns(alias?: string): SqlQuery {
  if (alias !== undefined && !TABLE_ALIAS.test(alias))
    throw new Error(`not a table alias: ${JSON.stringify(alias)}`);
  const prefix = alias === undefined ? '' : `${alias}.`;
  return { text: LANGS.map((lang) => `${prefix}name_${lang}`).join(', '), params: [] };
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
