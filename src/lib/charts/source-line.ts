import { translator, joinSemicolon } from '../i18n';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import { LOCATOR_KIND, TERMS, isCode, labelOf } from '../vocabulary/codes';

/** Where a reader finds the figures in the source, in the reader's language ("Table 10.1"); '' when not known. */
export function locatorOf(source: SourceRow, lang: Lang): string {
  if (!source.locator) return '';
  return source.locatorKind && isCode(LOCATOR_KIND, source.locatorKind)
    ? `${labelOf(LOCATOR_KIND, source.locatorKind, lang)} ${source.locator}`
    : source.locator;
}

/** The atlas's own note on a source (a relay, who is quoted…) in the reader's language; '' when none. */
export function sourceNoteText(source: SourceRow, lang: Lang): string {
  if (!source.note) return '';
  return source.noteWords?.[lang] || source.note;
}

/** "Note by the atlas (publisher): …" for each source that has one, after a figure's source line. */
function atlasNotes(sources: readonly SourceRow[], lang: Lang): string {
  const t = translator(lang);
  return sources
    .filter((s) => s.note)
    .map((s) => ` ${t('sourceNoteOf', { publisher: s.publisher, note: sourceNoteText(s, lang) })}`)
    .join('');
}

/** A source's reuse terms in the figure's language; a user's own wording as they gave it. */
export function termsOf(source: SourceRow, lang: Lang): string {
  if (source.termsCode && isCode(TERMS, source.termsCode))
    return labelOf(TERMS, source.termsCode, lang);
  return source.terms.replace(/[.\s]+$/, '');
}

/** The source line of a figure drawn from one source: publisher, dataset, edition and terms. */
export function sourceLine(source: SourceRow, lang: Lang): string {
  const t = translator(lang);
  const locator = locatorOf(source, lang);
  return (
    t('sourceLine', {
      publisher: source.publisher,
      title: locator ? `${source.title}, ${locator}` : source.title,
      year: source.year ?? t('noDate'),
      terms: termsOf(source, lang),
    }) + atlasNotes([source], lang)
  );
}

/**
 * The source line of a figure drawn from several sources, then their terms, once each: up to
 * three sources by publisher, title and year; more by publisher and year (the sources panel and
 * the export's metadata give the rest).
 */
export function sourcesLine(sourceIds: string[], sources: SourceRow[], lang: Lang): string {
  const t = translator(lang);
  const used = [...new Set(sourceIds)]
    .map((id) => sources.find((s) => s.sourceId === id))
    .filter((s): s is SourceRow => s !== undefined);
  // No source known (yet): no line, rather than "Sources: . Terms: .".
  if (used.length === 0) return '';
  const line = t('sourcesLine', {
    list: joinSemicolon(
      [
        ...new Set(
          used.map((s) =>
            used.length <= 3
              ? `${s.publisher}, ${s.title} (${s.year ?? t('noDate')})${locatorOf(s, lang) ? `, ${locatorOf(s, lang)}` : ''}`
              : `${s.publisher} (${s.year ?? t('noDate')})`,
          ),
        ),
      ],
      lang,
    ),
    terms: joinSemicolon([...new Set(used.map((s) => termsOf(s, lang)))], lang),
  });
  // With more than three sources the line names publishers only; the Sources panel has the notes.
  return used.length <= 3 ? line + atlasNotes(used, lang) : line;
}
