import { translator } from '../i18n';
import { termsOf } from '../charts/source-line';
import type { Filters, Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import { notePoints, type NotedPoint } from '../points/notes';
import type { PointsScope, RowTexts, TalkingPoint } from '../points/types';
import { offencePhrase, stageGroup } from '../points/words';
import { exportDate } from './standalone-svg';

/** A figure for the briefing note: a PNG at print resolution and the source line printed under it. */
export interface BriefFigure {
  png: Uint8Array;
  /** Size on the page in CSS pixels (96 to the inch); the PNG has more pixels than that. */
  width: number;
  height: number;
  title: string;
  sourceLine: string;
}

/** Everything a briefing note holds, in the reader's language; the writers (DOCX, Markdown, print) only lay it out. */
export interface BriefDocument {
  lang: Lang;
  title: string;
  dated: string;
  headings: { points: string; figures: string; cite: string; terms: string; notes: string };
  points: NotedPoint[];
  figures: BriefFigure[];
  /** Said instead of the figures when none could be drawn. */
  noFigures: string | null;
  citation: string;
  termsIntro: string;
  terms: string[];
}

/** The selection a briefing note is about, as its title names it. */
export function briefSelection(scope: PointsScope, filters: Filters, lang: Lang): string {
  const t = translator(lang);
  if (filters.profile) return t('briefSelectionState', { state: scope.name });
  return t('briefSelectionAtlas', {
    scope: scope.name,
    offence: offencePhrase(scope.market ?? 'human_trafficking', lang),
    group: stageGroup(scope.stage ?? 'convicted', lang),
    from: scope.yearFrom,
    to: scope.yearTo,
  });
}

/** Builds the briefing note from the chosen points. */
export function briefDocument(options: {
  points: readonly TalkingPoint[];
  selection: string;
  sources: readonly SourceRow[];
  version: string;
  date: string;
  lang: Lang;
  figures?: BriefFigure[];
  texts?: RowTexts;
}): BriefDocument {
  const { lang, version } = options;
  const t = translator(lang);
  const date = exportDate(options.date, lang);
  const noted = notePoints(options.points, options.sources, version, lang, options.texts);
  const cited = [...new Set(noted.flatMap((p) => p.point.sourceIds))]
    .map((id) => options.sources.find((s) => s.sourceId === id))
    .filter((s): s is SourceRow => s !== undefined);
  const figures = options.figures ?? [];
  return {
    lang,
    title: t('briefTitle', { selection: options.selection }),
    dated: t('briefDated', { date, version }),
    headings: {
      points: t('talkingPoints'),
      figures: t('briefFigures'),
      cite: t('briefCiteHeading'),
      terms: t('briefTermsHeading'),
      notes: t('pointsNotes'),
    },
    points: noted,
    figures,
    noFigures: figures.length ? null : t('briefNoFigures'),
    citation: t('briefCite', {
      atlas: t('atlasName'),
      selection: options.selection,
      version,
      date,
    }).replace(/\.\.$/, '.'),
    termsIntro: t('briefTermsAtlas'),
    terms: [
      ...new Set(
        cited.map((s) =>
          t('briefTermsSource', { publisher: s.publisher, terms: termsOf(s, lang) }),
        ),
      ),
    ],
  };
}

/** The briefing note as Markdown with footnotes, for a text file beside the DOCX. */
export function briefMarkdown(doc: BriefDocument): string {
  const lines = [`# ${doc.title}`, '', doc.dated, '', `## ${doc.headings.points}`, ''];
  for (const p of doc.points) lines.push(`${p.text}[^${p.note.number}]`, '');
  lines.push(`## ${doc.headings.figures}`, '');
  if (doc.noFigures) lines.push(doc.noFigures, '');
  for (const [i, f] of doc.figures.entries())
    lines.push(`![${f.title}](figure-${i + 1}.png)`, '', f.sourceLine, '');
  lines.push(`## ${doc.headings.cite}`, '', doc.citation, '');
  lines.push(`## ${doc.headings.terms}`, '', doc.termsIntro, '', ...doc.terms.map((x) => `- ${x}`));
  lines.push('', ...doc.points.map((p) => `[^${p.note.number}]: ${p.note.text}`), '');
  return lines.join('\n');
}
