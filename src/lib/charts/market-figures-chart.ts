import { scaleLinear } from 'd3';
import { buildFigureFrame, frameBase, svgElement, INK, MUTED, type FigureOptions } from './frame';
import { addText } from './plot-layer';
import { wrapText } from './text-measure';
import { formatPercent, translator } from '../i18n';
import { formatScore } from './score-format';
import { GITOC_MARKETS, MARKET, labelOf } from '../vocabulary/codes';
import { median } from '../method/shares';
import type { ShareFigure } from '../method/published';
import type { MarketScore } from '../model/rows';
import type { Lang } from '../model/filters';
import { figureValueText } from '../method/figure-values';
import { periodOf } from '../method/published';
import { localName } from '../i18n/names';

export const MARKET_ROWS = [
  ...GITOC_MARKETS,
  'organized_crime_all',
  'participation_in_ocg',
  'mafia_type_association',
] as const;

export interface MarketRow {
  market: string;
  figures: ShareFigure[];
  medianScore: number | null;
  scoredStates: number;
  /** The GI-TOC score rows behind the median. */
  scoreIds: string[];
}

/** Published figures on women per market (context markets left out), beside the median GI-TOC score. */
export function marketRows(figures: ShareFigure[], scores: MarketScore[]): MarketRow[] {
  return MARKET_ROWS.map((market) => {
    const marketScores = scores.filter((s) => s.indicator === market);
    return {
      market,
      // Only women's shares go on the women's-share scale; counts and men's shares are in the hierarchy view.
      figures: figures.filter(
        (f) => f.market === market && !f.context && f.sex === 'female' && f.measure === 'share',
      ),
      medianScore: median(marketScores.map((s) => s.score)),
      scoredStates: marketScores.length,
      scoreIds: marketScores.map((s) => s.scoreId),
    };
  });
}

export interface MarketsOptions extends FigureOptions {
  regionName: string;
  highlight: string | null;
  sourcesLine: string;
  /** The rows of this page, when the chart is split over several. */
  range?: [number, number];
}

export function marketsSummary(rows: MarketRow[], lang: Lang): string {
  const t = translator(lang);
  const withFigures = rows.filter((r) => r.figures.length > 0);
  return t('marketsSummary', {
    n: withFigures.length,
    total: rows.length,
    markets: withFigures.map((r) => labelOf(MARKET, r.market, lang)).join(', ') || '–',
  });
}

/** Left: what is published on women per market. Right: GI-TOC prevalence scores, not gendered. */
export function buildMarketFiguresChart(
  allRows: MarketRow[],
  options: MarketsOptions,
): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const [start, end] = options.range ?? [0, allRows.length];
  const rows = allRows.slice(start, end);
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: t('marketsTitle'),
      subtitle: t('marketsSubtitle', { region: options.regionName }),
      sourceLine: options.sourcesLine,
      notes: [{ text: t('marketsNoteScores') }, { text: t('noteDefinitions') }],
      summary: marketsSummary(allRows, lang),
      figureId: 'market-figures',
      // Every market is listed; with no figure and no score in any, there is nothing to draw.
      empty: allRows.every((r) => r.figures.length === 0 && r.scoredStates === 0),
    },
    (layer, width, _maxHeight, measure) => {
      const longest = Math.max(
        ...rows.map((r) => measure(labelOf(MARKET, r.market, lang), type.label)),
      );
      // On a narrow figure (a phone) each market's name goes full width above its marks.
      const stacked = width < type.label * 40;
      const nameWidth = stacked ? 0 : Math.round(Math.min(longest + 16, width * 0.34));
      const leftEnd = nameWidth + Math.round((width - nameWidth) * 0.56);
      const women = scaleLinear()
        .domain([0, 100])
        .range([nameWidth + 4, leftEnd - 12]);
      const score = scaleLinear()
        .domain([0, 10])
        .range([leftEnd + 12, width - 40]);
      const g = svgElement(document, 'g', {
        'aria-label': t('ariaMarkets'),
        'font-size': type.label,
      });
      const heading = (text: string, x: number, room: number) =>
        wrapText(text, room, type.label, measure, true).map((line, l) =>
          addText(document, g, line, {
            x,
            y: type.label * (1 + l * 1.3),
            'font-weight': 700,
          }),
        ).length;
      const headingLines = Math.max(
        heading(t('marketsWomenHeading'), nameWidth + 4, stacked ? leftEnd - 16 : width),
        heading(t('marketsScoreHeading'), leftEnd + 12, width - leftEnd - 12),
      );
      const nameLine = type.label * 1.3;
      const rowHeight = Math.round(type.label * 2);
      let y = type.label * (0.8 + 1.3 * Math.max(1, headingLines));
      rows.forEach((row) => {
        const highlighted = row.market === options.highlight;
        const name = labelOf(MARKET, row.market, lang);
        if (stacked) {
          const lines = wrapText(name, width, type.label, measure, highlighted);
          lines.forEach((line, l) =>
            addText(document, g, line, {
              x: 0,
              y: y + type.label + l * nameLine,
              'font-weight': highlighted ? 700 : 400,
              'data-market': row.market,
            }),
          );
          y += lines.length * nameLine;
        } else {
          // A name too long for its column goes on two smaller lines rather than being cut.
          const lines =
            measure(name, type.label, highlighted) <= nameWidth - 10
              ? [name]
              : wrapText(name, nameWidth - 10, type.small, measure, highlighted);
          lines.forEach((line, l) =>
            addText(document, g, line, {
              x: 0,
              y: lines.length === 1 ? y + type.label : y + type.small * (0.9 + l * 1.05),
              'font-weight': highlighted ? 700 : 400,
              ...(lines.length > 1 ? { 'font-size': type.small } : {}),
              'data-market': row.market,
            }),
          );
        }
        if (row.figures.length === 0) {
          addText(document, g, t('nothingPublished'), {
            x: nameWidth + 4,
            y: y + type.label,
            fill: MUTED,
            'font-style': 'italic',
          });
        }
        row.figures.forEach((f, j) => {
          const cy = y + 6 + (j % 3) * 4;
          const mark = svgElement(document, 'g', {
            'data-qualifier': f.qualifier,
            'data-obs-id': f.obsIds.join(' '),
          });
          if ((f.qualifier === 'exact' || f.qualifier === 'approx') && f.value !== null) {
            mark.setAttribute('data-mark', 'tick');
            mark.appendChild(
              svgElement(document, 'rect', {
                x: women(f.value) - 1.5,
                y: cy - 5,
                width: 3,
                height: 12,
                fill: '#2c7fb8',
              }),
            );
          } else {
            mark.setAttribute('data-mark', f.qualifier === 'range' ? 'interval' : 'bound');
            const from = f.qualifier === 'at_most' ? 0 : (f.low ?? 0);
            const to = f.qualifier === 'at_least' ? 100 : (f.high ?? 100);
            mark.appendChild(
              svgElement(document, 'rect', {
                x: women(from),
                y: cy - 3,
                width: Math.max(2, women(to) - women(from)),
                height: 8,
                fill: '#2c7fb8',
                'fill-opacity': 0.35,
                stroke: '#2c7fb8',
                'stroke-dasharray': f.qualifier === 'range' ? 'none' : '3,2',
              }),
            );
          }
          const title = svgElement(document, 'title');
          title.textContent = `${localName(f.areaNames, lang)}, ${periodOf(f, lang)}: ${figureValueText(f, lang)}`;
          mark.appendChild(title);
          g.appendChild(mark);
        });
        if (row.medianScore !== null) {
          g.appendChild(
            svgElement(document, 'rect', {
              x: score(0),
              y: y + 3,
              width: score(row.medianScore) - score(0),
              height: type.label,
              fill: '#9e9e9e',
            }),
          );
          addText(
            document,
            g,
            formatScore(row.medianScore, lang),
            {
              x: score(row.medianScore) + 4,
              y: y + type.label,
              fill: INK,
              'font-size': type.small,
            },
            row.scoreIds,
          );
        } else
          addText(document, g, t('notScored'), {
            x: score(0),
            y: y + type.label,
            fill: MUTED,
            'font-size': type.small,
          });
        y += rowHeight;
      });
      const axisY = y + 6;
      for (const v of [0, 50, 100])
        addText(document, g, formatPercent(v, lang, 0), {
          x: women(v),
          y: axisY + type.small,
          'text-anchor': 'middle',
          fill: MUTED,
          'font-size': type.small,
        });
      for (const v of [1, 5, 10])
        addText(document, g, String(v), {
          x: score(v),
          y: axisY + type.small,
          'text-anchor': 'middle',
          fill: MUTED,
          'font-size': type.small,
        });
      layer.appendChild(g);
      return axisY + type.small * 2;
    },
  );
}
