import { translator } from '../i18n';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';

/** The source line of a figure drawn from one source. */
export function sourceLine(source: SourceRow, lang: Lang): string {
  const t = translator(lang);
  return t('sourceLine', {
    publisher: source.publisher,
    title: source.title,
    year: source.year ?? t('noDate'),
    terms: source.terms,
  });
}

/** The source line of a figure drawn from several sources: publishers and years, once each. */
export function sourcesLine(sourceIds: string[], sources: SourceRow[], lang: Lang): string {
  const t = translator(lang);
  const used = [...new Set(sourceIds)]
    .map((id) => sources.find((s) => s.sourceId === id))
    .filter((s): s is SourceRow => s !== undefined);
  return t('sourcesLine', {
    list: used.map((s) => `${s.publisher} (${s.year ?? t('noDate')})`).join('; '),
  });
}
