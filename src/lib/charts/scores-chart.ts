import { scaleLinear } from 'd3';
import { buildFigureFrame, frameBase, svgElement, INK, MUTED, type FigureOptions } from './frame';
import { addText } from './plot-layer';
import { fitText } from './text-measure';
import { translator } from '../i18n';
import { INDICATOR_KIND, MARKET, labelOf } from '../vocabulary/codes';
import type { MarketScore } from '../model/rows';
import type { Lang } from '../model/filters';
import { formatScore } from './score-format';

export interface ScoresOptions extends FigureOptions {
  title: string;
  subtitle: string;
  sourcesLine: string;
}

/** A label for a GI-TOC indicator: a market's name, or the actor type's. */
export function indicatorLabel(indicator: string, lang: Lang): string {
  const market = labelOf(MARKET, indicator, lang);
  if (market !== indicator) return market;
  const messages = translator(lang);
  return messages(`actor_${indicator}` as 'actor_criminal_networks');
}

export function scoresSummary(scores: MarketScore[], lang: Lang): string {
  const t = translator(lang);
  const latest = Math.max(...scores.map((s) => s.edition), 0);
  const top = scores
    .filter((s) => s.edition === latest && s.indicatorKind === 'market')
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  if (top.length === 0) return t('scoresSummaryEmpty');
  return t('scoresSummary', {
    edition: latest,
    markets: top
      .map((s) => `${indicatorLabel(s.indicator, lang)} ${formatScore(s.score, lang)}`)
      .join(', '),
  });
}

/**
 * A State's GI-TOC scores: criminal markets and criminal actors, latest edition as bars, the
 * earlier edition as a tick. Expert scores of prevalence, not broken down by sex.
 */
export function buildScoresChart(scores: MarketScore[], options: ScoresOptions): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const editions = [...new Set(scores.map((s) => s.edition))].sort((a, b) => b - a);
  const latest = editions[0] ?? null;
  const earlier = editions[1] ?? null;
  const rows = scores.filter((s) => s.edition === latest);
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: options.title,
      subtitle: options.subtitle,
      sourceLine: options.sourcesLine,
      notes: [
        { text: t('marketsNoteScores') },
        ...(earlier ? [{ text: t('scoresNoteEditions', { latest: latest ?? '', earlier }) }] : []),
      ],
      summary: scoresSummary(scores, lang),
      figureId: 'scores',
      empty: rows.length === 0,
    },
    (layer, width, _maxHeight, measure) => {
      const nameWidth = Math.min(type.label * 22, Math.round(width * 0.45));
      const x = scaleLinear()
        .domain([0, 10])
        .range([nameWidth, width - type.label * 3]);
      const rowHeight = Math.round(type.label * 1.6);
      const g = svgElement(document, 'g', { 'font-size': type.label, fill: INK });
      let y = 0;
      for (const kind of ['market', 'actor'] as const) {
        const mine = rows.filter((r) => r.indicatorKind === kind).sort((a, b) => b.score - a.score);
        if (mine.length === 0) continue;
        addText(document, g, labelOf(INDICATOR_KIND, kind, lang), {
          x: 0,
          y: y + type.label,
          'font-weight': 700,
        });
        y += rowHeight;
        for (const row of mine) {
          addText(
            document,
            g,
            fitText(indicatorLabel(row.indicator, lang), nameWidth - 8, type.label, measure),
            {
              x: 8,
              y: y + rowHeight * 0.65,
            },
          );
          g.appendChild(
            svgElement(document, 'rect', {
              x: x(0),
              y: y + rowHeight * 0.2,
              width: Math.max(1, x(row.score) - x(0)),
              height: rowHeight * 0.6,
              fill: '#9e9e9e',
            }),
          );
          const before = scores.find((s) => s.edition === earlier && s.indicator === row.indicator);
          if (before)
            g.appendChild(
              svgElement(document, 'line', {
                x1: x(before.score),
                x2: x(before.score),
                y1: y + rowHeight * 0.1,
                y2: y + rowHeight * 0.9,
                stroke: INK,
                'stroke-width': 2,
              }),
            );
          addText(
            document,
            g,
            formatScore(row.score, lang),
            { x: x(row.score) + 4, y: y + rowHeight * 0.65, 'font-size': type.small },
            [row.scoreId],
          );
          y += rowHeight;
        }
        y += type.label * 0.6;
      }
      for (const v of [1, 5, 10])
        addText(document, g, String(v), {
          x: x(v),
          y: y + type.small,
          'text-anchor': 'middle',
          'font-size': type.small,
          fill: MUTED,
        });
      layer.appendChild(g);
      return y + type.small * 2;
    },
  );
}
