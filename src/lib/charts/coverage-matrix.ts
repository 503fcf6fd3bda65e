import {
  buildFigureFrame,
  frameBase,
  svgElement,
  INK,
  MUTED,
  type FigureOptions,
  type FrameNote,
} from './frame';
import { addText } from './plot-layer';
import { fitText, wrapText } from './text-measure';
import { translator } from '../i18n';
import { localName } from '../i18n/names';
import { COVERAGE_STATUS, STAGE, labelOf } from '../vocabulary/codes';
import type { CoverageCell } from '../model/rows';
import type { Lang } from '../model/filters';
import { COUNT_STAGES } from '../model/stages';
import { seriesLabel } from './pipeline-chart';

export const MATRIX_STAGES = COUNT_STAGES;
export const OTHER_STAGES = [
  'arrested',
  'suspected',
  'imprisoned',
  'witness_protection',
  'exit_programme',
] as const;
/**
 * Five states drawn apart: a number for women, a number for men only (women suppressed or not
 * given), suppressed counts, totals only, nothing.
 */
export const STATUS_ORDER = ['published', 'men_only', 'suppressed', 'total_only', 'none'] as const;
export const COVERAGE_FILL: Record<string, string> = {
  published: '#2c7fb8',
  men_only: '#9ecae1',
  suppressed: 'url(#coverage-suppressed)',
  total_only: '#bdbdbd',
  none: '#ffffff',
};

export interface CoverageOptions extends FigureOptions {
  title: string;
  subtitle: string;
  yearFrom: number;
  yearTo: number;
  sourcesLine: string;
  notes?: FrameNote[];
  range?: [number, number];
  /** What the figure says, when not the count of study States (a State's profile). */
  summary?: string;
  /** Rows other than States (a State's profile: one row per offence). */
  rows?: { key: (cell: CoverageCell) => string; label: (key: string, lang: Lang) => string };
}

/** The States of the matrix, in name order in the figure's language. */
export function coverageStates(cells: CoverageCell[], lang: Lang): CoverageCell[] {
  return [...new Map(cells.map((c) => [c.iso3, c])).values()].sort((a, b) =>
    localName(a, lang).localeCompare(localName(b, lang), lang),
  );
}

export function coverageSummary(cells: CoverageCell[], lang: Lang): string {
  const t = translator(lang);
  const study = [...new Set(cells.filter((c) => c.inStudy).map((c) => c.iso3))];
  const count = (stage: string, status: CoverageCell['status']) =>
    study.filter((iso3) =>
      cells.some((c) => c.iso3 === iso3 && c.stage === stage && c.status === status),
    ).length;
  // A State counts under its best status at a stage over the period (a number for women first).
  const best = (iso3: string, stage: string) =>
    bestStatus(cells.filter((c) => c.iso3 === iso3 && c.stage === stage).map((c) => c.status));
  const onlyAs = (stage: string, status: CoverageCell['status']) =>
    study.filter((iso3) => best(iso3, stage) === status).length;
  const onlySuppressed = (stage: string) => onlyAs(stage, 'suppressed');
  const menOnly = {
    menContact: onlyAs('formal_contact', 'men_only'),
    menProsecuted: onlyAs('prosecuted', 'men_only'),
    menConvicted: onlyAs('convicted', 'men_only'),
  };
  const suppressed = {
    suppressedContact: onlySuppressed('formal_contact'),
    suppressedProsecuted: onlySuppressed('prosecuted'),
    suppressedConvicted: onlySuppressed('convicted'),
  };
  const published = t('coverageSummary', {
    study: study.length,
    contact: count('formal_contact', 'published'),
    prosecuted: count('prosecuted', 'published'),
    convicted: count('convicted', 'published'),
  });
  // A number for men only and suppressed (<5) are never counted as publishing a number for
  // women; each is said apart, when there is any.
  return [
    published,
    Object.values(menOnly).some((n) => n > 0) ? t('coverageSummaryMenOnly', menOnly) : null,
    Object.values(suppressed).some((n) => n > 0)
      ? t('coverageSummarySuppressed', suppressed)
      : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The best status over a set of cells: a number for women, then men only, suppressed, totals only, none. */
export function bestStatus(
  statuses: (CoverageCell['status'] | undefined)[],
): CoverageCell['status'] {
  return STATUS_ORDER.find((s) => statuses.includes(s)) ?? 'none';
}

/** For every State: by stage and year, numbers by sex, suppressed, totals only, or nothing. */
export function buildCoverageMatrix(
  cells: CoverageCell[],
  options: CoverageOptions,
): SVGSVGElement {
  const { document, lang, layout } = options;
  const { type } = layout;
  const t = translator(lang);
  const years = Array.from(
    { length: options.yearTo - options.yearFrom + 1 },
    (_, i) => options.yearFrom + i,
  );
  const rowKey = options.rows?.key ?? ((c: CoverageCell) => c.iso3);
  const allStates = options.rows
    ? [...new Map(cells.map((c) => [rowKey(c), c])).values()]
    : coverageStates(cells, lang);
  const [start, end] = options.range ?? [0, allStates.length];
  const states = allStates.slice(start, end);
  const byKey = new Map(cells.map((c) => [`${rowKey(c)}|${c.stage}|${c.year}`, c]));
  const notes: FrameNote[] = [{ text: t('coverageNote') }, ...(options.notes ?? [])];
  if (states.some((s) => s.iso3 === 'XKX')) notes.push({ text: t('noteKosovo') });
  return buildFigureFrame(
    {
      ...frameBase(options),
      title: options.title,
      subtitle: options.subtitle,
      sourceLine: options.sourcesLine,
      notes,
      summary: options.summary ?? coverageSummary(cells, lang),
      figureId: 'coverage',
      empty: allStates.length === 0,
    },
    (layer, width, _maxHeight, measure) => {
      const nameWidth = Math.min(type.label * 15, Math.round(width * 0.28));
      const columns = MATRIX_STAGES.length * years.length + OTHER_STAGES.length;
      const gap = 6;
      // Headings in full: a stage's columns are at least as wide as its longest word, and the
      // upright headings of the other stages set the header's height.
      const groupLabels = MATRIX_STAGES.map((stage) => seriesLabel(stage, lang));
      const longestWord = Math.max(
        ...groupLabels.flatMap((l) =>
          l.split(/[ \t\n\r]+/).map((w) => measure(w, type.small, true)),
        ),
      );
      const fitted = Math.floor((width - nameWidth - gap * MATRIX_STAGES.length) / columns);
      const cell = Math.max(
        6,
        Math.min(Math.max(type.label * 1.9, Math.ceil((longestWord + 4) / years.length)), fitted),
      );
      // Where a stage's longest word is wider than its columns (a phone), its heading is set
      // smaller rather than run into the next stage's.
      const groupWidth = years.length * cell + gap - 2;
      const headingSize =
        longestWord <= groupWidth
          ? type.small
          : Math.max(7, Math.floor((type.small * groupWidth * 2) / longestWord) / 2);
      const groupLines = groupLabels.map((l) =>
        wrapText(l, groupWidth, headingSize, measure, true),
      );
      // A row named by its offence (a State's profile) wraps to two lines rather than being cut.
      const nameLines = states.map((state) => {
        const name = options.rows
          ? options.rows.label(rowKey(state), lang)
          : `${state.inStudy ? '★ ' : ''}${localName(state, lang)}`;
        if (!options.rows) return [fitText(name, nameWidth - 8, type.small, measure)];
        const lines = wrapText(name, nameWidth - 8, type.small, measure);
        return lines.length <= 2
          ? lines
          : [lines[0] ?? '', fitText(lines.slice(1).join(' '), nameWidth - 8, type.small, measure)];
      });
      const twoLines = nameLines.some((lines) => lines.length > 1);
      const rowHeight = Math.round(type.label * (twoLines ? 2.5 : 1.3));
      const otherSize = Math.min(type.small, cell - 3);
      const headerHeight = Math.round(
        Math.max(
          type.label * 4,
          type.small * 1.5 +
            Math.max(...OTHER_STAGES.map((st) => measure(labelOf(STAGE, st, lang), otherSize))),
          type.small * (1.2 * Math.max(...groupLines.map((l) => l.length)) + 2.2),
        ),
      );
      const g = svgElement(document, 'g', {
        'aria-label': t('ariaCoverage'),
        'font-size': type.small,
      });
      const defs = svgElement(document, 'defs');
      const pattern = svgElement(document, 'pattern', {
        id: 'coverage-suppressed',
        width: 5,
        height: 5,
        patternUnits: 'userSpaceOnUse',
      });
      pattern.append(
        svgElement(document, 'rect', { width: 5, height: 5, fill: '#c6dbef' }),
        svgElement(document, 'circle', { cx: 2.5, cy: 2.5, r: 1.1, fill: '#2c7fb8' }),
      );
      defs.appendChild(pattern);
      g.appendChild(defs);
      const columnX: { stage: string; year: number | null; x: number }[] = [];
      let x = nameWidth;
      MATRIX_STAGES.forEach((stage, s) => {
        (groupLines[s] ?? []).forEach((line, l) =>
          addText(document, g, line, {
            x,
            y: type.small * (1 + 1.2 * l),
            'font-weight': 700,
            ...(headingSize < type.small ? { 'font-size': headingSize } : {}),
          }),
        );
        for (const year of years) {
          columnX.push({ stage, year, x });
          addText(document, g, String(year).slice(2), {
            x: x + cell / 2,
            y: headerHeight - 4,
            'text-anchor': 'middle',
            fill: MUTED,
            'font-size': Math.min(type.small, cell * 0.8),
          });
          x += cell;
        }
        x += gap;
      });
      for (const stage of OTHER_STAGES) {
        columnX.push({ stage, year: null, x });
        const size = otherSize;
        addText(document, g, labelOf(STAGE, stage, lang), {
          x: x + cell / 2 + size / 3,
          y: headerHeight - 4,
          transform: `rotate(-90 ${x + cell / 2 + size / 3} ${headerHeight - 4})`,
          fill: MUTED,
          'font-size': size,
        });
        x += cell;
      }
      states.forEach((state, i) => {
        const y = headerHeight + i * rowHeight;
        const key = rowKey(state);
        const name = options.rows
          ? options.rows.label(key, lang)
          : `${state.inStudy ? '★ ' : ''}${localName(state, lang)}`;
        const lines = nameLines[i] ?? [name];
        lines.forEach((line, j) =>
          addText(document, g, line, {
            x: 0,
            y: !twoLines
              ? y + rowHeight * 0.75
              : y +
                rowHeight / 2 +
                (j - (lines.length - 1) / 2) * type.small * 1.15 +
                type.small * 0.35,
            'font-weight': state.inStudy && !options.rows ? 700 : 400,
            fill: INK,
            'data-iso3': state.iso3,
          }),
        );
        for (const column of columnX) {
          const status =
            column.year === null
              ? bestStatus(years.map((yr) => byKey.get(`${key}|${column.stage}|${yr}`)?.status))
              : (byKey.get(`${key}|${column.stage}|${column.year}`)?.status ?? 'none');
          const ids =
            column.year === null
              ? []
              : (byKey.get(`${key}|${column.stage}|${column.year}`)?.obsIds ?? []);
          const rect = svgElement(document, 'rect', {
            x: column.x + 0.5,
            y: y + 1,
            width: cell - 1,
            height: rowHeight - 2,
            fill: COVERAGE_FILL[status] ?? '#fff',
            stroke: '#d0d0d0',
            'stroke-width': 0.5,
            'data-status': status,
            'data-stage': column.stage,
            'data-iso3': state.iso3,
          });
          if (column.year !== null) rect.setAttribute('data-year', String(column.year));
          // Statuses, not numbers: the rows behind them are listed, not tagged as figures.
          if (ids.length) rect.setAttribute('data-row-ids', ids.join(' '));
          const title = svgElement(document, 'title');
          title.textContent = `${name}, ${labelOf(STAGE, column.stage, lang)}${column.year ? `, ${column.year}` : ''}: ${labelOf(COVERAGE_STATUS, status, lang)}`;
          rect.appendChild(title);
          g.appendChild(rect);
        }
      });
      const legendY = headerHeight + states.length * rowHeight + type.label;
      let lx = 0;
      let ly = legendY;
      for (const status of STATUS_ORDER) {
        const label = labelOf(COVERAGE_STATUS, status, lang);
        // A key longer than the figure (a phone in French or German) wraps on a row of its own.
        const lines = wrapText(label, width - 18, type.label, measure);
        const itemWidth = lines.length > 1 ? width : 22 + measure(label, type.label) + 18;
        if (lx > 0 && lx + itemWidth > width) {
          lx = 0;
          ly += type.label * 1.6;
        }
        g.appendChild(
          svgElement(document, 'rect', {
            x: lx,
            y: ly,
            width: 14,
            height: type.label,
            fill: COVERAGE_FILL[status] ?? '#fff',
            stroke: '#9e9e9e',
          }),
        );
        lines.forEach((line, i) =>
          addText(document, g, line, {
            x: lx + 18,
            y: ly + type.label * (0.85 + 1.3 * i),
            'font-size': type.label,
          }),
        );
        ly += type.label * 1.3 * (lines.length - 1);
        lx += itemWidth;
      }
      // Wrapped: on a phone the key to the star is wider than the figure.
      const markLines = options.rows
        ? []
        : wrapText(t('coverageStudyMark'), width, type.label, measure);
      markLines.forEach((line, i) =>
        addText(document, g, line, {
          x: 0,
          y: ly + type.label * (2.4 + 1.3 * i),
          'font-size': type.label,
        }),
      );
      layer.appendChild(g);
      return ly + type.label * (options.rows ? 1.6 : 3 + 1.3 * Math.max(0, markLines.length - 1));
    },
  );
}
