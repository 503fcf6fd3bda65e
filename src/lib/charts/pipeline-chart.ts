import * as Plot from '@observablehq/plot';
import { buildFigureFrame, svgElement, INK, MUTED } from './frame';
import { addText, standalonePlot } from './plot-layer';
import type { TextMeasurer } from './text-measure';
import { formatCount, formatPercent, translator } from '../i18n';
import type { PipelinePoint } from '../method/pipeline';
import type { Lang } from '../model/filters';
import type { SourceRow } from '../model/rows';
import { sourceLine } from './source-line';

export const SERIES_ORDER = ['formal_contact', 'prosecuted', 'convicted', 'victims'] as const;
export const SERIES_COLOURS: Record<string, string> = {
  formal_contact: '#7fcdbb',
  prosecuted: '#2c7fb8',
  convicted: '#253494',
  victims: '#b35806',
};

export interface PipelineOptions {
  document: Document;
  lang: Lang;
  width: number;
  scopeName: string;
  yearFrom: number;
  yearTo: number;
  source: SourceRow;
  measure?: TextMeasurer;
}

export function seriesLabel(series: string, lang: Lang): string {
  return translator(lang)(`series_${series}` as 'series_victims');
}

export function pipelineSummary(points: PipelinePoint[], lang: Lang, scopeName: string): string {
  const t = translator(lang);
  const latest = (series: string) =>
    points
      .filter((p) => p.series === series && p.share !== null)
      .sort((a, b) => b.year - a.year)[0];
  const parts = SERIES_ORDER.map((s) => {
    const p = latest(s);
    return p
      ? `${seriesLabel(s, lang)} ${formatPercent(p.share ?? 0, lang)} (${p.year})`
      : `${seriesLabel(s, lang)}: ${t('noFigure')}`;
  });
  return t('pipelineSummary', { scope: scopeName, parts: parts.join('; ') });
}

/** Women's share by stage and year; gaps stay gaps, victims beside offenders. */
export function buildPipelineChart(
  points: PipelinePoint[],
  options: PipelineOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const years = Array.from(
    { length: options.yearTo - options.yearFrom + 1 },
    (_, i) => options.yearFrom + i,
  );
  const filled = SERIES_ORDER.flatMap((series) =>
    years.map((year) => {
      const p = points.find((q) => q.series === series && q.year === year);
      return { series, year, share: p?.share ?? null, point: p };
    }),
  );
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('pipelineTitle', { scope: options.scopeName }),
      subtitle: t('pipelineSubtitle', { from: options.yearFrom, to: options.yearTo }),
      sourceLine: sourceLine(options.source, lang),
      notes: [{ text: t('pipelineNote') }, { text: t('noteDefinitions') }],
      summary: pipelineSummary(points, lang, options.scopeName),
      figureId: 'pipeline',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      if (!points.some((p) => p.share !== null)) {
        addText(document, layer, t('emptySuggest'), { x: 0, y: 20, 'font-size': 14, fill: MUTED });
        return 32;
      }
      const height = 300;
      const plot = standalonePlot(
        Plot.plot({
          document,
          width,
          height,
          marginLeft: 44,
          marginRight: 20,
          marginTop: 20,
          marginBottom: 64,
          x: {
            domain: [options.yearFrom - 0.5, options.yearTo + 0.5],
            label: null,
            ticks: years,
            tickFormat: (d: number) => String(d),
          },
          y: { domain: [0, 100], label: t('axisShareVertical'), grid: true },
          marks: [
            Plot.ruleY([50], { stroke: MUTED, strokeDasharray: '4,3' }),
            Plot.ruleY([0], { stroke: INK }),
            Plot.line(
              filled.filter((d) => d.series !== 'victims'),
              {
                x: 'year',
                y: 'share',
                z: 'series',
                stroke: (d: { series: string }) => SERIES_COLOURS[d.series],
                strokeWidth: 2,
              },
            ),
            Plot.line(
              filled.filter((d) => d.series === 'victims'),
              {
                x: 'year',
                y: 'share',
                stroke: SERIES_COLOURS.victims,
                strokeWidth: 2,
                strokeDasharray: '5,3',
              },
            ),
          ],
        }),
      );
      const x = plot.scale('x');
      const y = plot.scale('y');
      const marks = svgElement(document, 'g', {
        'aria-label': 'points',
        'font-size': 11,
        'text-anchor': 'start',
      });
      for (const p of points) {
        if (p.share === null) continue;
        const dot = svgElement(document, 'circle', {
          cx: x.apply(p.year),
          cy: y.apply(p.share),
          r: 4,
          fill: SERIES_COLOURS[p.series] ?? INK,
          stroke: '#fff',
          'data-obs-id': p.obsIds.join(' '),
          'data-series': p.series,
          'data-year': p.year,
        });
        const title = svgElement(document, 'title');
        title.textContent = `${seriesLabel(p.series, lang)} ${p.year}: ${formatPercent(p.share, lang)} (${formatCount(p.women, lang)} / ${formatCount(p.denominator, lang)})`;
        dot.appendChild(title);
        marks.appendChild(dot);
      }
      SERIES_ORDER.forEach((series, i) => {
        const lx = (i % 2) * Math.min(260, width / 2);
        const ly = height - 28 + Math.floor(i / 2) * 16;
        marks.appendChild(
          svgElement(document, 'line', {
            x1: lx,
            x2: lx + 22,
            y1: ly,
            y2: ly,
            stroke: SERIES_COLOURS[series] ?? INK,
            'stroke-width': 2,
            'stroke-dasharray': series === 'victims' ? '5,3' : 'none',
          }),
        );
        addText(document, marks, seriesLabel(series, lang), {
          x: lx + 28,
          y: ly,
          dy: '0.32em',
          fill: INK,
        });
      });
      plot.appendChild(marks);
      layer.appendChild(plot);
      return height;
    },
  );
}
