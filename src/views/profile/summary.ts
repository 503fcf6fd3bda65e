import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { intervalBounds } from '../../lib/method/figure-values';
import { formatPublishedValue } from '../../lib/method/figure-values';
import { periodOf } from '../../lib/method/published';
import { MARKET, labelOf } from '../../lib/vocabulary/codes';
import { seriesLabel } from '../../lib/charts/pipeline-chart';
import { indicatorLabel } from '../../lib/charts/scores-chart';
import { formatScore } from '../../lib/charts/score-format';
import type { Lang } from '../../lib/model/filters';
import { COUNT_STAGES } from '../../lib/model/stages';
import type {
  CountryRow,
  MarketScore,
  PublishedFigure,
  StageYearShare,
} from '../../lib/model/rows';

/** A piece of a sentence: numbers carry the observation rows behind them. */
export interface Segment {
  text: string;
  obsIds?: string[];
}

export interface ProfileResults {
  trends: StageYearShare[];
  figures: PublishedFigure[];
  scores: MarketScore[];
}

const OFFENCES = ['human_trafficking', 'drug_trafficking'] as const;

/**
 * Three to five sentences about a State, written from its data rows only: whether it was in the
 * 2023 study, its latest women's shares by offence (with intervals and counts), its other
 * published figures, its GI-TOC scores; and, where it has none, that it has none.
 */
export function profileSummary(
  country: CountryRow,
  results: ProfileResults,
  name: string,
  lang: Lang,
): Segment[][] {
  const t = translator(lang);
  const sentences: Segment[][] = [
    [{ text: t(country.inStudy ? 'profileInStudy' : 'profileNotInStudy', { state: name }) }],
  ];
  for (const market of OFFENCES) {
    const parts: Segment[] = [];
    for (const series of COUNT_STAGES) {
      const latest = results.trends
        .filter((r) => r.market === market && r.series === series && r.share !== null)
        .sort((a, b) => b.year - a.year)[0];
      if (!latest || latest.share === null) continue;
      if (parts.length) parts.push({ text: '; ' });
      parts.push({ text: `${seriesLabel(series, lang)} ${latest.year}: ` });
      parts.push({
        text: latest.interval
          ? t('profileShare', {
              share: formatPercent(latest.share, lang),
              ...intervalBounds(latest.interval, lang),
              persons: formatCount(latest.denominator ?? 0, lang),
            })
          : formatPercent(latest.share, lang),
        obsIds: latest.obsIds,
      });
    }
    const offence = labelOf(MARKET, market, lang);
    sentences.push(
      parts.length
        ? [{ text: t('profileOffenceLatest', { offence }) }, ...parts, { text: '.' }]
        : [{ text: t('profileOffenceNone', { offence }) }],
    );
  }
  const shares = results.figures.filter(
    (f) => f.measure === 'share' || f.measure === 'count' || f.measure === 'count_on_date',
  );
  if (shares.length) {
    const first = shares[0] as PublishedFigure;
    sentences.push([
      { text: t('profileFiguresCount', { count: shares.length, state: name }) },
      {
        text: `${labelOf(MARKET, first.market, lang)}, ${periodOf(first, lang)}: ${formatPublishedValue(first, lang)}`,
        obsIds: [first.obsId],
      },
      { text: '.' },
    ]);
  } else sentences.push([{ text: t('profileFiguresNone', { state: name }) }]);
  const latestEdition = Math.max(0, ...results.scores.map((s) => s.edition));
  const top = results.scores
    .filter((s) => s.edition === latestEdition && s.indicatorKind === 'market')
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  if (top.length) {
    const parts: Segment[] = [{ text: t('profileScoresSentence', { edition: latestEdition }) }];
    top.forEach((s, i) => {
      if (i) parts.push({ text: ', ' });
      parts.push({ text: `${indicatorLabel(s.indicator, lang)} ` });
      parts.push({ text: formatScore(s.score, lang), obsIds: [s.scoreId] });
    });
    parts.push({ text: '.' });
    sentences.push(parts);
  } else sentences.push([{ text: t('profileScoresNone') }]);
  return sentences;
}
