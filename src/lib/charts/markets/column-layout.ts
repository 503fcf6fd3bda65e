import type { TypeScale } from '../frame';
import type { TextMeasurer } from '../text-measure';
import type { Lang } from '../../model/filters';
import { MARKET, labelOf } from '../../vocabulary/codes';
import { seriesLabel } from '../pipeline-chart';
import { OFFENCE_COLUMNS, SCORE_COLUMNS } from './state-rows';

/** Where the State names, the offence columns and the score columns stand across the figure. */
export interface MarketsColumns {
  /** A narrow figure (a phone): each State's name on its own line, its scores below its marks. */
  stacked: boolean;
  gap: number;
  /** The smallest type a heading may shrink to. */
  smallest: number;
  nameWidth: number;
  columnWidth: number;
  /** The left edge of each offence column. */
  columnsX: number[];
  scoreWidth: number;
  scoresX: number;
  scoresTotal: number;
}

const headingWordsOf = (labels: string[], splitter: RegExp) =>
  labels.flatMap((text) => text.split(splitter));

/** Shares the figure's width between the names, the four offence columns and the five scores. */
export function measureMarketsColumns(
  width: number,
  type: TypeScale,
  lang: Lang,
  measure: TextMeasurer,
): MarketsColumns {
  const scoreLabels = SCORE_COLUMNS.map((m) => labelOf(MARKET, m, lang));
  // Wide enough for the longest word of a score heading at the small size, within limits.
  const widestWord = Math.max(
    ...headingWordsOf(scoreLabels, /[ \t]+/).map((w) => measure(w, type.small)),
  );
  // On a narrow figure (a phone) each State's name goes full width above its row of marks,
  // and the scores take a line of their own below the marks.
  const stacked = width < type.label * 40;
  const gap = stacked ? Math.round(type.label * 0.75) : type.label;
  const smallest = Math.min(type.note, type.small) - 1;
  // An offence column holds its tick labels and its longest heading word; the scores give way
  // to it, down to their own longest word at the smallest size.
  const headingWords = headingWordsOf(
    [
      ...OFFENCE_COLUMNS.map((c) => seriesLabel(c.series, lang)),
      ...OFFENCE_COLUMNS.map((c) => labelOf(MARKET, c.market, lang)),
    ],
    /[ \t-]+/,
  );
  const minColumn = Math.max(
    measure('0 50 100', type.small) + type.small * 2,
    ...headingWords.map((w) => measure(w, smallest, true) + 2),
  );
  const minScore = Math.max(
    type.label * 2.6,
    ...headingWordsOf(scoreLabels, /[ \t]+/).map((w) => measure(w, smallest) + 6),
  );
  // The State names give way first, so that the offence and score headings keep their room
  // (German's long compounds ran into each other at 1,100 px).
  const nameWidth = stacked
    ? 0
    : Math.max(
        type.label * 7,
        Math.min(
          type.label * 13,
          Math.round(width * 0.2),
          Math.floor(
            width -
              (minColumn + gap) * OFFENCE_COLUMNS.length -
              gap -
              minScore * SCORE_COLUMNS.length,
          ),
        ),
      );
  const roomForScores =
    width - nameWidth - gap * (OFFENCE_COLUMNS.length + 1) - minColumn * OFFENCE_COLUMNS.length;
  const scoreWidth = stacked
    ? width / SCORE_COLUMNS.length
    : Math.round(
        Math.max(
          minScore,
          Math.min(
            Math.max(type.label * 4.6, widestWord + 6),
            width * 0.1,
            roomForScores / SCORE_COLUMNS.length,
          ),
        ),
      );
  const scoresTotal = scoreWidth * SCORE_COLUMNS.length;
  const columnWidth = stacked
    ? (width - gap * (OFFENCE_COLUMNS.length - 1)) / OFFENCE_COLUMNS.length
    : (width - nameWidth - scoresTotal - gap * (OFFENCE_COLUMNS.length + 1)) /
      OFFENCE_COLUMNS.length;
  const columnsX = OFFENCE_COLUMNS.map(
    (_, i) => (stacked ? 0 : nameWidth + gap) + i * (columnWidth + gap),
  );
  return {
    stacked,
    gap,
    smallest,
    nameWidth,
    columnWidth,
    columnsX,
    scoreWidth,
    scoresX: width - scoresTotal,
    scoresTotal,
  };
}
