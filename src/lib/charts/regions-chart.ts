import { scaleLinear } from 'd3';
import { shareGrid } from './share-grid';
import {
  methodNote,
  buildFigureFrame,
  frameBase,
  svgElement,
  INK,
  MUTED,
  type FigureOptions,
} from './frame';
import { addText } from './plot-layer';
import { wrapText } from './text-measure';
import { formatCount, formatPercent, translator, joinSemicolon } from '../i18n';
import { localName } from '../i18n/names';
import { SUBREGION, labelOf } from '../vocabulary/codes';
import { formatShareWithInterval } from '../method/figure-values';
import { clearlyExtreme } from '../method/interval';
import type { GroupShare } from '../method/shares';
import type { StateShareRow } from '../model/rows';
import type { Lang } from '../model/filters';
import { BAR_COLOUR } from './states-chart';
import type { CountFigureText } from './count-figure';

export interface RegionsChartOptions extends FigureOptions {
  text: CountFigureText;
  /** The subregions of this page, when the chart is split over several. */
  range?: [number, number];
}

/** Subregions ranked by pooled share and by median of State shares, where both exist. */
export function rankOrders(groups: GroupShare[]): { pooled: string[]; median: string[] } {
  const both = groups.filter((g) => g.pooledShare !== null && g.medianShare !== null);
  return {
    pooled: [...both]
      .sort((a, b) => (b.pooledShare ?? 0) - (a.pooledShare ?? 0))
      .map((g) => g.group),
    median: [...both]
      .sort((a, b) => (b.medianShare ?? 0) - (a.medianShare ?? 0))
      .map((g) => g.group),
  };
}

export function regionsSummary(
  groups: GroupShare[],
  lang: Lang,
  emptyReason?: string | null,
): string {
  const t = translator(lang);
  const withShare = groups
    .filter((g) => g.pooledShare !== null)
    .sort((a, b) => (b.pooledShare ?? 0) - (a.pooledShare ?? 0));
  if (withShare.length === 0) return emptyReason ?? t('regionsSummaryEmpty');
  const describe = (g: GroupShare) =>
    t('regionsDescribe', {
      region: labelOf(SUBREGION, g.group, lang),
      share: formatShareWithInterval(g.pooledShare ?? 0, g.pooledInterval, lang),
      women: formatCount(g.pooledWomen, lang),
      denominator: formatCount(g.pooledDenominator, lang),
      states: g.statesPooled,
    });
  // A subregion is "the highest" only when its pooled interval lies wholly above all others.
  const highest = clearlyExtreme(withShare, (g) => g.pooledInterval, 'highest');
  const lowest = clearlyExtreme(withShare, (g) => g.pooledInterval, 'lowest');
  const parts: string[] = [];
  if (withShare.length === 1) parts.push(`${describe(withShare[0] as GroupShare)}.`);
  else {
    parts.push(
      highest
        ? t('regionsHighest', { region: describe(highest) })
        : t('regionsTop', { regions: joinSemicolon(withShare.map(describe), lang) }),
    );
    if (lowest) parts.push(t('regionsLowest', { region: describe(lowest) }));
  }
  const missing = groups.length - withShare.length;
  if (missing) parts.push(t('regionsMissing', { missing }));
  const { pooled, median } = rankOrders(groups);
  if (pooled.join() !== median.join()) parts.push(t('regionsRankDiffer'));
  return parts.join(' ');
}

/**
 * Pooled share per subregion as a bar with the interval of the pooled counts, each State as a
 * dot, the median of State shares as a tick; under each subregion, the States and years behind it.
 */
export function buildRegionsChart(
  groups: GroupShare[],
  states: StateShareRow[],
  options: RegionsChartOptions,
): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const excluded = groups.reduce((n, g) => n + g.suppressedExcluded, 0);
  const totalBasis = groups.reduce((n, g) => n + g.totalBasisExcluded, 0);
  const { pooled, median } = rankOrders(groups);
  const notes = [
    methodNote(t('regionsNoteMethod')),
    methodNote(t('regionsNoteInterval')),
    { text: t('regionsNoteExcluded', { suppressed: excluded, totalBasis }) },
  ];
  if (pooled.join() !== median.join())
    notes.push({
      kind: 'method',
      text: t('regionsNoteRanks', {
        pooled: pooled.map((g) => labelOf(SUBREGION, g, lang)).join(' > '),
        median: median.map((g) => labelOf(SUBREGION, g, lang)).join(' > '),
      }),
    });
  notes.push({ text: t('noteDefinitions') }, { text: t('noteSubregions') });
  if (options.text.offenceNote) notes.push({ text: options.text.offenceNote });
  const byIso3 = new Map(states.map((s) => [s.iso3, s]));
  const membersOf = (group: GroupShare) =>
    group.members.length === 0
      ? t('regionsNoMembers')
      : group.members
          .map((m) => {
            const state = byIso3.get(m.iso3);
            const name = state ? localName(state, lang) : m.iso3;
            return `${name} ${m.year ?? ''}${m.pooled ? '' : '†'}`.trim();
          })
          .join(', ');
  // A fixed page (slide, A4) holds one row per subregion, so that one page compares them all;
  // the States and years behind each go to one note.
  const onPage = layout.height !== null;
  if (onPage)
    notes.unshift({
      text: t('regionsMembers', {
        states: joinSemicolon(
          groups.map((g) => `${labelOf(SUBREGION, g.group, lang)}: ${membersOf(g)}`),
          lang,
        ),
      }),
    });
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: t('regionsTitle', { title: options.text.title }),
      subtitle: t(onPage ? 'regionsSubtitlePage' : 'regionsSubtitle'),
      sourceLine: options.text.sourceLine,
      notes,
      summary: regionsSummary(groups, lang, options.emptyReason),
      figureId: 'regions',
      empty: groups.every((g) => g.statesWithShare === 0),
    },
    (layer, width, maxHeight, measure) => {
      /** The rows drawn with `spread` more room each, to fill a fixed page. */
      const drawRows = (spread: number) => {
        // On a fixed page the value label gets the room the States and years had, to stay on one line.
        const labelRoom = Math.min(
          Math.round(type.label * (onPage ? 30 : 24)),
          Math.round(width * 0.4),
        );
        // On a narrow figure (a phone) a subregion's name goes on its own line above its bar
        // rather than being cut at the figure's left edge.
        const besideRoom = onPage
          ? Math.min(Math.round(type.label * 16), Math.round(width * 0.28))
          : Math.min(Math.round(type.label * 12), Math.round(width * 0.24));
        const widestName = Math.max(
          ...groups.map((group) =>
            measure(labelOf(SUBREGION, group.group, lang), type.label, true),
          ),
        );
        const stacked = widestName > besideRoom - 8;
        const nameRoom = stacked ? 0 : besideRoom;
        const x = scaleLinear()
          .domain([0, 100])
          .range([nameRoom, width - labelRoom]);
        const g = svgElement(document, 'g', { 'font-size': type.label, fill: INK });
        const barHeight = Math.round(type.label * (onPage ? 1.15 : 1.4) + spread / 2);
        let y = Math.round(type.label * 1.6);
        addText(document, g, t('parity'), {
          x: x(50),
          y: y - 6,
          'text-anchor': 'middle',
          'font-size': type.small,
          fill: MUTED,
        });
        const rowsTop = y;
        const [start, end] = options.range ?? [0, groups.length];
        for (const group of groups.slice(start, end)) {
          addText(document, g, labelOf(SUBREGION, group.group, lang), {
            x: stacked ? 0 : nameRoom - 8,
            y: stacked ? y + type.label : y + barHeight / 2,
            dy: '0.32em',
            'text-anchor': stacked ? 'start' : 'end',
            'font-weight': 700,
            'data-group': group.group,
          });
          if (stacked) y += Math.round(type.label * 2);
          if (group.pooledShare !== null) {
            g.appendChild(
              svgElement(document, 'rect', {
                x: x(0),
                y,
                width: Math.max(1, x(group.pooledShare) - x(0)),
                height: barHeight,
                fill: BAR_COLOUR,
                'fill-opacity': group.pooledSmallCount ? 0.15 : 0.35,
                stroke: BAR_COLOUR,
                'data-group': group.group,
              }),
            );
            if (group.pooledInterval) {
              const cy = y + barHeight / 2;
              g.appendChild(
                svgElement(document, 'line', {
                  x1: x(group.pooledInterval.low),
                  x2: x(group.pooledInterval.high),
                  y1: cy,
                  y2: cy,
                  stroke: INK,
                  'stroke-width': 1.2,
                }),
              );
            }
          }
          if (group.medianShare !== null)
            g.appendChild(
              svgElement(document, 'line', {
                x1: x(group.medianShare),
                x2: x(group.medianShare),
                y1: y - 3,
                y2: y + barHeight + 3,
                stroke: INK,
                'stroke-width': 2.5,
              }),
            );
          for (const member of group.members) {
            const state = byIso3.get(member.iso3);
            if (!state || state.share === null) continue;
            const dot = svgElement(document, 'circle', {
              cx: x(state.share),
              cy: y + barHeight / 2,
              r: Math.max(3.5, type.label * 0.32),
              fill: state.smallCount ? '#ffffff' : BAR_COLOUR,
              stroke: state.smallCount ? BAR_COLOUR : '#ffffff',
              'data-iso3': state.iso3,
              'data-obs-id': state.obsIds.join(' '),
            });
            const title = svgElement(document, 'title');
            title.textContent = `${localName(state, lang)} (${state.year}): ${formatShareWithInterval(state.share, state.interval, lang)}`;
            dot.appendChild(title);
            g.appendChild(dot);
          }
          const label =
            group.pooledShare === null
              ? t('regionsNoPool', { states: group.statesWithShare })
              : t('regionsLabel', {
                  pooled: formatShareWithInterval(group.pooledShare, group.pooledInterval, lang),
                  women: formatCount(group.pooledWomen, lang),
                  denominator: formatCount(group.pooledDenominator, lang),
                  median: group.medianShare === null ? '–' : formatPercent(group.medianShare, lang),
                });
          const labelLines = wrapText(label, labelRoom - 8, type.label, measure);
          labelLines.forEach((line, i) =>
            addText(
              document,
              g,
              line,
              {
                x: x(100) + 8,
                y: y + type.label * (1 + i * 1.25),
                'data-group': group.group,
              },
              i === 0 ? group.obsIds : [],
            ),
          );
          // Under the bar only, clear of the value label on the right; on a fixed page, in the notes.
          const memberLines = onPage
            ? []
            : wrapText(
                group.members.length === 0
                  ? membersOf(group)
                  : t('regionsMembers', { states: membersOf(group) }),
                x(100) - nameRoom,
                type.small,
                measure,
              );
          let lineY = y + barHeight + (onPage ? 0 : type.small * 1.3);
          for (const line of memberLines) {
            addText(document, g, line, {
              x: nameRoom,
              y: lineY,
              'font-size': type.small,
              fill: MUTED,
            });
            lineY += type.small * 1.3;
          }
          y =
            Math.max(lineY, y + labelLines.length * type.label * 1.25) +
            type.label * (onPage ? 0.3 : 0.8) +
            spread / 2;
        }
        const grid = shareGrid(document, {
          axis: 'x',
          at: x,
          span: [rowsTop - 2, y - type.label * 0.5],
          labelAt: y + type.small,
          fontSize: type.small,
        });
        g.insertBefore(grid, g.firstChild);
        addText(document, g, t('axisShare'), {
          x: (x(0) + x(100)) / 2,
          y: y + type.small * 2.6,
          'text-anchor': 'middle',
          'font-size': type.small,
          fill: MUTED,
        });
        return { g, height: y + type.small * 3 };
      };
      let drawn = drawRows(0);
      const [first, last] = options.range ?? [0, groups.length];
      // A slide or page that the rows leave half empty gives them the room instead, within reason.
      if (onPage && maxHeight !== null && last > first && drawn.height < maxHeight)
        drawn = drawRows(
          Math.min(Math.floor((maxHeight - drawn.height) / (last - first)) - 1, type.label * 1.5),
        );
      layer.appendChild(drawn.g);
      return drawn.height;
    },
  );
}
