import { scaleLinear } from 'd3';
import { intervalLine, shareGrid } from './share-grid';
import {
  methodNote,
  buildFigureFrame,
  frameBase,
  svgElement,
  INK,
  MUTED,
  type FigureOptions,
  type FrameNote,
} from './frame';
import { addText } from './plot-layer';
import { fitText } from './text-measure';
import { formatCount, translator, type Translate } from '../i18n';
import { formatShareWithInterval } from '../method/figure-values';
import type { ComparisonCell } from '../method/comparison';
import type { Lang } from '../model/filters';
import { seriesLabel } from './pipeline-chart';

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

export interface ComparisonOptions extends FigureOptions {
  names: Map<string, string>;
  series: readonly string[];
  title: string;
  subtitle: string;
  yearFrom: number;
  yearTo: number;
  sourcesLine: string;
  notes?: FrameNote[];
  /** The offence compared, for the summary. */
  offence?: string;
}

export function comparisonSummary(
  cells: ComparisonCell[],
  names: Map<string, string>,
  series: readonly string[],
  lang: Lang,
  /** The offence, named in each sentence (a sentence read alone must say what it counts). */
  offence?: string,
): string {
  const t = translator(lang);
  const sentences = series.flatMap((stage) => {
    const shown = cells
      .filter((c) => c.series === stage && c.latest?.share != null)
      .sort((a, b) => (b.latest?.share ?? 0) - (a.latest?.share ?? 0));
    if (shown.length === 0) return [];
    return [
      t(offence ? 'comparisonSummaryOffence' : 'comparisonSummary', {
        stage: seriesLabel(stage, lang),
        offence: offence ?? '',
        parts: shown
          .map(
            (c) =>
              `${names.get(c.iso3) ?? c.iso3} ${formatShareWithInterval(c.latest?.share ?? 0, c.latest?.interval ?? null, lang)} (${c.latest?.year})`,
          )
          .join(', '),
      }),
    ];
  });
  return sentences.length > 0 ? sentences.join(' ') : t('comparisonSummaryNone');
}

/** Two or more States side by side: latest share per stage in the period, with its interval. */
export function buildComparisonChart(
  cells: ComparisonCell[],
  states: string[],
  options: ComparisonOptions,
): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const years = options.yearTo - options.yearFrom + 1;
  const notes: FrameNote[] = [
    methodNote(t('noteMethod')),
    methodNote(t('noteInterval')),
    ...(options.notes ?? []),
  ];
  if (cells.some((c) => c.latest?.smallCount)) notes.push({ text: t('noteSmallCountHollow') });
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: options.title,
      subtitle: options.subtitle,
      sourceLine: options.sourcesLine,
      notes,
      summary: comparisonSummary(cells, options.names, options.series, lang, options.offence),
      figureId: 'comparison',
      // Fewer than two States: nothing to compare.
      empty: states.length < 2,
    },
    (layer, width, _maxHeight, measure) => {
      const nameWidth = Math.min(type.label * 15, Math.round(width * 0.25));
      const labelWidth = Math.min(type.label * 26, Math.round(width * 0.42));
      const x = scaleLinear()
        .domain([0, 100])
        .range([nameWidth, width - labelWidth]);
      const barHeight = Math.round(type.label * 1.35);
      const groupHeight = states.length * (barHeight + 4) + type.label * 1.6;
      const top = type.label * 1.6;
      const bottom = top + options.series.length * groupHeight;
      const g = svgElement(document, 'g', {
        'aria-label': t('ariaComparison'),
        'font-size': type.label,
      });
      g.appendChild(
        shareGrid(document, {
          axis: 'x',
          at: x,
          span: [top - 4, bottom],
          labelAt: top - 8,
          fontSize: type.small,
          ticks: [0, 50, 100],
        }),
      );
      options.series.forEach((series, si) => {
        const groupTop = top + si * groupHeight;
        addText(document, g, seriesLabel(series, lang), {
          x: 0,
          y: groupTop + type.label,
          'font-weight': 700,
        });
        states.forEach((iso3, i) => {
          const cell = cells.find((c) => c.iso3 === iso3 && c.series === series);
          const y = groupTop + type.label * 1.5 + i * (barHeight + 4);
          const name = options.names.get(iso3) ?? iso3;
          addText(document, g, fitText(name, nameWidth - 16, type.label, measure), {
            x: 8,
            y: y + barHeight * 0.75,
            fill: INK,
          });
          const colour = STATE_COLOURS[i % STATE_COLOURS.length] ?? INK;
          const latest = cell?.latest;
          if (latest && latest.share !== null) {
            g.appendChild(
              svgElement(document, 'rect', {
                x: x(0),
                y,
                width: Math.max(1, x(latest.share) - x(0)),
                height: barHeight,
                fill: latest.smallCount ? '#ffffff' : colour,
                stroke: colour,
                'data-iso3': iso3,
                'data-series': series,
                'data-small-count': latest.smallCount ? 'true' : 'false',
              }),
            );
            if (latest.interval)
              g.appendChild(intervalLine(document, x, latest.interval, y + barHeight / 2));
            addText(
              document,
              g,
              t('comparisonLabel', {
                share: formatShareWithInterval(latest.share, latest.interval, lang),
                women: formatCount(latest.women ?? 0, lang),
                denominator: formatCount(latest.denominator ?? 0, lang),
                year: latest.year,
                years: cell.yearsWithShare,
                of: years,
              }),
              { x: x(100) + 6, y: y + barHeight * 0.75 },
              latest.obsIds,
            );
          } else {
            addText(document, g, noFigureReason(cell, t), {
              x: x(0) + 4,
              y: y + barHeight * 0.75,
              fill: MUTED,
              'font-style': 'italic',
            });
          }
        });
      });
      layer.appendChild(g);
      return bottom + 6;
    },
  );
}

/** Why a State has no share at a stage, as the States view says it: never a bare "no figure". */
export function noFigureReason(cell: ComparisonCell | undefined, t: Translate): string {
  if (!cell) return t('noFigure');
  if (cell.yearsPartial > 0) return t('comparisonNoFigurePartial');
  if (cell.yearsSuppressed > 0) return t('tooltipSuppressed');
  if (cell.yearsTotalOnly > 0) return t('comparisonNoFigureTotalOnly');
  return t('noFigure');
}
