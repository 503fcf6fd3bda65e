import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import { atlasWords, periodOf } from '../method/published';
import { locatorOf } from '../charts/source-line';
import type { RowTexts } from './types';

/**
 * The atlas's own words about a row in the reader's language, from the data (`data/texts.csv`
 * reaches a row as its `words`): the period note, the group a share counts, and where in the
 * source the figure is. What the page, the briefing note and the command line give the points.
 */
export function rowTexts(lang: Lang, sources: readonly SourceRow[]): RowTexts {
  return {
    periodNote: (figure) => periodOf(figure, lang),
    group: (figure) =>
      figure.denominator === null
        ? null
        : atlasWords(figure.denominator, figure.words?.denominator, lang),
    locator: (sourceId) => {
      const source = sources.find((s) => s.sourceId === sourceId);
      return (source && locatorOf(source, lang)) || null;
    },
  };
}
