import { scaleLinear } from 'd3';
import {
  buildFigureFrame,
  svgElement,
  INK,
  MUTED,
  type FigureLayout,
  type FrameNote,
} from './frame';
import { addText } from './plot-layer';
import { fitText, wrapText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';
import { translator } from '../i18n';
import { localName } from '../i18n/names';
import { MARKET, labelOf } from '../vocabulary/codes';
import { formatShareWithInterval } from '../method/figure-values';
import type { MarketScore, ShareInterval, StageYearShare } from '../model/rows';
import type { Lang } from '../model/filters';
import { seriesColour, seriesLabel } from './pipeline-chart';
import { formatScore } from './score-format';

/** The offences and stages with per-State counts by sex, in the order the columns show them. */
export const OFFENCE_COLUMNS = [
  { market: 'human_trafficking', series: 'formal_contact' },
  { market: 'human_trafficking', series: 'prosecuted' },
  { market: 'human_trafficking', series: 'convicted' },
  { market: 'drug_trafficking', series: 'formal_contact' },
] as const;

/** The GI-TOC markets read beside the offences (drug trafficking: the four drug markets). */
export const SCORE_COLUMNS = [
  'human_trafficking',
  'heroin_trade',
  'cocaine_trade',
  'cannabis_trade',
  'synthetic_drug_trade',
] as const;

export interface OffenceCell {
  market: string;
  series: string;
  share: number | null;
  interval: ShareInterval | null;
  smallCount: boolean;
  year: number | null;
  women: number | null;
  denominator: number | null;
  obsIds: string[];
}

export interface MarketsStateRow {
  iso3: string;
  nameEn: string;
  nameFr: string;
  cells: OffenceCell[];
  scores: (MarketScore | null)[];
}

/** For each State with a share: its latest share in the period for each offence and stage, and its GI-TOC scores. */
export function marketsStateRows(
  rows: StageYearShare[],
  scores: MarketScore[],
  names: Map<string, { nameEn: string; nameFr: string }>,
): MarketsStateRow[] {
  const states = [...new Set(rows.filter((r) => r.share !== null).map((r) => r.iso3))];
  return states.map((iso3) => {
    const cells = OFFENCE_COLUMNS.map(({ market, series }) => {
      const latest = rows
        .filter(
          (r) => r.iso3 === iso3 && r.market === market && r.series === series && r.share !== null,
        )
        .sort((a, b) => b.year - a.year)[0];
      return {
        market,
        series,
        share: latest?.share ?? null,
        interval: latest?.interval ?? null,
        smallCount: latest?.smallCount ?? false,
        year: latest?.year ?? null,
        women: latest?.women ?? null,
        denominator: latest?.denominator ?? null,
        obsIds: latest?.obsIds ?? [],
      };
    });
    const name = names.get(iso3) ?? { nameEn: iso3, nameFr: iso3 };
    return {
      iso3,
      ...name,
      cells,
      scores: SCORE_COLUMNS.map(
        (m) => scores.find((s) => s.iso3 === iso3 && s.indicator === m) ?? null,
      ),
    };
  });
}

export interface MarketsOptions {
  document: Document;
  lang: Lang;
  layout: FigureLayout;
  title: string;
  subtitle: string;
  sourcesLine: string;
  notes?: FrameNote[];
  measure?: TextMeasurer;
  range?: [number, number];
}

export function marketsSummary(rows: MarketsStateRow[], lang: Lang): string {
  const t = translator(lang);
  const count = (i: number) => rows.filter((r) => r.cells[i]?.share !== null).length;
  return t('marketsStatesSummary', {
    states: rows.length,
    contact: count(0),
    prosecuted: count(1),
    convicted: count(2),
    drugs: count(3),
  });
}

/**
 * States side by side across offences: for each State, women's share at each stage of trafficking
 * in persons and for drug-trafficking offences, with 95% intervals (hollow: fewer than 30
 * persons), beside the GI-TOC scores of the related markets (expert scores, not gendered).
 */
export function buildMarketsChart(rows: MarketsStateRow[], options: MarketsOptions): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const measure = options.measure ?? measureWithFontMetrics;
  const [start, end] = options.range ?? [0, rows.length];
  const shown = rows.slice(start, end);
  const notes: FrameNote[] = [
    { text: t('marketsNoteOffences') },
    { text: t('noteInterval') },
    { text: t('marketsNoteScores') },
    { text: t('marketsNoteDrugMapping') },
    ...(options.notes ?? []),
  ];
  return buildFigureFrame(
    {
      document,
      layout,
      title: options.title,
      subtitle: options.subtitle,
      sourceLine: options.sourcesLine,
      notes,
      summary: marketsSummary(rows, lang),
      figureId: 'markets',
      lang,
      ...(layout.page
        ? { pageLabel: t('pageOf', { page: layout.page.index + 1, pages: layout.page.count }) }
        : {}),
      measure,
    },
    (layer, width) => {
      if (rows.length === 0) {
        addText(document, layer, t('emptySuggest'), {
          x: 0,
          y: type.label * 1.6,
          'font-size': type.label,
          fill: MUTED,
        });
        return type.label * 2.5;
      }
      const nameWidth = Math.min(type.label * 13, Math.round(width * 0.2));
      // Wide enough for the longest word of a score heading at the small size, within limits.
      const widestWord = Math.max(
        ...SCORE_COLUMNS.flatMap((m) =>
          labelOf(MARKET, m, lang)
            .split(/[ \t]+/)
            .map((w) => measure(w, type.small)),
        ),
      );
      const scoreWidth = Math.round(
        Math.min(Math.max(type.label * 4.6, widestWord + 6), width * 0.1),
      );
      const scoresTotal = scoreWidth * SCORE_COLUMNS.length;
      const gap = type.label;
      const columnWidth =
        (width - nameWidth - scoresTotal - gap * (OFFENCE_COLUMNS.length + 1)) /
        OFFENCE_COLUMNS.length;
      const rowHeight = Math.round(type.label * 1.7);
      const scoreLabels = SCORE_COLUMNS.map((market) => labelOf(MARKET, market, lang));
      // Score headers stand level, wrapped within their column; the longest word sets the size.
      const longestWord = Math.max(
        ...scoreLabels.flatMap((l) => l.split(/[ \t]+/).map((w) => measure(w, 1))),
      );
      const scoreSize = Math.max(8, Math.min(type.small, (scoreWidth - 4) / longestWord));
      const scoreLines = scoreLabels.map((l) => wrapText(l, scoreWidth - 4, scoreSize, measure));
      const scoreLineHeight = scoreSize * 1.15;
      const headerHeight = Math.round(
        Math.max(
          type.label * 4.2,
          type.small * 2.6 + Math.max(...scoreLines.map((l) => l.length)) * scoreLineHeight,
        ),
      );
      const g = svgElement(document, 'g', { 'aria-label': 'markets', 'font-size': type.label });
      const columnsX = OFFENCE_COLUMNS.map((_, i) => nameWidth + gap + i * (columnWidth + gap));
      OFFENCE_COLUMNS.forEach((column, i) => {
        const x0 = columnsX[i] ?? 0;
        const heading = `${labelOf(MARKET, column.market, lang)}: ${seriesLabel(column.series, lang)}`;
        wrapText(heading, columnWidth, type.small, measure)
          .slice(0, 3)
          .forEach((line, l) =>
            addText(document, g, line, {
              x: x0,
              y: type.small * (1 + l * 1.2),
              'font-size': type.small,
              'font-weight': 700,
            }),
          );
      });
      const scoresX = width - scoresTotal;
      wrapText(t('marketsScoreHeading'), scoresTotal, type.small, measure, true).forEach(
        (line, l) =>
          addText(document, g, line, {
            x: scoresX,
            y: type.small * (1 + l * 1.2),
            'font-size': type.small,
            'font-weight': 700,
          }),
      );
      scoreLines.forEach((lines, i) => {
        const cx = scoresX + i * scoreWidth + scoreWidth / 2;
        lines.forEach((line, l) =>
          addText(document, g, line, {
            x: cx,
            y: headerHeight - 4 - (lines.length - 1 - l) * scoreLineHeight,
            'text-anchor': 'middle',
            'font-size': scoreSize,
            fill: MUTED,
          }),
        );
      });
      const bodyTop = headerHeight + 4;
      const bodyBottom = bodyTop + shown.length * rowHeight;
      OFFENCE_COLUMNS.forEach((_, i) => {
        const x = scaleLinear()
          .domain([0, 100])
          .range([columnsX[i] ?? 0, (columnsX[i] ?? 0) + columnWidth]);
        for (const tick of [0, 50, 100]) {
          g.appendChild(
            svgElement(document, 'line', {
              x1: x(tick),
              x2: x(tick),
              y1: bodyTop,
              y2: bodyBottom,
              stroke: tick === 50 ? MUTED : '#e0e0e0',
              'stroke-dasharray': tick === 50 ? '4,3' : 'none',
            }),
          );
          addText(document, g, String(tick), {
            x: x(tick),
            y: bodyBottom + type.small * 1.3,
            'text-anchor': tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle',
            'font-size': type.small,
            fill: MUTED,
          });
        }
      });
      shown.forEach((row, r) => {
        const y = bodyTop + r * rowHeight;
        const cy = y + rowHeight / 2;
        if (r % 2 === 0)
          g.insertBefore(
            svgElement(document, 'rect', { x: 0, y, width, height: rowHeight, fill: '#f7f9fb' }),
            g.firstChild,
          );
        addText(document, g, fitText(localName(row, lang), nameWidth - 6, type.label, measure), {
          x: 0,
          y: cy,
          dy: '0.32em',
          'data-iso3': row.iso3,
        });
        row.cells.forEach((cell, i) => {
          if (cell.share === null) return;
          const x = scaleLinear()
            .domain([0, 100])
            .range([columnsX[i] ?? 0, (columnsX[i] ?? 0) + columnWidth]);
          const colour = seriesColour(`${cell.market}|${cell.series}`);
          if (cell.interval)
            g.appendChild(
              svgElement(document, 'line', {
                x1: x(cell.interval.low),
                x2: x(cell.interval.high),
                y1: cy,
                y2: cy,
                stroke: colour,
                'stroke-width': 1.5,
              }),
            );
          const dot = svgElement(document, 'circle', {
            cx: x(cell.share),
            cy,
            r: Math.max(3.5, type.label * 0.33),
            fill: cell.smallCount ? '#ffffff' : colour,
            stroke: colour,
            'stroke-width': 1.5,
            'data-iso3': row.iso3,
            'data-market': cell.market,
            'data-series': cell.series,
            'data-obs-id': cell.obsIds.join(' '),
            'data-small-count': cell.smallCount ? 'true' : 'false',
          });
          const title = svgElement(document, 'title');
          title.textContent = `${localName(row, lang)}, ${cell.year}: ${formatShareWithInterval(cell.share, cell.interval, lang)}`;
          dot.appendChild(title);
          g.appendChild(dot);
        });
        row.scores.forEach((score, i) => {
          const cx = scoresX + i * scoreWidth + scoreWidth / 2;
          addText(
            document,
            g,
            score ? formatScore(score.score, lang) : '–',
            {
              x: cx,
              y: cy,
              dy: '0.32em',
              'text-anchor': 'middle',
              'font-size': type.small,
              fill: score ? INK : MUTED,
            },
            score ? [score.scoreId] : [],
          );
        });
      });
      layer.appendChild(g);
      return bodyBottom + type.small * 2;
    },
  );
}
