import { formatCount, formatPercent, translator, type MessageKey } from '../i18n';
import { intervalBounds } from '../method/figure-values';
import { hasCounts } from '../method/offences';
import type { Lang } from '../model/filters';
import type { ShareInterval } from '../model/rows';
import { MARKET, labelOf } from '../vocabulary/codes';
import type { Figure } from './compose';

/** Evidence strength by kind of source: official statistics first, press last. */
const SOURCE_RANK: Record<string, number> = {
  official_statistics: 0,
  police_report: 1,
  research_report: 2,
  academic: 2,
  expert_index: 3,
  press: 4,
};

export function sourceRank(kind: string | undefined): number {
  return kind !== undefined && kind in SOURCE_RANK ? (SOURCE_RANK[kind] ?? 5) : 5;
}

/** The offence as the count sources name it ("trafficking in persons"), or the market's label. */
export function offencePhrase(market: string, lang: Lang): string {
  return hasCounts(market)
    ? translator(lang)(`offence_${market}` as MessageKey)
    : labelOf(MARKET, market, lang);
}

/** The persons at an offender stage as a noun phrase ("persons convicted"), for headings of a sentence. */
export function stageGroup(stage: string, lang: Lang): string {
  return translator(lang)(`pointGroup_${stage}` as MessageKey);
}

/** A count as a figure of a sentence. */
export function countFigure(n: number, lang: Lang, obsIds: string[]): Figure {
  return { text: formatCount(n, lang), obsIds };
}

/** A computed share, its interval bounds (outward to whole percent) and counts, as sentence figures and plural numbers. */
export function shareFigures(
  share: { share: number; women: number; denominator: number; interval: ShareInterval | null },
  lang: Lang,
  obsIds: string[],
  prefix = '',
): { params: Record<string, number>; figures: Record<string, Figure> } | null {
  if (!share.interval) return null;
  const bounds = intervalBounds(share.interval, lang);
  const name = (n: string) => (prefix ? prefix + n.charAt(0).toUpperCase() + n.slice(1) : n);
  return {
    params: { [name('women')]: share.women, [name('persons')]: share.denominator },
    figures: {
      [name('women')]: countFigure(share.women, lang, obsIds),
      [name('persons')]: countFigure(share.denominator, lang, obsIds),
      [name('share')]: { text: formatPercent(share.share, lang), obsIds },
      [name('low')]: { text: bounds.low, obsIds },
      [name('high')]: { text: bounds.high, obsIds },
    },
  };
}

/** Two 95% intervals that do not overlap: only then may one share be called higher or lower. */
export function separated(a: ShareInterval | null, b: ShareInterval | null): -1 | 0 | 1 {
  if (!a || !b) return 0;
  if (a.low > b.high) return 1;
  if (a.high < b.low) return -1;
  return 0;
}

/** A year as a figure: it comes from the same rows as the numbers beside it. */
export function yearFigure(year: number, obsIds: string[]): Figure {
  return { text: String(year), obsIds };
}

/** A vocabulary label inside a sentence: lower-case first letter, except in German (nouns keep theirs). */
export function inSentence(label: string, lang: Lang): string {
  return lang === 'de' ? label : label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}
