import { translator } from '../i18n';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import { plainText } from './compose';
import type { RowTexts, TalkingPoint } from './types';

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
  }[];
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
  texts: RowTexts = {},
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
      }));
    const list = cited
      .map((s) =>
        t(s.locator ? 'pointNoteSourceLocated' : 'pointNoteSource', {
          publisher: s.publisher,
          title: s.title,
          year: s.year ?? t('noDate'),
          locator: s.locator ?? '',
          url: s.url,
        }),
      )
      .join(t('listSeparator'));
    return {
      point,
      text: plainText(point.segments),
      note: {
        number: i + 1,
        pointId: point.id,
        sources: cited,
        text: t('pointNote', { sources: list, atlas: t('atlasName'), version }),
      },
    };
  });
}
