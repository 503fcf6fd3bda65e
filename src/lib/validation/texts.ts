import { TABLES } from '../vocabulary/contract';
import { localText as lt } from '../i18n/local-text';
import type { ValidatedTable, ValidationIssue } from './issue';

/** Columns of `observations` that hold the atlas's own words about a row. */
export const ATLAS_TEXT_COLUMNS = ['period_note', 'denominator', 'note'] as const;

/** The tables whose columns hold the atlas's own words, each keyed by its English text in `texts`. */
const TEXT_COLUMNS_OF: Readonly<Record<string, readonly string[]>> = {
  observations: ATLAS_TEXT_COLUMNS,
  countries: ['note'],
  regions: ['note'],
  sources: ['note'],
};

const LANGUAGES = TABLES.texts.map((c) => c.name);

/**
 * The atlas's words in six languages: when the data carry a `texts` table (the bundled data
 * always do; a user's file, in the user's own words, does not), every note, period note and
 * group counted of every observation, every note on a State or region and every note on a source, has its row there, keyed by the English text, with all
 * six languages filled in; each English text once; no row that no observation uses.
 */
export function checkAtlasTexts(tables: ValidatedTable[], issues: ValidationIssue[]): void {
  const textTables = tables.filter((t) => t.table === 'texts');
  if (textTables.length === 0) return;
  const known = new Map<string, { file: string; line: number }>();
  for (const table of textTables)
    for (const { line, row } of table.rows) {
      const key = row.en ?? '';
      const first = known.get(key);
      if (first)
        issues.push({
          severity: 'error',
          file: table.file,
          line,
          column: 'en',
          value: key,
          message: lt('issue_duplicate_id', { key: 'en', first: first.line }),
          allowed: lt('allowed_each_once'),
        });
      else known.set(key, { file: table.file, line });
      const missing = LANGUAGES.filter((lang) => !(row[lang] ?? '').trim());
      // An empty required cell is already an error of the cell; this names the languages.
      if (missing.length > 0 && missing.length < LANGUAGES.length)
        issues.push({
          severity: 'error',
          file: table.file,
          line,
          column: missing.join(', '),
          value: key,
          message: lt('issue_text_languages', { list: missing.join(', ') }),
          allowed: lt('allowed_six_languages'),
        });
    }
  const used = new Set<string>();
  for (const table of tables)
    for (const { line, row } of table.rows)
      for (const column of TEXT_COLUMNS_OF[table.table] ?? []) {
        const text = row[column] ?? '';
        if (!text) continue;
        used.add(text);
        if (!known.has(text))
          issues.push({
            severity: 'error',
            file: table.file,
            line,
            column,
            value: text,
            message: lt('issue_text_untranslated'),
            allowed: lt('allowed_six_languages'),
          });
      }
  for (const [text, where] of known)
    if (!used.has(text))
      issues.push({
        severity: 'warning',
        file: where.file,
        line: where.line,
        column: 'en',
        value: text,
        message: lt('issue_text_unused'),
        allowed: null,
      });
}
