import { svgElement, MUTED, type TypeScale } from '../frame';
import { addText } from '../plot-layer';
import { wrapText, type TextMeasurer } from '../text-measure';
import { translator } from '../../i18n';
import type { Lang } from '../../model/filters';
import { MARKET, labelOf } from '../../vocabulary/codes';
import { seriesLabel } from '../pipeline-chart';
import { OFFENCE_COLUMNS, SCORE_COLUMNS } from './state-rows';
import type { MarketsColumns } from './column-layout';

/** An offence over its adjacent columns (trafficking in persons over its three stages). */
interface OffenceGroup {
  market: string;
  first: number;
  count: number;
}

/** The wrapped lines, sizes and heights of the offence, stage and score headings. */
export interface MarketsHeadings {
  groups: OffenceGroup[];
  headingSize: number;
  groupHeadings: string[][];
  stageHeadings: string[][];
  groupLines: number;
  scoreHeading: string[];
  scoreLines: string[][];
  scoreSize: number;
  scoreLineHeight: number;
  /** Stacked: how far the upper tier of score headers stands above the lower. */
  lowerTierRise: number;
  /** Where the score headings begin: below the offence headings when stacked, else the top. */
  scoreTop: number;
  headerHeight: number;
}

interface HeadingContext {
  type: TypeScale;
  lang: Lang;
  measure: TextMeasurer;
  columns: MarketsColumns;
}

const offenceGroups = () =>
  OFFENCE_COLUMNS.reduce<OffenceGroup[]>((list, column, i) => {
    const last = list[list.length - 1];
    if (last && last.market === column.market) last.count++;
    else list.push({ market: column.market, first: i, count: 1 });
    return list;
  }, []);

const spanOf = (columns: MarketsColumns, count: number) =>
  count * columns.columnWidth + (count - 1) * columns.gap;

/**
 * Two-level headings: the offence over its columns, the stage over each column. They shrink
 * (by one point at most) until every line fits.
 */
function fitOffenceHeadings({ type, lang, measure, columns }: HeadingContext) {
  const groups = offenceGroups();
  const { columnWidth } = columns;
  const layoutAt = (size: number) => ({
    groups: groups.map((g) =>
      wrapText(labelOf(MARKET, g.market, lang), spanOf(columns, g.count), size, measure, true),
    ),
    stages: OFFENCE_COLUMNS.map((c) =>
      wrapText(seriesLabel(c.series, lang), columnWidth, size, measure),
    ),
  });
  const fitsAt = (size: number) => {
    const { groups: gl, stages } = layoutAt(size);
    return (
      gl.every((lines, i) =>
        lines.every((l) => measure(l, size, true) <= spanOf(columns, groups[i]?.count ?? 1)),
      ) && stages.every((lines) => lines.every((l) => measure(l, size) <= columnWidth))
    );
  };
  let headingSize = type.small;
  while (!fitsAt(headingSize) && headingSize > columns.smallest) headingSize -= 0.5;
  const { groups: groupHeadings, stages: stageHeadings } = layoutAt(headingSize);
  return { groups, headingSize, groupHeadings, stageHeadings };
}

/** Score headers, wrapped within their columns; the longest word sets the size. */
function fitScoreHeadings({ type, lang, measure, columns }: HeadingContext) {
  const { stacked, scoreWidth, smallest } = columns;
  const scoreLabels = SCORE_COLUMNS.map((market) => labelOf(MARKET, market, lang));
  const longestWord = Math.max(
    ...scoreLabels.flatMap((l) => l.split(/[ \t]+/).map((w) => measure(w, 1))),
  );
  // Stacked, the score headers alternate between two tiers, so that each may take the room
  // of two columns (German's long words are wider than a phone's fifth); the outer two, kept
  // inside the figure, take a column and a half.
  const last = SCORE_COLUMNS.length - 1;
  const scoreRoom = (i: number) =>
    !stacked ? scoreWidth - 4 : i === 0 || i === last ? scoreWidth * 1.5 - 4 : scoreWidth * 2 - 8;
  const scoreSize = Math.max(smallest, Math.min(type.small, scoreRoom(0) / longestWord));
  const scoreLines = scoreLabels.map((l, i) => wrapText(l, scoreRoom(i), scoreSize, measure));
  // The browser's line box of a phone's wrapped headers is taller than the desktop's 1.15.
  const scoreLineHeight = scoreSize * (stacked ? 1.3 : 1.15);
  const tierLines = (tier: number) =>
    Math.max(0, ...scoreLines.filter((_, i) => i % 2 === tier).map((l) => l.length));
  const lowerTierRise = stacked ? tierLines(1) * scoreLineHeight + scoreSize * 0.4 : 0;
  const scoreLabelsHeight = stacked
    ? lowerTierRise + tierLines(0) * scoreLineHeight
    : Math.max(...scoreLines.map((l) => l.length)) * scoreLineHeight;
  const scoreHeading = wrapText(
    translator(lang)('marketsScoreHeading'),
    columns.scoresTotal,
    type.small,
    measure,
    true,
  );
  return { scoreLines, scoreSize, scoreLineHeight, lowerTierRise, scoreLabelsHeight, scoreHeading };
}

export function measureMarketsHeadings(context: HeadingContext): MarketsHeadings {
  const { type, columns } = context;
  const offence = fitOffenceHeadings(context);
  const score = fitScoreHeadings(context);
  const groupLines = Math.max(...offence.groupHeadings.map((l) => l.length));
  const stageLines = Math.max(...offence.stageHeadings.map((l) => l.length));
  const offenceHeadingHeight = offence.headingSize * (0.6 + (groupLines + stageLines) * 1.2) + 6;
  const scoreHeadingHeight =
    type.small * (0.8 + score.scoreHeading.length * 1.2) + score.scoreLabelsHeight + 4;
  // Stacked, the score headings stand below the offence headings rather than beside them.
  const scoreTop = columns.stacked ? Math.round(offenceHeadingHeight + type.small * 0.6) : 0;
  const headerHeight = columns.stacked
    ? Math.round(scoreTop + scoreHeadingHeight)
    : Math.round(Math.max(type.label * 4.2, offenceHeadingHeight, scoreHeadingHeight));
  return { ...offence, ...score, groupLines, scoreTop, headerHeight };
}

interface HeadingPen extends HeadingContext {
  document: Document;
  g: SVGGElement;
  width: number;
}

function drawOffenceHeadings(pen: HeadingPen, headings: MarketsHeadings): void {
  const { document, g, measure, columns } = pen;
  const { headingSize, groupLines } = headings;
  headings.groups.forEach((group, i) => {
    const x0 = columns.columnsX[group.first] ?? 0;
    const span = spanOf(columns, group.count);
    const lines = headings.groupHeadings[i] ?? [];
    // Stacked, a heading word wider than its one column ends at the figure's edge instead.
    const atEnd = columns.stacked && lines.some((line) => measure(line, headingSize, true) > span);
    lines.forEach((line, l) =>
      addText(document, g, line, {
        x: atEnd ? x0 + span : x0,
        y: headingSize * (1 + l * 1.2),
        'font-size': headingSize,
        'font-weight': 700,
        ...(atEnd ? { 'text-anchor': 'end' } : {}),
      }),
    );
    g.appendChild(
      svgElement(document, 'line', {
        x1: x0,
        x2: x0 + span,
        y1: headingSize * (1.4 + (groupLines - 1) * 1.2),
        y2: headingSize * (1.4 + (groupLines - 1) * 1.2),
        stroke: MUTED,
      }),
    );
  });
  headings.stageHeadings.forEach((lines, i) => {
    lines.forEach((line, l) =>
      addText(document, g, line, {
        x: columns.columnsX[i] ?? 0,
        y: headingSize * (1 + (groupLines + l) * 1.2) + 6,
        'font-size': headingSize,
      }),
    );
  });
}

function drawScoreHeadings(pen: HeadingPen, headings: MarketsHeadings): void {
  const { document, g, type, measure, columns, width } = pen;
  const { scoreSize, scoreLineHeight, headerHeight } = headings;
  const { stacked, scoresX, scoreWidth } = columns;
  headings.scoreHeading.forEach((line, l) =>
    addText(document, g, line, {
      x: scoresX,
      y: headings.scoreTop + type.small * (1 + l * 1.2),
      'font-size': type.small,
      'font-weight': 700,
    }),
  );
  headings.scoreLines.forEach((lines, i) => {
    const middle = scoresX + i * scoreWidth + scoreWidth / 2;
    const half = Math.max(...lines.map((line) => measure(line, scoreSize))) / 2;
    const cx = stacked ? Math.min(Math.max(middle, half), width - half) : middle;
    const rise = stacked && i % 2 === 0 ? headings.lowerTierRise : 0;
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
}

/** The offence and stage headings over their columns, then the score headings. */
export function drawMarketsHeadings(pen: HeadingPen, headings: MarketsHeadings): void {
  drawOffenceHeadings(pen, headings);
  drawScoreHeadings(pen, headings);
}
