import { scaleLinear } from 'd3';
import { buildFigureFrame, svgElement, INK, MUTED } from './frame';
import { addText } from './plot-layer';
import { fitText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';
import { formatCount, formatPercent, translator } from '../i18n';
import { positionLabel, unpublishedPositions, type WomenShareFigure } from '../method/published';
import { formatPublishedValue } from '../method/figure-values';
import { HIERARCHY, ROLE, labelOf } from '../vocabulary/codes';
import type { Lang } from '../model/filters';

export interface HierarchyOptions {
  document: Document;
  lang: Lang;
  width: number;
  sourcesLine: string;
  measure?: TextMeasurer;
}

const FILL = '#2c7fb8';

export function figureValueText(f: WomenShareFigure, lang: Lang): string {
  const t = translator(lang);
  const value = formatPublishedValue(
    {
      measure: 'share',
      value: f.value,
      valueLow: f.low,
      valueHigh: f.high,
      qualifier: f.qualifier,
    },
    lang,
  );
  if (!f.computed || !f.counts) return value;
  return t('computedShare', {
    value: formatPercent(f.value ?? 0, lang),
    women: formatCount(f.counts.women, lang),
    total: formatCount(f.counts.total, lang),
  });
}

export function hierarchySummary(figures: WomenShareFigure[], lang: Lang): string {
  const t = translator(lang);
  const gaps = unpublishedPositions(figures);
  return t('hierarchySummary', {
    n: figures.length,
    levels: gaps.hierarchy.map((c) => labelOf(HIERARCHY, c, lang)).join(', ') || '–',
  });
}

/**
 * Every figure on women by level, role or network position. Exact values are bars, ranges
 * are intervals, bounds are one-sided bars with an open end: none is drawn as a point.
 */
export function buildHierarchyChart(
  figures: WomenShareFigure[],
  options: HierarchyOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const gaps = unpublishedPositions(figures);
  const notes = [
    {
      text: t('hierarchyGapLevels', {
        levels: gaps.hierarchy.map((c) => labelOf(HIERARCHY, c, lang)).join(', ') || '–',
      }),
    },
    {
      text: t('hierarchyGapRoles', {
        roles: gaps.roles.map((c) => labelOf(ROLE, c, lang)).join(', ') || '–',
      }),
    },
    { text: t('hierarchyNote') },
    { text: t('noteDefinitions') },
  ];
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('hierarchyTitle'),
      subtitle: t('hierarchySubtitle'),
      sourceLine: options.sourcesLine,
      notes,
      summary: hierarchySummary(figures, lang),
      figureId: 'hierarchy',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      if (figures.length === 0) {
        addText(document, layer, t('emptySuggest'), { x: 0, y: 20, 'font-size': 14, fill: MUTED });
        return 32;
      }
      const labelWidth = Math.min(300, Math.round(width * 0.42));
      const valueWidth = Math.min(170, Math.round(width * 0.24));
      const x = scaleLinear()
        .domain([0, 100])
        .range([labelWidth, width - valueWidth]);
      const rowHeight = 34;
      const g = svgElement(document, 'g', { 'aria-label': 'published figures', 'font-size': 12 });
      let y = 18;
      let lastPosition = '';
      for (const f of figures) {
        const positionText = positionLabel(f.position, lang);
        if (positionText !== lastPosition) {
          addText(document, g, positionText, { x: 0, y: y + 8, 'font-weight': 700 });
          y += 18;
          lastPosition = positionText;
        }
        const area = lang === 'fr' ? f.areaNameFr : f.areaNameEn;
        const rowLabel = addText(
          document,
          g,
          fitText(
            `${area} · ${f.period}`,
            labelWidth - 16,
            12,
            options.measure ?? measureWithFontMetrics,
          ),
          { x: 8, y: y + 10, fill: INK },
        );
        const full = svgElement(document, 'title');
        full.textContent = `${area} · ${f.period}`;
        rowLabel.appendChild(full);
        const barY = y + 2;
        const mark = svgElement(document, 'g', {
          'data-qualifier': f.qualifier,
          'data-obs-id': f.obsIds.join(' '),
          'data-computed': String(f.computed),
        });
        if ((f.qualifier === 'exact' || f.qualifier === 'approx') && f.value !== null) {
          mark.setAttribute('data-mark', 'bar');
          mark.appendChild(
            svgElement(document, 'rect', {
              x: x(0),
              y: barY,
              width: Math.max(1, x(f.value) - x(0)),
              height: 14,
              fill: FILL,
              'fill-opacity': f.qualifier === 'approx' ? 0.6 : 1,
            }),
          );
        } else if (f.qualifier === 'range' && f.low !== null && f.high !== null) {
          mark.setAttribute('data-mark', 'interval');
          mark.appendChild(
            svgElement(document, 'rect', {
              x: x(f.low),
              y: barY,
              width: Math.max(2, x(f.high) - x(f.low)),
              height: 14,
              fill: FILL,
              'fill-opacity': 0.5,
              stroke: FILL,
            }),
          );
          for (const v of [f.low, f.high])
            mark.appendChild(
              svgElement(document, 'line', {
                x1: x(v),
                x2: x(v),
                y1: barY - 3,
                y2: barY + 17,
                stroke: INK,
                'stroke-width': 1.5,
              }),
            );
        } else if (f.qualifier === 'at_most' && f.high !== null) {
          mark.setAttribute('data-mark', 'bound');
          mark.appendChild(
            svgElement(document, 'rect', {
              x: x(0),
              y: barY,
              width: x(f.high) - x(0),
              height: 14,
              fill: 'none',
              stroke: FILL,
              'stroke-dasharray': '4,2',
            }),
          );
          mark.appendChild(
            svgElement(document, 'path', {
              d: `M${x(f.high) - 6},${barY - 2}L${x(f.high)},${barY + 7}L${x(f.high) - 6},${barY + 16}`,
              fill: 'none',
              stroke: INK,
              'stroke-width': 1.5,
            }),
          );
        } else if (f.qualifier === 'at_least' && f.low !== null) {
          mark.setAttribute('data-mark', 'bound');
          mark.appendChild(
            svgElement(document, 'rect', {
              x: x(f.low),
              y: barY,
              width: x(100) - x(f.low),
              height: 14,
              fill: 'none',
              stroke: FILL,
              'stroke-dasharray': '4,2',
            }),
          );
          mark.appendChild(
            svgElement(document, 'path', {
              d: `M${x(f.low) + 6},${barY - 2}L${x(f.low)},${barY + 7}L${x(f.low) + 6},${barY + 16}`,
              fill: 'none',
              stroke: INK,
              'stroke-width': 1.5,
            }),
          );
        }
        g.appendChild(mark);
        addText(document, g, figureValueText(f, lang), { x: x(100) + 8, y: y + 10 }, f.obsIds);
        y += rowHeight - 14;
      }
      const grid = svgElement(document, 'g', { 'aria-hidden': 'true' });
      for (const tick of [0, 25, 50, 75, 100]) {
        grid.appendChild(
          svgElement(document, 'line', {
            x1: x(tick),
            x2: x(tick),
            y1: 8,
            y2: y,
            stroke: tick === 50 ? MUTED : '#e0e0e0',
            'stroke-dasharray': tick === 50 ? '4,3' : 'none',
          }),
        );
        addText(document, grid, `${tick}`, {
          x: x(tick),
          y: 4,
          'text-anchor': 'middle',
          fill: MUTED,
          'font-size': 11,
        });
      }
      g.insertBefore(grid, g.firstChild);
      layer.appendChild(g);
      return y + 12;
    },
  );
}
