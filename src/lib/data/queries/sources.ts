import { sql, type SqlQuery } from '../sql';
import type { SourceRow } from '../../model/rows';
import { textColumns, wordsOf } from './names';

/** Every source, with the atlas's note on it in each language (`texts`, keyed by the English note). */
export function sourcesQuery(): SqlQuery {
  return sql`SELECT s.source_id, s.publisher, s.title, s.year, s.url, s.terms, s.terms_code, s.provenance,
  s.kind, s.locator_kind, s.locator, s.note, ${textColumns('tn', 'note')}
FROM sources s LEFT JOIN texts tn ON tn.en = s.note
ORDER BY s.source_id`;
}

export function toSourceRows(raw: Record<string, unknown>[]): SourceRow[] {
  return raw.map((r) => ({
    sourceId: String(r.source_id),
    publisher: String(r.publisher),
    title: String(r.title),
    year: r.year === null || r.year === undefined ? null : Number(r.year),
    url: String(r.url),
    terms: String(r.terms ?? ''),
    termsCode: r.terms_code === null || r.terms_code === undefined ? null : String(r.terms_code),
    provenance: r.provenance === null || r.provenance === undefined ? null : String(r.provenance),
    kind: String(r.kind),
    locatorKind:
      r.locator_kind === null || r.locator_kind === undefined ? null : String(r.locator_kind),
    locator: r.locator === null || r.locator === undefined ? null : String(r.locator),
    note: r.note === null || r.note === undefined || r.note === '' ? null : String(r.note),
    noteWords: wordsOf(r, 'note'),
  }));
}
