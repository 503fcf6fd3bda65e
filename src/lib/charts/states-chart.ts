import { scaleLinear } from 'd3';
import { shareGrid } from './share-grid';
import { buildFigureFrame, frameBase, svgElement, INK, MUTED, type FigureOptions } from './frame';
import { addText } from './plot-layer';
import { fitText, wrapText } from './text-measure';
import { translator } from '../i18n';
import { localName } from '../i18n/names';
import type { StateShareRow } from '../model/rows';
import {
  countFigureNotes,
  shareLabel,
  summariseShares,
  type CountFigureText,
} from './count-figure';

export const BAR_COLOUR = '#2c6e9b';
export const SELECTED_COLOUR = '#b35806';

export interface ShareChartOptions extends FigureOptions {
  text: CountFigureText;
  /** Label each State with the year its figure is for (periods longer than a year). */
  showYears: boolean;
  selected?: string[];
  /** The rows of this page, when the chart is split over several. */
  range?: [number, number];
}

/** The rows the chart draws as bars: computed shares, highest first. */
export function barRows(rows: StateShareRow[]): StateShareRow[] {
  return rows
    .filter((r) => r.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.iso3.localeCompare(b.iso3));
}

/**
 * Women's share by State: a bar per computed share with its 95% interval as a whisker and the
 * counts behind it in its label; a share from fewer than 30 persons is drawn hollow.
 */
export function buildWomenShareByStateChart(
  rows: StateShareRow[],
  options: ShareChartOptions,
): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const all = barRows(rows);
  const [start, end] = options.range ?? [0, all.length];
  const bars = all.slice(start, end);
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: options.text.title,
      subtitle: options.text.subtitle,
      sourceLine: options.text.sourceLine,
      notes: countFigureNotes(rows, lang, options.text),
      summary: summariseShares(rows, lang, options.text),
      figureId: 'share-by-state',
      empty: bars.length === 0,
    },
    (layer, width, maxHeight, measure) => {
      const axisHeight = Math.round(type.label * 3.2);
      const top = Math.round(type.label * 1.6);
      const nameRoomFor = Math.min(Math.round(type.label * 13), Math.round(width * 0.26));
      const labelRoomFor = Math.min(
        Math.round(type.label * (options.showYears ? 22 : 19)),
        Math.round(width * 0.45),
      );
      // Narrow screens: names and value labels go on two lines rather than being cut or clipped.
      const twoLines = bars.some(
        (b) =>
          measure(shareLabel(b, lang, options.showYears), type.label) > labelRoomFor - 8 ||
          measure(localName(b, lang), type.label) > nameRoomFor - 8,
      );
      const minRow = type.label * (twoLines ? 2.9 : 2);
      // On a slide or page, few bars grow (up to twice their screen height) to fill the room.
      const rowHeight = Math.round(
        maxHeight === null
          ? minRow
          : Math.max(
              minRow,
              Math.min(type.label * 4, (maxHeight - top - axisHeight) / bars.length),
            ),
      );
      const nameRoom = nameRoomFor;
      const labelRoom = labelRoomFor;
      const x = scaleLinear()
        .domain([0, 100])
        .range([nameRoom, width - labelRoom]);
      const g = svgElement(document, 'g', { 'font-size': type.label, fill: INK });
      const plotBottom = top + bars.length * rowHeight;
      const grid = shareGrid(document, {
        axis: 'x',
        at: x,
        span: [top - 4, plotBottom],
        labelAt: plotBottom + type.small * 1.4,
        fontSize: type.small,
      });
      addText(document, grid, t('parity'), {
        x: x(50),
        y: top - 8,
        'text-anchor': 'middle',
        'font-size': type.small,
        fill: MUTED,
      });
      addText(document, grid, t('axisShare'), {
        x: (x(0) + x(100)) / 2,
        y: plotBottom + axisHeight - 4,
        'text-anchor': 'middle',
        'font-size': type.small,
        fill: MUTED,
      });
      g.appendChild(grid);
      const marks = svgElement(document, 'g', { 'aria-label': t('ariaShareBars') });
      const labels = svgElement(document, 'g', { 'aria-label': t('ariaShareLabels') });
      bars.forEach((bar, i) => {
        const y = top + i * rowHeight;
        const barHeight = Math.round(rowHeight * 0.62);
        const selected = options.selected?.includes(bar.iso3) ?? false;
        const colour = selected ? SELECTED_COLOUR : BAR_COLOUR;
        const name = localName(bar, lang);
        const nameLines =
          measure(name, type.label) <= nameRoom - 8
            ? [name]
            : wrapText(name, nameRoom - 8, type.small, measure).slice(0, 2);
        if (nameLines.length === 2 && wrapText(name, nameRoom - 8, type.small, measure).length > 2)
          nameLines[1] = fitText(
            name.slice((nameLines[0] ?? '').length).trim(),
            nameRoom - 8,
            type.small,
            measure,
          );
        nameLines.forEach((line, l) => {
          const nameLabel = addText(document, labels, line, {
            x: nameRoom - 8,
            y: y + rowHeight / 2 + (l - (nameLines.length - 1) / 2) * type.small * 1.3,
            dy: '0.32em',
            'text-anchor': 'end',
            ...(nameLines.length > 1 ? { 'font-size': type.small } : {}),
          });
          if (nameLines.join(' ') !== name) {
            const full = svgElement(document, 'title');
            full.textContent = name;
            nameLabel.appendChild(full);
          }
        });
        const bar_ = svgElement(document, 'rect', {
          x: x(0),
          y: y + (rowHeight - barHeight) / 2,
          width: Math.max(1, x(bar.share ?? 0) - x(0)),
          height: barHeight,
          fill: bar.smallCount ? '#ffffff' : colour,
          stroke: colour,
          'stroke-width': bar.smallCount ? 1.5 : 0,
          'data-iso3': bar.iso3,
          'data-small-count': bar.smallCount ? 'true' : 'false',
          role: 'img',
          tabindex: 0,
          'aria-label': `${name}: ${shareLabel(bar, lang, options.showYears)}`,
        });
        marks.appendChild(bar_);
        if (bar.interval) {
          const cy = y + rowHeight / 2;
          const whisker = svgElement(document, 'g', {
            stroke: INK,
            'stroke-width': 1.2,
            'data-interval': `${bar.interval.low.toFixed(1)}-${bar.interval.high.toFixed(1)}`,
          });
          whisker.append(
            svgElement(document, 'line', {
              x1: x(bar.interval.low),
              x2: x(bar.interval.high),
              y1: cy,
              y2: cy,
            }),
            svgElement(document, 'line', {
              x1: x(bar.interval.low),
              x2: x(bar.interval.low),
              y1: cy - 4,
              y2: cy + 4,
            }),
            svgElement(document, 'line', {
              x1: x(bar.interval.high),
              x2: x(bar.interval.high),
              y1: cy - 4,
              y2: cy + 4,
            }),
          );
          marks.appendChild(whisker);
        }
        const valueText = shareLabel(bar, lang, options.showYears);
        const split = twoLines ? valueText.indexOf(' · ') : -1;
        const value = addText(
          document,
          labels,
          split < 0 ? valueText : '',
          {
            x: x(100) + 6,
            y: y + rowHeight / 2 - (split < 0 ? 0 : type.label * 0.6),
            dy: '0.32em',
            'data-iso3': bar.iso3,
            'data-share-basis': bar.shareBasis ?? '',
            ...(bar.smallCount ? { fill: MUTED } : {}),
          },
          bar.obsIds,
        );
        if (split >= 0) {
          // Two lines in one text element, so it still reads (and is read out) as one label.
          const first = svgElement(document, 'tspan', {});
          first.textContent = valueText.slice(0, split + 3);
          const second = svgElement(document, 'tspan', { x: x(100) + 6, dy: type.label * 1.2 });
          second.textContent = valueText.slice(split + 3);
          value.append(first, second);
        }
      });
      g.append(marks, labels);
      layer.appendChild(g);
      return plotBottom + axisHeight;
    },
  );
}
