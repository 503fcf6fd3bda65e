import { scaleBand, scaleLinear } from 'd3';
import { buildFigureFrame, svgElement, INK, MUTED } from './frame';
import { addText } from './plot-layer';
import type { TextMeasurer } from './text-measure';
import { formatCount, formatPercent, translator } from '../i18n';
import type { ComparisonCell } from '../method/comparison';
import type { Lang } from '../model/filters';
import { SERIES_ORDER, seriesLabel } from './pipeline-chart';

export const STATE_COLOURS = [
  '#253494',
  '#b35806',
  '#41b6c4',
  '#7b3294',
  '#1b7837',
  '#d6604d',
  '#4d4d4d',
  '#8c510a',
];

export interface ComparisonOptions {
  document: Document;
  lang: Lang;
  width: number;
  names: Map<string, string>;
  yearFrom: number;
  yearTo: number;
  sourcesLine: string;
  measure?: TextMeasurer;
}

export function comparisonSummary(
  cells: ComparisonCell[],
  names: Map<string, string>,
  lang: Lang,
): string {
  const t = translator(lang);
  const convicted = cells
    .filter((c) => c.series === 'convicted' && c.latest?.share != null)
    .sort((a, b) => (b.latest?.share ?? 0) - (a.latest?.share ?? 0));
  if (convicted.length === 0) return t('comparisonSummaryEmpty');
  return t('comparisonSummary', {
    parts: convicted
      .map(
        (c) =>
          `${names.get(c.iso3) ?? c.iso3} ${formatPercent(c.latest?.share ?? 0, lang)} (${c.latest?.year})`,
      )
      .join(', '),
  });
}

/** Two or more States side by side: latest share per stage in the period, and how many years have one. */
export function buildComparisonChart(
  cells: ComparisonCell[],
  states: string[],
  options: ComparisonOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const years = options.yearTo - options.yearFrom + 1;
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('comparisonTitle', {
        states: states.map((s) => options.names.get(s) ?? s).join(', '),
      }),
      subtitle: t('comparisonSubtitle', { from: options.yearFrom, to: options.yearTo }),
      sourceLine: options.sourcesLine,
      notes: [{ text: t('noteMethod') }],
      summary: comparisonSummary(cells, options.names, lang),
      figureId: 'comparison',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      if (states.length < 2) {
        addText(document, layer, t('comparisonPrompt'), {
          x: 0,
          y: 20,
          'font-size': 14,
          fill: MUTED,
        });
        return 32;
      }
      const nameWidth = Math.min(180, Math.round(width * 0.26));
      const labelWidth = Math.min(220, Math.round(width * 0.34));
      const x = scaleLinear()
        .domain([0, 100])
        .range([nameWidth, width - labelWidth]);
      const barHeight = 16;
      const groupHeight = states.length * (barHeight + 4) + 18;
      const band = scaleBand<string>()
        .domain([...SERIES_ORDER])
        .range([20, 20 + SERIES_ORDER.length * groupHeight]);
      const g = svgElement(document, 'g', { 'aria-label': 'comparison', 'font-size': 12 });
      for (const tick of [0, 50, 100]) {
        g.appendChild(
          svgElement(document, 'line', {
            x1: x(tick),
            x2: x(tick),
            y1: 14,
            y2: 20 + SERIES_ORDER.length * groupHeight,
            stroke: tick === 50 ? MUTED : '#e0e0e0',
            'stroke-dasharray': tick === 50 ? '4,3' : 'none',
          }),
        );
        addText(document, g, formatPercent(tick, lang, 0), {
          x: x(tick),
          y: 10,
          'text-anchor': 'middle',
          fill: MUTED,
          'font-size': 11,
        });
      }
      for (const series of SERIES_ORDER) {
        const top = band(series) ?? 0;
        addText(document, g, seriesLabel(series, lang), { x: 0, y: top + 12, 'font-weight': 700 });
        states.forEach((iso3, i) => {
          const cell = cells.find((c) => c.iso3 === iso3 && c.series === series);
          const y = top + 16 + i * (barHeight + 4);
          addText(document, g, options.names.get(iso3) ?? iso3, { x: 8, y: y + 12, fill: INK });
          const colour = STATE_COLOURS[i % STATE_COLOURS.length] ?? INK;
          const latest = cell?.latest;
          if (latest && latest.share !== null) {
            g.appendChild(
              svgElement(document, 'rect', {
                x: x(0),
                y,
                width: Math.max(1, x(latest.share) - x(0)),
                height: barHeight,
                fill: colour,
                'data-iso3': iso3,
                'data-series': series,
                'data-obs-id': latest.obsIds.join(' '),
              }),
            );
            addText(
              document,
              g,
              t('comparisonLabel', {
                share: formatPercent(latest.share, lang),
                women: formatCount(latest.women ?? 0, lang),
                denominator: formatCount(latest.denominator ?? 0, lang),
                year: latest.year,
                years: cell.yearsWithShare,
                of: years,
              }),
              { x: x(100) + 6, y: y + 12 },
              latest.obsIds,
            );
          } else {
            addText(
              document,
              g,
              cell && cell.yearsSuppressed > 0 ? t('tooltipSuppressed') : t('noFigure'),
              { x: x(0) + 4, y: y + 12, fill: MUTED, 'font-style': 'italic' },
            );
          }
        });
      }
      layer.appendChild(g);
      return 20 + SERIES_ORDER.length * groupHeight + 6;
    },
  );
}
