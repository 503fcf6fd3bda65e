import { translator } from '../i18n';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import { compose, joinList, plainText } from './compose';
import type { RowTexts, Segment, TalkingPoint } from './types';
import { rowTexts } from './row-texts';
import { sourceNoteText } from '../charts/source-line';

/** The numbered note a talking point ends with: its sources, where to find them, and the atlas's dataset version. */
export interface PointNote {
  number: number;
  pointId: string;
  sources: {
    publisher: string;
    title: string;
    year: number | null;
    locator: string | null;
    url: string;
    /** The atlas's own note on the source, in the reader's language; null when none. */
    note: string | null;
  }[];
  /** The note, with the sources' publishers, titles and addresses marked as theirs. */
  segments: Segment[];
  text: string;
}

/** A chosen point with its note number, as copied, printed and written to a briefing note. */
export interface NotedPoint {
  point: TalkingPoint;
  text: string;
  note: PointNote;
}

/** Numbers the chosen points' notes 1, 2, 3… in the order the points are read. */
export function notePoints(
  points: readonly TalkingPoint[],
  sources: readonly SourceRow[],
  version: string,
  lang: Lang,
  texts: RowTexts = rowTexts(lang, sources),
): NotedPoint[] {
  const t = translator(lang);
  return points.map((point, i) => {
    const obsIds = point.segments.flatMap((s) => s.obsIds ?? []);
    const cited = point.sourceIds
      .map((id) => sources.find((s) => s.sourceId === id))
      .filter((s): s is SourceRow => s !== undefined)
      .map((s) => ({
        publisher: s.publisher,
        title: s.title,
        year: s.year,
        locator: texts.locator?.(s.sourceId, obsIds) ?? null,
        url: s.url,
        note: sourceNoteText(s, lang) || null,
      }));
    const list = cited.map((s) =>
      compose(
        lang,
        s.locator ? 'pointNoteSourceLocated' : 'pointNoteSource',
        { year: s.year ?? t('noDate'), locator: s.locator ?? '' },
        {
          publisher: { text: s.publisher, source: 'publisher' },
          title: { text: s.title, source: 'title' },
          url: { text: s.url, source: 'url' },
        },
      ).concat(
        s.note ? [{ text: ` (${t('sourceNote', { note: s.note.replace(/\.$/, '') })})` }] : [],
      ),
    );
    const segments = compose(
      lang,
      'pointNote',
      { atlas: t('atlasName'), version },
      { sources: joinList(list, t('listSeparator')) },
    );
    return {
      point,
      text: plainText(point.segments),
      note: {
        number: i + 1,
        pointId: point.id,
        sources: cited,
        segments,
        text: plainText(segments),
      },
    };
  });
}
