import * as Plot from '@observablehq/plot';
import { buildFigureFrame, svgElement, INK, MUTED } from './frame';
import { addText, standalonePlot } from './plot-layer';
import type { TextMeasurer } from './text-measure';
import { formatCount, formatPercent, translator } from '../i18n';
import { SUBREGION, labelOf } from '../vocabulary/codes';
import type { GroupShare } from '../method/shares';
import type { StateShareRow } from '../model/rows';
import type { Lang } from '../model/filters';
import { localName } from '../i18n/names';
import { BAR_COLOUR } from './states-chart';
import { sourceLine } from './source-line';
import type { SourceRow } from '../model/rows';

export interface RegionsChartOptions {
  document: Document;
  lang: Lang;
  width: number;
  stagePhrase: string;
  period: string;
  source: SourceRow;
  measure?: TextMeasurer;
}

export function regionsSummary(groups: GroupShare[], lang: Lang): string {
  const t = translator(lang);
  const withShare = groups
    .filter((g) => g.pooledShare !== null)
    .sort((a, b) => (b.pooledShare ?? 0) - (a.pooledShare ?? 0));
  const high = withShare[0];
  const low = withShare[withShare.length - 1];
  if (!high || !low) return t('regionsSummaryEmpty');
  return t('regionsSummary', {
    high: labelOf(SUBREGION, high.group, lang),
    highShare: formatPercent(high.pooledShare ?? 0, lang),
    low: labelOf(SUBREGION, low.group, lang),
    lowShare: formatPercent(low.pooledShare ?? 0, lang),
    missing: groups.length - withShare.length,
  });
}

/** Pooled share per subregion as a bar, each State as a dot, the median as a tick, parity at 50%. */
export function buildRegionsChart(
  groups: GroupShare[],
  states: StateShareRow[],
  options: RegionsChartOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const order = groups.map((g) => g.group);
  const dots = states.filter((s) => s.share !== null && order.includes(s.subregion));
  const excluded = groups.reduce((n, g) => n + g.suppressedExcluded, 0);
  const totalBasis = groups.reduce((n, g) => n + g.totalBasisExcluded, 0);
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('regionsTitle', { stage: options.stagePhrase, period: options.period }),
      subtitle: t('regionsSubtitle'),
      sourceLine: sourceLine(options.source, lang),
      notes: [
        { text: t('regionsNoteMethod') },
        { text: t('regionsNoteExcluded', { suppressed: excluded, totalBasis }) },
        { text: t('noteDefinitions') },
        { text: t('noteSubregions') },
      ],
      summary: regionsSummary(groups, lang),
      figureId: 'regions',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      if (groups.every((g) => g.statesWithShare === 0)) {
        addText(document, layer, t('emptySuggest'), { x: 0, y: 20, 'font-size': 14, fill: MUTED });
        return 32;
      }
      const nameRoom = Math.min(170, Math.round(width * 0.3));
      const labelRoom = Math.min(270, Math.round(width * 0.4));
      const height = order.length * 40 + 64;
      const plot = standalonePlot(
        Plot.plot({
          document,
          width,
          height,
          marginLeft: nameRoom,
          marginRight: labelRoom,
          marginTop: 24,
          marginBottom: 40,
          x: {
            domain: [0, 100],
            label: t('axisShare'),
            labelAnchor: 'center',
            labelOffset: 34,
            grid: true,
          },
          y: {
            domain: order,
            label: null,
            padding: 0.3,
            tickFormat: (code: string) => labelOf(SUBREGION, code, lang),
          },
          marks: [
            Plot.barX(
              groups.filter((g) => g.pooledShare !== null),
              { x: 'pooledShare', y: 'group', fill: BAR_COLOUR, fillOpacity: 0.35 },
            ),
            Plot.tickX(
              groups.filter((g) => g.medianShare !== null),
              { x: 'medianShare', y: 'group', stroke: INK, strokeWidth: 2 },
            ),
            Plot.dot(dots, {
              x: 'share',
              y: 'subregion',
              r: 4,
              fill: BAR_COLOUR,
              stroke: '#ffffff',
            }),
            Plot.ruleX([50], { stroke: MUTED, strokeDasharray: '4,3' }),
            Plot.ruleX([0], { stroke: INK }),
          ],
        }),
      );
      const x = plot.scale('x');
      const y = plot.scale('y');
      const band = y.bandwidth ?? 20;
      const labels = svgElement(document, 'g', {
        'aria-label': 'group labels',
        'font-size': 12,
        fill: INK,
        'text-anchor': 'start',
      });
      for (const g of groups) {
        const top = y.apply(g.group);
        const text =
          g.pooledShare === null
            ? t('regionsNoPool', { states: g.statesWithShare })
            : t('regionsLabel', {
                pooled: formatPercent(g.pooledShare, lang),
                women: formatCount(g.pooledWomen, lang),
                denominator: formatCount(g.pooledDenominator, lang),
                median: g.medianShare === null ? '–' : formatPercent(g.medianShare, lang),
              });
        addText(
          document,
          labels,
          text,
          { x: x.apply(100) + 8, y: top + band / 2, dy: '-0.2em', 'data-group': g.group },
          g.obsIds,
        );
        addText(
          document,
          labels,
          t('regionsStates', { n: g.statesWithShare, pooled: g.statesPooled }),
          { x: x.apply(100) + 8, y: top + band / 2, dy: '1.1em', fill: MUTED, 'font-size': 11 },
        );
      }
      for (const dot of dots) {
        const marker = svgElement(document, 'circle', {
          cx: x.apply(dot.share),
          cy: y.apply(dot.subregion) + band / 2,
          r: 7,
          fill: 'transparent',
          'data-iso3': dot.iso3,
          'data-obs-id': dot.obsIds.join(' '),
        });
        const title = svgElement(document, 'title');
        title.textContent = `${localName(dot, lang)} (${dot.year}): ${formatPercent(dot.share ?? 0, lang)}`;
        marker.appendChild(title);
        labels.appendChild(marker);
      }
      addText(document, labels, t('parity'), {
        x: x.apply(50),
        y: 12,
        'text-anchor': 'middle',
        'font-size': 11,
        fill: MUTED,
      });
      plot.appendChild(labels);
      layer.appendChild(plot);
      return height;
    },
  );
}
