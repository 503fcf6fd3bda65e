import { scaleLinear, scalePoint } from 'd3';
import { shareGrid } from './share-grid';
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
import { wrapText } from './text-measure';
import { formatCount, formatPercent, translator, joinSemicolon } from '../i18n';
import { MARKET, labelOf } from '../vocabulary/codes';
import { formatShareWithInterval } from '../method/figure-values';
import type { PipelineModel, PipelinePoint, PipelineSeries } from '../method/pipeline';
import type { Lang } from '../model/filters';
import { COUNT_STAGES } from '../model/stages';

export const SERIES_ORDER = [...COUNT_STAGES, 'victims'] as const;
const COLOURS: Record<string, string> = {
  'human_trafficking|formal_contact': '#7fcdbb',
  'human_trafficking|prosecuted': '#2c7fb8',
  'human_trafficking|convicted': '#253494',
  'human_trafficking|victims': '#b35806',
};
const DRUG_COLOUR = '#7b3294';

export function seriesColour(key: string): string {
  return COLOURS[key] ?? (key.startsWith('drug_trafficking') ? DRUG_COLOUR : '#4d4d4d');
}

export function seriesLabel(series: string, lang: Lang): string {
  return translator(lang)(`series_${series}` as 'series_victims');
}

/** A series' name for a legend: its stage, and its offence when the figure shows several. */
export function seriesName(
  s: Pick<PipelineSeries, 'market' | 'series'>,
  lang: Lang,
  withOffence: boolean,
): string {
  const stage = seriesLabel(s.series, lang);
  return withOffence ? `${labelOf(MARKET, s.market, lang)}: ${stage}` : stage;
}

export interface PipelineOptions extends FigureOptions {
  title: string;
  subtitle: string;
  sourceLine: string;
  yearFrom: number;
  yearTo: number;
  /** Extra notes: the offence's definition, the names of pooled States. */
  notes?: FrameNote[];
  names?: Map<string, string>;
}

const orderOf = (key: string) => {
  const [market = '', series = ''] = key.split('|');
  return (market === 'human_trafficking' ? 0 : 10) + SERIES_ORDER.indexOf(series as 'victims');
};

export function pipelineSummary(model: PipelineModel, lang: Lang, scopeName: string): string {
  const t = translator(lang);
  const withOffence = new Set(model.series.map((s) => s.market)).size > 1;
  const parts = [...model.series]
    .sort((a, b) => orderOf(a.key) - orderOf(b.key))
    .map((s) => {
      const latest = model.points.filter((p) => p.key === s.key).sort((a, b) => b.year - a.year)[0];
      return latest
        ? `${seriesName(s, lang, withOffence)} ${formatShareWithInterval(latest.share, latest.interval, lang)} (${latest.year})`
        : `${seriesName(s, lang, withOffence)}: ${t('noFigure')}`;
    });
  return parts.length
    ? t('pipelineSummary', { scope: scopeName, parts: joinSemicolon(parts, lang) })
    : t('pipelineSummaryEmpty', { scope: scopeName });
}

/** The notes that say which States a pooled line holds, and where a series breaks. */
export function pipelineNotes(
  model: PipelineModel,
  lang: Lang,
  names: Map<string, string>,
): FrameNote[] {
  const t = translator(lang);
  const notes: FrameNote[] = [];
  const withOffence = new Set(model.series.map((s) => s.market)).size > 1;
  const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
  if (model.scope === 'group') {
    notes.push({ text: t('pipelineNotePanel') });
    for (const s of model.series) {
      if (!s.panel) continue;
      notes.push({
        text: t(s.panel.states.length ? 'pipelineNotePanelSeries' : 'pipelineNoteNoPanel', {
          series: seriesName(s, lang, withOffence),
          count: s.panel.states.length,
          states: s.panel.states.map(nameOf).join(', '),
          leftOut: s.panel.leftOut.length,
        }),
      });
    }
  }
  for (const s of model.series)
    for (const b of s.breaks)
      notes.push({
        text: t('pipelineNoteBreak', {
          series: seriesName(s, lang, withOffence),
          from: b.from,
          to: b.to,
          ratio: b.ratio.toFixed(1),
        }),
      });
  return notes;
}

/**
 * Women's share by stage and year: one line per run of years (a missing year or a break in the
 * series is a gap, never bridged), each point with its 95% interval; small counts hollow.
 */
export function buildPipelineChart(model: PipelineModel, options: PipelineOptions): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const years = Array.from(
    { length: options.yearTo - options.yearFrom + 1 },
    (_, i) => options.yearFrom + i,
  );
  const allSeries = [...model.series].sort((a, b) => orderOf(a.key) - orderOf(b.key));
  const withOffence = new Set(allSeries.map((s) => s.market)).size > 1;
  // The legend lists only what is drawn; a series with no share at all is named in a note.
  const series = allSeries.filter((s) => model.points.some((p) => p.key === s.key));
  const undrawn = model.scope === 'state' ? allSeries.filter((s) => !series.includes(s)) : [];
  const notes: FrameNote[] = [
    ...(model.series.some((s) => s.series === 'victims') ? [{ text: t('pipelineNote') }] : []),
    methodNote(t('noteInterval')),
    ...pipelineNotes(model, lang, options.names ?? new Map()),
    ...(options.notes ?? []),
  ];
  if (model.points.some((p) => p.smallCount)) notes.push({ text: t('noteSmallCountHollow') });
  if (undrawn.length)
    notes.push({
      text: t('pipelineNoShare', {
        series: undrawn.map((s) => seriesName(s, lang, withOffence)).join(', '),
      }),
    });
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: options.title,
      subtitle: options.subtitle,
      sourceLine: options.sourceLine,
      notes,
      summary: pipelineSummary(model, lang, options.title),
      figureId: 'pipeline',
      empty: model.points.length === 0,
    },
    (layer, width, maxHeight, measure) => {
      const legendRows = Math.ceil(series.length / 2);
      const legendHeight = legendRows * type.label * 1.6 + 8;
      const plotHeight = Math.max(
        160,
        Math.min(Math.round(width * 0.42), (maxHeight ?? Infinity) - legendHeight - type.label * 4),
      );
      const left = Math.round(type.label * 3.5);
      const x = scalePoint<number>()
        .domain(years)
        .range([left, width - type.label * 2])
        .padding(0.3);
      const y = scaleLinear()
        .domain([0, 100])
        .range([plotHeight, Math.round(type.label * 2.4)]);
      const g = svgElement(document, 'g', { 'font-size': type.label, fill: INK });
      g.appendChild(
        shareGrid(document, {
          axis: 'y',
          at: y,
          span: [left, width],
          labelAt: left - 6,
          fontSize: type.small,
        }),
      );
      addText(document, g, t('axisShareVertical'), {
        x: 0,
        y: type.small,
        'font-size': type.small,
        fill: MUTED,
      });
      for (const year of years)
        addText(document, g, String(year), {
          x: x(year) ?? 0,
          y: plotHeight + type.small * 1.6,
          'text-anchor': 'middle',
          'font-size': type.small,
          fill: MUTED,
        });
      const marks = svgElement(document, 'g', { 'aria-label': t('ariaPoints') });
      for (const s of series) {
        const colour = seriesColour(s.key);
        const points = new Map(model.points.filter((p) => p.key === s.key).map((p) => [p.year, p]));
        for (const run of s.runs) {
          const drawn = run.filter((yr) => points.has(yr) && x(yr) !== undefined);
          if (drawn.length < 2) continue;
          const d = drawn
            .map((yr, i) => `${i === 0 ? 'M' : 'L'}${x(yr)},${y(points.get(yr)?.share ?? 0)}`)
            .join('');
          marks.appendChild(
            svgElement(document, 'path', {
              d,
              fill: 'none',
              stroke: colour,
              'stroke-width': 2,
              'stroke-dasharray': s.series === 'victims' ? '5,3' : 'none',
              'data-series': s.key,
            }),
          );
        }
        for (const p of points.values())
          drawPoint(document, marks, p, x(p.year) ?? 0, y, colour, lang, withOffence, s);
      }
      g.appendChild(marks);
      // A projected or printed page cannot be hovered: there every dot says its share.
      if (layout.height !== null)
        drawPointValues(document, g, model.points, x, y, type.small, lang);
      const legendTop = plotHeight + type.label * 3;
      series.forEach((s, i) => {
        const column = i % 2;
        const lx = column * Math.min(width / 2, type.label * 30);
        const ly = legendTop + Math.floor(i / 2) * type.label * 1.6;
        g.appendChild(
          svgElement(document, 'line', {
            x1: lx,
            x2: lx + 22,
            y1: ly,
            y2: ly,
            stroke: seriesColour(s.key),
            'stroke-width': 2,
            'stroke-dasharray': s.series === 'victims' ? '5,3' : 'none',
          }),
        );
        const label =
          wrapText(seriesName(s, lang, withOffence), width / 2 - 40, type.label, measure)[0] ?? '';
        addText(document, g, label, { x: lx + 28, y: ly, dy: '0.32em' });
      });
      layer.appendChild(g);
      return legendTop + legendRows * type.label * 1.6;
    },
  );
}

function drawPoint(
  document: Document,
  parent: SVGGElement,
  p: PipelinePoint,
  cx: number,
  y: (v: number) => number,
  colour: string,
  lang: Lang,
  withOffence: boolean,
  s: PipelineSeries,
) {
  if (p.interval)
    parent.appendChild(
      svgElement(document, 'line', {
        x1: cx,
        x2: cx,
        y1: y(p.interval.low),
        y2: y(p.interval.high),
        stroke: colour,
        'stroke-width': 1,
        'stroke-opacity': 0.7,
      }),
    );
  const dot = svgElement(document, 'circle', {
    cx,
    cy: y(p.share),
    r: 4,
    fill: p.smallCount ? '#ffffff' : colour,
    stroke: colour,
    'stroke-width': 1.5,
    'data-obs-id': p.obsIds.join(' '),
    'data-series': p.series,
    'data-key': p.key,
    'data-year': p.year,
    'data-small-count': p.smallCount ? 'true' : 'false',
  });
  const title = svgElement(document, 'title');
  title.textContent = `${seriesName(s, lang, withOffence)} ${p.year}: ${formatShareWithInterval(p.share, p.interval, lang)} (${formatCount(p.women, lang)} / ${formatCount(p.denominator, lang)})`;
  dot.appendChild(title);
  parent.appendChild(dot);
}

/** Each point's share beside its dot, pushed apart within a year so that no two overlap. */
function drawPointValues(
  document: Document,
  parent: SVGGElement,
  points: PipelinePoint[],
  x: (year: number) => number | undefined,
  y: (v: number) => number,
  size: number,
  lang: Lang,
) {
  const layer = svgElement(document, 'g', { 'font-size': size, fill: INK });
  const byYear = new Map<number, PipelinePoint[]>();
  for (const p of points) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  const gap = Math.round(size * 1.15);
  for (const [year, inYear] of byYear) {
    const cx = x(year);
    if (cx === undefined) continue;
    let last = -Infinity;
    for (const p of [...inYear].sort((a, b) => y(a.share) - y(b.share))) {
      const at = Math.max(y(p.share), last + gap);
      last = at;
      addText(
        document,
        layer,
        formatPercent(p.share, lang),
        {
          x: cx + 8,
          y: at,
          dy: '0.32em',
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
          'data-series': p.series,
          'data-value': '',
        },
        p.obsIds,
      );
    }
  }
  parent.appendChild(layer);
}
