import { sql, type SqlQuery } from '../sql';
import type { SourceRow } from '../../model/rows';

export function sourcesQuery(): SqlQuery {
  return sql`SELECT source_id, publisher, title, year, url, terms, terms_code, provenance, kind, locator_kind, locator FROM sources ORDER BY source_id`;
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
  }));
}
