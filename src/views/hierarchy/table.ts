import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { MARKET, QUALIFIER, STAGE, isCode, labelOf } from '../../lib/vocabulary/codes';
import { groupOf, positionLabel, periodOf, type ShareFigure } from '../../lib/method/published';
import { figureValueText, formatPublishedValue } from '../../lib/method/figure-values';
import {
  codeColumn,
  countColumn,
  intervalColumns,
  numberCell,
  tableOf,
  type TableColumn,
} from '../../lib/ui/table';
import type { ViewContext, ViewTable } from '../view-spec';

/** Published and computed shares, one row each, with their scope as the source states it. */
export function figuresTable(figures: ShareFigure[], ctx: ViewContext): ViewTable {
  const t = translator(ctx.lang);
  const lang = ctx.lang;
  const ids = (f: ShareFigure) => f.obsIds;
  const counts = (pick: (c: { women: number; total: number }) => number) => (f: ShareFigure) =>
    f.counts ? pick(f.counts) : null;
  // A count of women is a number of persons, never a percentage.
  const valueColumn = (
    code: string,
    label: 'columnValueNumber' | 'columnValueLow' | 'columnValueHigh',
    pick: (f: ShareFigure) => number | null,
  ): TableColumn<ShareFigure> => ({
    code,
    label,
    cell: (f) => {
      const n = pick(f);
      const text =
        n === null ? '' : f.measure === 'count' ? formatCount(n, lang) : formatPercent(n, lang);
      return numberCell(text, n, f.obsIds);
    },
  });
  return tableOf<ShareFigure>(
    lang,
    [
      codeColumn('area', 'columnArea', (f) => ({
        text: localName(f.areaNames, lang),
        value: f.area,
      })),
      { code: 'period', label: 'columnPeriod', cell: (f) => ({ text: periodOf(f, lang) }) },
      codeColumn('stage', 'columnStage', (f) => ({
        text: labelOf(STAGE, f.stage, lang),
        value: f.stage,
      })),
      codeColumn('market', 'columnMarket', (f) => ({
        text: labelOf(MARKET, f.market, lang),
        value: f.market,
      })),
      codeColumn('position', 'columnPosition', (f) => ({
        text: positionLabel(f.position, lang),
        value: f.position.code,
      })),
      { code: 'group', label: 'columnGroup', cell: (f) => ({ text: groupOf(f, lang) ?? '' }) },
      {
        code: 'value_as_published',
        label: 'columnValue',
        cell: (f) => ({ text: figureValueText(f, lang), obsIds: f.obsIds }),
      },
      codeColumn('sex', 'columnSex', (f) => ({
        text: f.sex === 'male' ? t('men') : t('women'),
        value: f.sex,
      })),
      codeColumn('qualifier', 'columnQualifier', (f) => ({
        text: f.computed
          ? t('computedLabel')
          : isCode(QUALIFIER, f.qualifier)
            ? labelOf(QUALIFIER, f.qualifier, lang)
            : f.qualifier,
        value: f.computed ? 'computed' : f.qualifier,
      })),
      valueColumn('value', 'columnValueNumber', (f) => f.value),
      valueColumn('value_low', 'columnValueLow', (f) => f.low),
      valueColumn('value_high', 'columnValueHigh', (f) => f.high),
      {
        code: 'out_of',
        label: 'columnOutOf',
        cell: (f) =>
          numberCell(
            f.outOf ? formatPublishedValue({ ...f.outOf, measure: 'count' }, lang) : '',
            f.outOf ? (f.outOf.value ?? f.outOf.valueHigh ?? f.outOf.valueLow) : null,
            f.outOf ? [f.outOf.obsId] : [],
          ),
      },
      ...intervalColumns(lang, (f: ShareFigure) => f.interval, undefined, ''),
      countColumn(
        lang,
        'women',
        'columnWomen',
        counts((c) => c.women),
        ids,
        '',
      ),
      countColumn(
        lang,
        'total',
        'columnTotal',
        counts((c) => c.total),
        ids,
        '',
      ),
      // The CSV adds source_id and the source's publisher, title and address after the rows.
      codeColumn('source', 'columnSource', (f) => ({
        text:
          ctx.sources.find((s) => s.sourceId === f.sourceIds[0])?.publisher ?? f.sourceIds[0] ?? '',
        value: f.sourceIds[0] ?? '',
      })),
    ],
    figures,
  );
}
