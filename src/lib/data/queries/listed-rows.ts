import { sql, type SqlQuery } from '../sql';
import { isObsRef } from '../../model/obs-ref';
import { obsRefQuery } from './obs-ref';

/**
 * The observation rows that a count in view stands for, each once, in id order: the rows named
 * by id and those behind each reference (`@<count>/<table>/<key>`), which are listed by the
 * conditions that built the aggregate row. Ids reach SQL as one bound value, split on NUL (the
 * validator refuses NUL in every cell, so no id contains it).
 */
export function listedRowsQuery(obsIds: readonly string[]): SqlQuery {
  const named = [...new Set(obsIds.filter((id) => !isObsRef(id)))];
  const references = [...new Set(obsIds.filter(isObsRef))];
  const parts = [
    sql`SELECT unnest(string_split(${named.join('\u0000')}, chr(0))) AS obs_id`,
    ...references.map((reference) => {
      const rows = obsRefQuery(reference);
      return { text: `SELECT obs_id FROM (${rows.text})`, params: rows.params };
    }),
  ];
  const wanted: SqlQuery = {
    text: parts.map((p) => p.text).join('\nUNION\n'),
    params: parts.flatMap((p) => p.params),
  };
  return sql`SELECT o.* FROM observations o WHERE o.obs_id IN (${wanted}) ORDER BY o.obs_id`;
}
