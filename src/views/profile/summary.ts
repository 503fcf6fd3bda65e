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
  SourceRow,
  StageYearShare,
} from '../../lib/model/rows';
import { countSourceFor } from '../../lib/model/sources';
import { sourceNoteText } from '../../lib/charts/source-line';

/** A piece of a sentence: numbers carry the observation rows behind them. */
export interface Segment {
  text: string;
  obsIds?: string[];
  /** A source's publisher and title, which stay as published. */
  sourceWords?: boolean;
}

export interface ProfileResults {
  trends: StageYearShare[];
  figures: PublishedFigure[];
  scores: MarketScore[];
  /** The bundled sources, to name the source of each sentence. */
  sources?: SourceRow[];
}

/** "Source: …." with the publisher, title and year as a segment of their own. */
function sourceSegments(source: SourceRow | undefined, lang: Lang): Segment[] {
  if (!source) return [];
  const MARK = '\u0000';
  const [before = '', after = ''] = translator(lang)('profileSource', { source: MARK }).split(MARK);
  return [
    { text: ` ${before}` },
    {
      text: `${source.publisher}, ${source.title} (${source.year ?? translator(lang)('noDate')})`,
      sourceWords: true,
    },
    { text: after },
    // The atlas's note on the source, outside the source's own words.
    ...(source.note
      ? [{ text: ` ${translator(lang)('sourceNote', { note: sourceNoteText(source, lang) })}` }]
      : []),
  ];
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
              women: latest.women ?? 0,
              share: formatPercent(latest.share, lang),
              ...intervalBounds(latest.interval, lang),
              persons: formatCount(latest.denominator ?? 0, lang),
            })
          : formatPercent(latest.share, lang),
        obsIds: latest.obsIds,
      });
    }
    const offence = labelOf(MARKET, market, lang);
    const source = results.sources?.find((x) => x.sourceId === countSourceFor(market, null));
    sentences.push(
      parts.length
        ? [
            { text: t('profileOffenceLatest', { offence }) },
            ...parts,
            { text: '.' },
            ...sourceSegments(source, lang),
          ]
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
