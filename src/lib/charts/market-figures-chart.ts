import { scaleLinear } from 'd3';
import { buildFigureFrame, svgElement, INK, MUTED } from './frame';
import { addText } from './plot-layer';
import { fitText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';
import { formatPercent, translator } from '../i18n';
import { GITOC_MARKETS, MARKET, labelOf } from '../vocabulary/codes';
import { median } from '../method/shares';
import type { WomenShareFigure } from '../method/published';
import type { MarketScore } from '../model/rows';
import type { Lang } from '../model/filters';
import { figureValueText } from './hierarchy-chart';

export const MARKET_ROWS = [
  ...GITOC_MARKETS,
  'organized_crime_all',
  'participation_in_ocg',
] as const;

export interface MarketRow {
  market: string;
  figures: WomenShareFigure[];
  medianScore: number | null;
  scoredStates: number;
}

export function marketRows(figures: WomenShareFigure[], scores: MarketScore[]): MarketRow[] {
  return MARKET_ROWS.map((market) => {
    const marketScores = scores.filter((s) => s.indicator === market).map((s) => s.score);
    return {
      market,
      figures: figures.filter((f) => f.market === market),
      medianScore: median(marketScores),
      scoredStates: marketScores.length,
    };
  });
}

export interface MarketsOptions {
  document: Document;
  lang: Lang;
  width: number;
  regionName: string;
  highlight: string | null;
  sourcesLine: string;
  measure?: TextMeasurer;
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
export function buildMarketsChart(rows: MarketRow[], options: MarketsOptions): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('marketsTitle'),
      subtitle: t('marketsSubtitle', { region: options.regionName }),
      sourceLine: options.sourcesLine,
      notes: [{ text: t('marketsNoteScores') }, { text: t('noteDefinitions') }],
      summary: marketsSummary(rows, lang),
      figureId: 'markets',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      const nameWidth = Math.min(230, Math.round(width * 0.3));
      const leftEnd = nameWidth + Math.round((width - nameWidth) * 0.56);
      const women = scaleLinear()
        .domain([0, 100])
        .range([nameWidth + 4, leftEnd - 12]);
      const score = scaleLinear()
        .domain([0, 10])
        .range([leftEnd + 12, width - 40]);
      const g = svgElement(document, 'g', { 'aria-label': 'markets', 'font-size': 12 });
      addText(document, g, t('marketsWomenHeading'), {
        x: nameWidth + 4,
        y: 10,
        'font-weight': 700,
      });
      addText(document, g, t('marketsScoreHeading'), {
        x: leftEnd + 12,
        y: 10,
        'font-weight': 700,
      });
      const rowHeight = 24;
      rows.forEach((row, i) => {
        const y = 24 + i * rowHeight;
        const highlighted = row.market === options.highlight;
        const name = labelOf(MARKET, row.market, lang);
        const label = addText(
          document,
          g,
          fitText(name, nameWidth - 10, 12, options.measure ?? measureWithFontMetrics),
          {
            x: 0,
            y: y + 12,
            'font-weight': highlighted ? 700 : 400,
            'data-market': row.market,
          },
        );
        const full = svgElement(document, 'title');
        full.textContent = name;
        label.appendChild(full);
        if (row.figures.length === 0) {
          addText(document, g, t('nothingPublished'), {
            x: nameWidth + 4,
            y: y + 12,
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
          title.textContent = `${lang === 'fr' ? f.areaNameFr : f.areaNameEn}, ${f.period}: ${figureValueText(f, lang)}`;
          mark.appendChild(title);
          g.appendChild(mark);
        });
        if (row.medianScore !== null) {
          g.appendChild(
            svgElement(document, 'rect', {
              x: score(0),
              y: y + 3,
              width: score(row.medianScore) - score(0),
              height: 12,
              fill: '#9e9e9e',
            }),
          );
          addText(document, g, String(Math.round(row.medianScore * 10) / 10), {
            x: score(row.medianScore) + 4,
            y: y + 13,
            fill: INK,
            'font-size': 11,
          });
        } else
          addText(document, g, t('notScored'), {
            x: score(0),
            y: y + 13,
            fill: MUTED,
            'font-size': 11,
          });
      });
      const axisY = 24 + rows.length * rowHeight + 6;
      for (const v of [0, 50, 100])
        addText(document, g, formatPercent(v, lang, 0), {
          x: women(v),
          y: axisY + 10,
          'text-anchor': 'middle',
          fill: MUTED,
          'font-size': 11,
        });
      for (const v of [1, 5, 10])
        addText(document, g, String(v), {
          x: score(v),
          y: axisY + 10,
          'text-anchor': 'middle',
          fill: MUTED,
          'font-size': 11,
        });
      layer.appendChild(g);
      return axisY + 18;
    },
  );
}
