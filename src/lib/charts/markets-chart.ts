import { scaleLinear } from 'd3';
import {
  buildFigureFrame,
  svgElement,
  INK,
  MUTED,
  type FigureLayout,
  type FrameNote,
  drawEmptyMessage,
} from './frame';
import { addText } from './plot-layer';
import { fitText, wrapText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';
import { formatPercent, translator } from '../i18n';
import { localName, type LocalNames } from '../i18n/names';
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

export interface MarketsStateRow extends LocalNames {
  iso3: string;
  cells: OffenceCell[];
  scores: (MarketScore | null)[];
}

/** For each State with a share: its latest share in the period for each offence and stage, and its GI-TOC scores. */
export function marketsStateRows(
  rows: StageYearShare[],
  scores: MarketScore[],
  names: Map<string, LocalNames>,
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
  /** The States picked in the filters: their rows stand out. */
  selected?: string[];
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
  const onPage = layout.height !== null;
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
      measure,
    },
    (layer, width) => {
      if (rows.length === 0) {
        return drawEmptyMessage(document, layer, t('emptySuggest'), width, type, measure);
      }
      // Wide enough for the longest word of a score heading at the small size, within limits.
      const widestWord = Math.max(
        ...SCORE_COLUMNS.flatMap((m) =>
          labelOf(MARKET, m, lang)
            .split(/[ \t]+/)
            .map((w) => measure(w, type.small)),
        ),
      );
      // On a narrow figure (a phone) each State's name goes full width above its row of marks,
      // and the scores take a line of their own below the marks.
      const stacked = width < type.label * 40;
      const gap = stacked ? Math.round(type.label * 0.75) : type.label;
      const smallest = Math.min(type.note, type.small) - 1;
      // An offence column holds its tick labels and its longest heading word; the scores give way
      // to it, down to their own longest word at the smallest size.
      const headingWords = [
        ...OFFENCE_COLUMNS.map((c) => seriesLabel(c.series, lang)),
        ...OFFENCE_COLUMNS.map((c) => labelOf(MARKET, c.market, lang)),
      ].flatMap((text) => text.split(/[ \t-]+/));
      const minColumn = Math.max(
        measure('0 50 100', type.small) + type.small * 2,
        ...headingWords.map((w) => measure(w, smallest, true) + 2),
      );
      const minScore = Math.max(
        type.label * 2.6,
        ...SCORE_COLUMNS.flatMap((m) =>
          labelOf(MARKET, m, lang)
            .split(/[ \t]+/)
            .map((w) => measure(w, smallest) + 6),
        ),
      );
      // The State names give way first, so that the offence and score headings keep their room
      // (German's long compounds ran into each other at 1,100 px).
      const nameWidth = stacked
        ? 0
        : Math.max(
            type.label * 7,
            Math.min(
              type.label * 13,
              Math.round(width * 0.2),
              Math.floor(
                width -
                  (minColumn + gap) * OFFENCE_COLUMNS.length -
                  gap -
                  minScore * SCORE_COLUMNS.length,
              ),
            ),
          );
      const roomForScores =
        width - nameWidth - gap * (OFFENCE_COLUMNS.length + 1) - minColumn * OFFENCE_COLUMNS.length;
      const scoreWidth = stacked
        ? width / SCORE_COLUMNS.length
        : Math.round(
            Math.max(
              minScore,
              Math.min(
                Math.max(type.label * 4.6, widestWord + 6),
                width * 0.1,
                roomForScores / SCORE_COLUMNS.length,
              ),
            ),
          );
      const scoresTotal = scoreWidth * SCORE_COLUMNS.length;
      const columnWidth = stacked
        ? (width - gap * (OFFENCE_COLUMNS.length - 1)) / OFFENCE_COLUMNS.length
        : (width - nameWidth - scoresTotal - gap * (OFFENCE_COLUMNS.length + 1)) /
          OFFENCE_COLUMNS.length;
      const nameLines = shown.map((row) =>
        wrapText(localName(row, lang), stacked ? width : nameWidth - 6, type.label, measure),
      );
      const nameBlock = (lines: string[]) => type.label * (0.4 + 1.2 * lines.length);
      const rowHeights = nameLines.map((lines) =>
        stacked
          ? Math.round(nameBlock(lines) + type.label * 1.8 + type.small * 1.6)
          : Math.round(type.label * (lines.length === 2 ? 2.7 : 1.7)),
      );
      const rowTops = rowHeights.map((_, r) =>
        rowHeights.slice(0, r).reduce((sum, h) => sum + h, 0),
      );
      const scoreLabels = SCORE_COLUMNS.map((market) => labelOf(MARKET, market, lang));
      // Score headers stand level, wrapped within their column; the longest word sets the size.
      const longestWord = Math.max(
        ...scoreLabels.flatMap((l) => l.split(/[ \t]+/).map((w) => measure(w, 1))),
      );
      // Stacked, the score headers alternate between two tiers, so that each may take the room
      // of two columns (German's long words are wider than a phone's fifth).
      const scoreRoom = stacked ? scoreWidth * 2 - 8 : scoreWidth - 4;
      const scoreSize = Math.max(smallest, Math.min(type.small, scoreRoom / longestWord));
      const scoreLines = scoreLabels.map((l) => wrapText(l, scoreRoom, scoreSize, measure));
      const scoreLineHeight = scoreSize * 1.15;
      const tierLines = (tier: number) =>
        Math.max(0, ...scoreLines.filter((_, i) => i % 2 === tier).map((l) => l.length));
      const lowerTierRise = stacked ? tierLines(1) * scoreLineHeight + scoreSize * 0.4 : 0;
      const scoreLabelsHeight = stacked
        ? lowerTierRise + tierLines(0) * scoreLineHeight
        : Math.max(...scoreLines.map((l) => l.length)) * scoreLineHeight;
      // Two-level headings: the offence over its columns, the stage over each column. They shrink
      // (by one point at most) until every line fits.
      const groups = OFFENCE_COLUMNS.reduce<{ market: string; first: number; count: number }[]>(
        (list, column, i) => {
          const last = list[list.length - 1];
          if (last && last.market === column.market) last.count++;
          else list.push({ market: column.market, first: i, count: 1 });
          return list;
        },
        [],
      );
      const spanOf = (count: number) => count * columnWidth + (count - 1) * gap;
      const groupText = (market: string) => labelOf(MARKET, market, lang);
      const layoutAt = (size: number) => ({
        groups: groups.map((g) =>
          wrapText(groupText(g.market), spanOf(g.count), size, measure, true),
        ),
        stages: OFFENCE_COLUMNS.map((c) =>
          wrapText(seriesLabel(c.series, lang), columnWidth, size, measure),
        ),
      });
      const fitsAt = (size: number) => {
        const { groups: gl, stages } = layoutAt(size);
        return (
          gl.every((lines, i) =>
            lines.every((l) => measure(l, size, true) <= spanOf(groups[i]?.count ?? 1)),
          ) && stages.every((lines) => lines.every((l) => measure(l, size) <= columnWidth))
        );
      };
      let headingSize = type.small;
      while (!fitsAt(headingSize) && headingSize > smallest) headingSize -= 0.5;
      const headingLayout = layoutAt(headingSize);
      const groupLines = Math.max(...headingLayout.groups.map((l) => l.length));
      const stageLines = Math.max(...headingLayout.stages.map((l) => l.length));
      const scoreHeading = wrapText(
        t('marketsScoreHeading'),
        scoresTotal,
        type.small,
        measure,
        true,
      );
      const offenceHeadingHeight = headingSize * (0.6 + (groupLines + stageLines) * 1.2) + 6;
      const scoreHeadingHeight =
        type.small * (0.8 + scoreHeading.length * 1.2) + scoreLabelsHeight + 4;
      // Stacked, the score headings stand below the offence headings rather than beside them.
      const scoreTop = stacked ? Math.round(offenceHeadingHeight + type.small * 0.6) : 0;
      const headerHeight = stacked
        ? Math.round(scoreTop + scoreHeadingHeight)
        : Math.round(
            Math.max(
              type.label * 4.2,
              headingSize * (0.6 + (groupLines + stageLines) * 1.2) + 6,
              type.small * (0.8 + scoreHeading.length * 1.2) +
                Math.max(...scoreLines.map((l) => l.length)) * scoreLineHeight +
                4,
            ),
          );
      const g = svgElement(document, 'g', {
        'aria-label': t('ariaMarkets'),
        'font-size': type.label,
      });
      const columnsX = OFFENCE_COLUMNS.map(
        (_, i) => (stacked ? 0 : nameWidth + gap) + i * (columnWidth + gap),
      );
      groups.forEach((group, i) => {
        const x0 = columnsX[group.first] ?? 0;
        const groupLinesOf = headingLayout.groups[i] ?? [];
        // Stacked, a heading word wider than its one column ends at the figure's edge instead.
        const atEnd =
          stacked &&
          groupLinesOf.some((line) => measure(line, headingSize, true) > spanOf(group.count));
        groupLinesOf.forEach((line, l) =>
          addText(document, g, line, {
            x: atEnd ? x0 + spanOf(group.count) : x0,
            y: headingSize * (1 + l * 1.2),
            'font-size': headingSize,
            'font-weight': 700,
            ...(atEnd ? { 'text-anchor': 'end' } : {}),
          }),
        );
        g.appendChild(
          svgElement(document, 'line', {
            x1: x0,
            x2: x0 + spanOf(group.count),
            y1: headingSize * (1.4 + (groupLines - 1) * 1.2),
            y2: headingSize * (1.4 + (groupLines - 1) * 1.2),
            stroke: MUTED,
          }),
        );
      });
      headingLayout.stages.forEach((lines, i) => {
        lines.forEach((line, l) =>
          addText(document, g, line, {
            x: columnsX[i] ?? 0,
            y: headingSize * (1 + (groupLines + l) * 1.2) + 6,
            'font-size': headingSize,
          }),
        );
      });
      const scoresX = width - scoresTotal;
      scoreHeading.forEach((line, l) =>
        addText(document, g, line, {
          x: scoresX,
          y: scoreTop + type.small * (1 + l * 1.2),
          'font-size': type.small,
          'font-weight': 700,
        }),
      );
      scoreLines.forEach((lines, i) => {
        const middle = scoresX + i * scoreWidth + scoreWidth / 2;
        const half = Math.max(...lines.map((line) => measure(line, scoreSize))) / 2;
        const cx = stacked ? Math.min(Math.max(middle, half), width - half) : middle;
        const rise = stacked && i % 2 === 0 ? lowerTierRise : 0;
        lines.forEach((line, l) =>
          addText(document, g, line, {
            x: cx,
            y: headerHeight - 4 - rise - (lines.length - 1 - l) * scoreLineHeight,
            'text-anchor': 'middle',
            'font-size': scoreSize,
            fill: MUTED,
          }),
        );
      });
      const bodyTop = headerHeight + 4;
      const bodyBottom = bodyTop + rowHeights.reduce((sum, h) => sum + h, 0);
      const marksMiddle = (r: number) =>
        bodyTop +
        (rowTops[r] ?? 0) +
        (stacked ? nameBlock(nameLines[r] ?? []) + type.label * 0.9 : (rowHeights[r] ?? 0) / 2);
      OFFENCE_COLUMNS.forEach((_, i) => {
        const x = scaleLinear()
          .domain([0, 100])
          .range([columnsX[i] ?? 0, (columnsX[i] ?? 0) + columnWidth]);
        const tickLabelsWidth =
          measure('0', type.small) + measure('50', type.small) + measure('100', type.small);
        const labelMiddle = columnWidth >= tickLabelsWidth + type.small * 2;
        // Stacked, the grid runs through each State's row of marks only, not its name or scores.
        const gridSpans = stacked
          ? shown.map((_, r) => {
              const middle = marksMiddle(r);
              return [middle - type.label * 0.8, middle + type.label * 0.8] as const;
            })
          : [[bodyTop, bodyBottom] as const];
        for (const tick of [0, 50, 100]) {
          for (const [y1, y2] of gridSpans)
            g.appendChild(
              svgElement(document, 'line', {
                x1: x(tick),
                x2: x(tick),
                y1,
                y2,
                stroke: tick === 50 ? MUTED : '#e0e0e0',
                'stroke-dasharray': tick === 50 ? '4,3' : 'none',
              }),
            );
          if (tick === 50 && !labelMiddle) continue;
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
        const y = bodyTop + (rowTops[r] ?? 0);
        const rowHeight = rowHeights[r] ?? 0;
        const cy = marksMiddle(r);
        const scoresY = stacked ? cy + type.label * 0.9 + type.small * 0.8 : cy;
        const picked = options.selected?.includes(row.iso3) ?? false;
        if (picked)
          g.insertBefore(
            svgElement(document, 'rect', {
              x: 0,
              y,
              width,
              height: rowHeight,
              fill: '#fff4cc',
              stroke: INK,
              'stroke-width': 1.5,
              'data-selected': 'true',
            }),
            g.firstChild,
          );
        else if (r % 2 === 0)
          g.insertBefore(
            svgElement(document, 'rect', { x: 0, y, width, height: rowHeight, fill: '#f7f9fb' }),
            g.firstChild,
          );
        const lines = nameLines[r] ?? [];
        const name = addText(document, g, lines.length > 2 && !stacked ? '' : (lines[0] ?? ''), {
          x: 0,
          y: stacked ? y + type.label * 1.1 : cy - (lines.length === 2 ? type.label * 0.6 : 0),
          ...(stacked ? {} : { dy: '0.32em' }),
          'data-iso3': row.iso3,
          ...(picked ? { 'font-weight': 700 } : {}),
        });
        if (stacked)
          lines.slice(1).forEach((line) => {
            const next = svgElement(document, 'tspan', { x: 0, dy: type.label * 1.2 });
            next.textContent = line;
            name.appendChild(next);
          });
        else if (lines.length > 2)
          name.textContent = fitText(localName(row, lang), nameWidth - 6, type.label, measure);
        else if (lines.length === 2) {
          const second = svgElement(document, 'tspan', { x: 0, dy: type.label * 1.2 });
          second.textContent = lines[1] ?? '';
          name.appendChild(second);
        }
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
          // A projected or printed page cannot be hovered: there every dot says its share,
          // beside it on the side where the column has room.
          if (onPage) {
            const value = formatPercent(cell.share, lang);
            const gap = Math.max(3.5, type.label * 0.33) + 4;
            const right = x(cell.share) + gap + measure(value, type.small) <= x(100);
            addText(
              document,
              g,
              value,
              {
                x: right ? x(cell.share) + gap : x(cell.share) - gap,
                y: cy,
                dy: '0.32em',
                'text-anchor': right ? 'start' : 'end',
                'font-size': type.small,
                stroke: '#ffffff',
                'stroke-width': 3,
                'paint-order': 'stroke',
                'data-value': '',
              },
              cell.obsIds,
            );
          }
        });
        row.scores.forEach((score, i) => {
          const cx = scoresX + i * scoreWidth + scoreWidth / 2;
          addText(
            document,
            g,
            score ? formatScore(score.score, lang) : '–',
            {
              x: cx,
              y: scoresY,
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
