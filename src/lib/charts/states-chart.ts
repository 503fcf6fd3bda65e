import * as Plot from '@observablehq/plot';
import { buildFigureFrame, svgElement, INK, MUTED, type FrameNote } from './frame';
import { standalonePlot } from './plot-layer';
import type { TextMeasurer } from './text-measure';
import { formatCount, formatPercent, STAGE_PHRASE, translator } from '../i18n';
import type { StateShareRow } from '../model/rows';
import type { SourceRow } from '../model/rows';
import type { Lang } from '../model/filters';
import { summariseShares } from './share-summary';
import { sourceLine } from './source-line';
import { localName } from '../i18n/names';

export interface ShareChartOptions {
  document: Document;
  lang: Lang;
  width: number;
  stage: string;
  /** Text for the period: a year, or 'latest year per State in …'. */
  period: string;
  /** Label each State with the year its figure is for (periods longer than a year). */
  showYears: boolean;
  source: SourceRow;
  measure?: TextMeasurer;
  selected?: string[];
}

export const BAR_COLOUR = '#2c6e9b';
export const SELECTED_COLOUR = '#b35806';
const ROW_HEIGHT = 24;

export function statusNotes(rows: StateShareRow[], lang: Lang): FrameNote[] {
  const t = translator(lang);
  const notes: FrameNote[] = [];
  const names = (list: StateShareRow[]) => list.map((r) => localName(r, lang)).join(', ');
  const suppressed = rows.filter((r) => r.status === 'suppressed');
  if (suppressed.length)
    notes.push({
      text: t('noteSuppressed', { names: names(suppressed) }),
      obsIds: suppressed.flatMap((r) => r.obsIds),
    });
  const partial = rows.filter((r) => r.status === 'partial_by_sex');
  if (partial.length)
    notes.push({
      text: t('notePartial', { names: names(partial) }),
      obsIds: partial.flatMap((r) => r.obsIds),
    });
  const zero = rows.filter((r) => r.status === 'zero_persons');
  if (zero.length)
    notes.push({
      text: t('noteZero', { names: names(zero) }),
      obsIds: zero.flatMap((r) => r.obsIds),
    });
  const totalOnly = rows.filter((r) => r.status === 'total_only');
  if (totalOnly.length)
    notes.push({
      text: t('noteTotalOnly', { names: names(totalOnly) }),
      obsIds: totalOnly.flatMap((r) => r.obsIds),
    });
  const noData = rows.filter((r) => r.status === 'no_data');
  if (noData.length) {
    const kosovo = noData.some((r) => r.iso3 === 'XKX');
    notes.push({
      text: t(kosovo ? 'noteNoData' : 'noteNoDataStates', {
        count: noData.filter((r) => r.iso3 !== 'XKX').length,
      }),
    });
  }
  return notes;
}

export function shareLabel(row: StateShareRow, lang: Lang, showYear = false): string {
  const denominator =
    row.shareBasis === 'women_plus_men' ? (row.women ?? 0) + (row.men ?? 0) : (row.total ?? 0);
  const label = translator(lang)('shareLabel', {
    share: formatPercent(row.share ?? 0, lang),
    women: formatCount(row.women ?? 0, lang),
    denominator: formatCount(denominator, lang),
  });
  return showYear && row.year !== null ? `${label}, ${row.year}` : label;
}

/** Women's share by State: bars for computed shares, the counts behind each in its label. */
export function buildWomenShareByStateChart(
  rows: StateShareRow[],
  options: ShareChartOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const stagePhrase = STAGE_PHRASE[lang][options.stage] ?? options.stage;
  const bars = rows
    .filter((r) => r.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0) || a.iso3.localeCompare(b.iso3))
    .map((r) => ({ ...r, name: localName(r, lang) }));
  const notes: FrameNote[] = [{ text: t('noteMethod') }, ...statusNotes(rows, lang)];
  if (rows.some((r) => r.iso3 === 'XKX')) notes.push({ text: t('noteKosovo') });
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('chartTitle', { stage: stagePhrase, year: options.period }),
      subtitle: t('chartSubtitle'),
      sourceLine: sourceLine(options.source, lang),
      notes,
      summary: summariseShares(rows, lang, t),
      figureId: 'share-by-state',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      if (bars.length === 0) {
        const empty = svgElement(document, 'text', { x: 0, y: 20, 'font-size': 14, fill: MUTED });
        empty.textContent = t('emptyResult', { stage: stagePhrase, year: options.period });
        layer.appendChild(empty);
        return 32;
      }
      const height = bars.length * ROW_HEIGHT + 64;
      const labelRoom = Math.min(options.showYears ? 190 : 150, Math.round(width * 0.42));
      const nameRoom = Math.min(160, Math.round(width * 0.27));
      const plot = Plot.plot({
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
          tickFormat: (d: number) => `${d}`,
        },
        y: { domain: bars.map((b) => b.name), label: null, padding: 0.2 },
        marks: [
          Plot.barX(bars, {
            x: 'share',
            y: 'name',
            fill: (d: { iso3: string }) =>
              options.selected?.includes(d.iso3) ? SELECTED_COLOUR : BAR_COLOUR,
            ariaLabel: 'share bar',
          }),
          Plot.ruleX([50], { stroke: MUTED, strokeDasharray: '4,3', ariaLabel: 'parity' }),
          Plot.ruleX([0], { stroke: INK }),
        ],
      }) as SVGSVGElement & {
        scale(name: 'x' | 'y'): { apply(v: unknown): number; bandwidth?: number };
      };
      const x = plot.scale('x');
      const y = plot.scale('y');
      const band = y.bandwidth ?? ROW_HEIGHT;
      const labels = svgElement(document, 'g', {
        'aria-label': 'share labels',
        'font-size': 12,
        fill: INK,
        'text-anchor': 'start',
      });
      for (const bar of bars) {
        const label = svgElement(document, 'text', {
          x: x.apply(bar.share) + 4,
          y: y.apply(bar.name) + band / 2,
          dy: '0.32em',
          'data-obs-id': bar.obsIds.join(' '),
          'data-iso3': bar.iso3,
          'data-share-basis': bar.shareBasis ?? '',
        });
        label.textContent = shareLabel(bar, lang, options.showYears);
        labels.appendChild(label);
      }
      const parity = svgElement(document, 'text', {
        x: x.apply(50),
        y: 12,
        'text-anchor': 'middle',
        'font-size': 11,
        fill: MUTED,
      });
      parity.textContent = t('parity');
      labels.appendChild(parity);
      plot.appendChild(labels);
      layer.appendChild(standalonePlot(plot));
      return height;
    },
  );
}
