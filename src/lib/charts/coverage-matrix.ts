import { buildFigureFrame, svgElement, INK, MUTED } from './frame';
import { addText } from './plot-layer';
import { fitText, type TextMeasurer } from './text-measure';
import { measureWithFontMetrics } from './font-measure';
import { translator } from '../i18n';
import { COVERAGE_STATUS, STAGE, labelOf } from '../vocabulary/codes';
import type { CoverageCell } from '../model/rows';
import type { Lang } from '../model/filters';
import { seriesLabel } from './pipeline-chart';

export const MATRIX_STAGES = ['formal_contact', 'prosecuted', 'convicted'] as const;
export const OTHER_STAGES = [
  'arrested',
  'suspected',
  'imprisoned',
  'witness_protection',
  'exit_programme',
] as const;
export const COVERAGE_FILL: Record<string, string> = {
  sex_disaggregated: '#2c7fb8',
  total_only: '#bdbdbd',
  none: '#ffffff',
};

export interface CoverageOptions {
  document: Document;
  lang: Lang;
  width: number;
  yearFrom: number;
  yearTo: number;
  sourcesLine: string;
  measure?: TextMeasurer;
}

export function coverageSummary(cells: CoverageCell[], lang: Lang): string {
  const t = translator(lang);
  const study = [...new Set(cells.filter((c) => c.inStudy).map((c) => c.iso3))];
  const bySex = (stage: string) =>
    study.filter((iso3) =>
      cells.some((c) => c.iso3 === iso3 && c.stage === stage && c.status === 'sex_disaggregated'),
    ).length;
  return t('coverageSummary', {
    study: study.length,
    contact: bySex('formal_contact'),
    prosecuted: bySex('prosecuted'),
    convicted: bySex('convicted'),
  });
}

/** For every State: by stage and year, figures by sex, totals only, or nothing. */
export function buildCoverageMatrix(
  cells: CoverageCell[],
  options: CoverageOptions,
): SVGSVGElement {
  const { document, lang } = options;
  const t = translator(lang);
  const years = Array.from(
    { length: options.yearTo - options.yearFrom + 1 },
    (_, i) => options.yearFrom + i,
  );
  const states = [...new Map(cells.map((c) => [c.iso3, c])).values()].sort((a, b) =>
    lang === 'fr' ? a.nameFr.localeCompare(b.nameFr, 'fr') : a.nameEn.localeCompare(b.nameEn, 'en'),
  );
  const byKey = new Map(cells.map((c) => [`${c.iso3}|${c.stage}|${c.year}`, c]));
  return buildFigureFrame(
    {
      document,
      width: options.width,
      title: t('coverageTitle'),
      subtitle: t('coverageSubtitle', { from: options.yearFrom, to: options.yearTo }),
      sourceLine: options.sourcesLine,
      notes: [{ text: t('coverageNote') }, { text: t('noteKosovo') }],
      summary: coverageSummary(cells, lang),
      figureId: 'coverage',
      lang,
      ...(options.measure ? { measure: options.measure } : {}),
    },
    (layer, width) => {
      const nameWidth = Math.min(190, Math.round(width * 0.28));
      const columns = MATRIX_STAGES.length * years.length + OTHER_STAGES.length;
      const gap = 6;
      const cell = Math.max(
        6,
        Math.min(22, Math.floor((width - nameWidth - gap * MATRIX_STAGES.length) / columns)),
      );
      const rowHeight = 15;
      const headerHeight = 104;
      const measure = options.measure ?? measureWithFontMetrics;
      const g = svgElement(document, 'g', { 'aria-label': 'coverage matrix', 'font-size': 11 });
      const columnX: { stage: string; year: number | null; x: number }[] = [];
      let x = nameWidth;
      for (const stage of MATRIX_STAGES) {
        addText(document, g, seriesLabel(stage, lang), {
          x,
          y: 12,
          'font-weight': 700,
        });
        for (const year of years) {
          columnX.push({ stage, year, x });
          addText(document, g, String(year).slice(2), {
            x: x + cell / 2,
            y: headerHeight - 4,
            'text-anchor': 'middle',
            fill: MUTED,
            'font-size': 9,
          });
          x += cell;
        }
        x += gap;
      }
      for (const stage of OTHER_STAGES) {
        columnX.push({ stage, year: null, x });
        // Vertical labels: each stays within its own column, however narrow.
        const size = Math.min(9, cell - 3);
        addText(
          document,
          g,
          fitText(labelOf(STAGE, stage, lang), headerHeight - 24, size, measure),
          {
            x: x + cell / 2 + size / 3,
            y: headerHeight - 4,
            transform: `rotate(-90 ${x + cell / 2 + size / 3} ${headerHeight - 4})`,
            fill: MUTED,
            'font-size': size,
          },
        );
        x += cell;
      }
      states.forEach((state, i) => {
        const y = headerHeight + i * rowHeight;
        addText(
          document,
          g,
          `${state.inStudy ? '★ ' : ''}${lang === 'fr' ? state.nameFr : state.nameEn}`,
          {
            x: 0,
            y: y + 11,
            'font-weight': state.inStudy ? 700 : 400,
            fill: INK,
            'data-iso3': state.iso3,
          },
        );
        for (const column of columnX) {
          const found =
            column.year === null
              ? ((['sex_disaggregated', 'total_only', 'none'] as const)
                  .map((status) =>
                    years.some(
                      (yr) => byKey.get(`${state.iso3}|${column.stage}|${yr}`)?.status === status,
                    )
                      ? status
                      : null,
                  )
                  .find((s) => s !== null) ?? 'none')
              : (byKey.get(`${state.iso3}|${column.stage}|${column.year}`)?.status ?? 'none');
          const ids =
            column.year === null
              ? []
              : (byKey.get(`${state.iso3}|${column.stage}|${column.year}`)?.obsIds ?? []);
          const rect = svgElement(document, 'rect', {
            x: column.x + 0.5,
            y: y + 1,
            width: cell - 1,
            height: rowHeight - 2,
            fill: COVERAGE_FILL[found] ?? '#fff',
            stroke: '#d0d0d0',
            'stroke-width': 0.5,
            'data-status': found,
            'data-stage': column.stage,
            'data-iso3': state.iso3,
          });
          if (column.year !== null) rect.setAttribute('data-year', String(column.year));
          // Statuses, not numbers: the rows behind them are listed, not tagged as figures.
          if (ids.length) rect.setAttribute('data-row-ids', ids.join(' '));
          const title = svgElement(document, 'title');
          title.textContent = `${state.nameEn}, ${labelOf(STAGE, column.stage, lang)}${column.year ? `, ${column.year}` : ''}: ${labelOf(COVERAGE_STATUS, found, lang)}`;
          rect.appendChild(title);
          g.appendChild(rect);
        }
      });
      const legendY = headerHeight + states.length * rowHeight + 12;
      let lx = 0;
      for (const status of ['sex_disaggregated', 'total_only', 'none'] as const) {
        g.appendChild(
          svgElement(document, 'rect', {
            x: lx,
            y: legendY,
            width: 14,
            height: 12,
            fill: COVERAGE_FILL[status] ?? '#fff',
            stroke: '#9e9e9e',
          }),
        );
        const label = labelOf(COVERAGE_STATUS, status, lang);
        addText(document, g, label, { x: lx + 18, y: legendY + 10, 'font-size': 12 });
        lx += 40 + label.length * 7;
      }
      addText(document, g, t('coverageStudyMark'), { x: 0, y: legendY + 30, 'font-size': 12 });
      layer.appendChild(g);
      return legendY + 40;
    },
  );
}
