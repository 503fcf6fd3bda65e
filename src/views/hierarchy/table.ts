import { formatCount, formatPercent, translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { MARKET, QUALIFIER, STAGE, isCode, labelOf } from '../../lib/vocabulary/codes';
import { formatPublishedValue } from '../../lib/method/figure-values';
import { groupOf, positionLabel, periodOf, type ShareFigure } from '../../lib/method/published';
import { figureValueText } from '../../lib/charts/hierarchy-chart';
import { numberCell } from '../../lib/ui/table';
import type { ViewContext, ViewTable } from '../view-spec';

/** Published and computed shares, one row each, with their scope as the source states it. */
export function figuresTable(figures: ShareFigure[], ctx: ViewContext): ViewTable {
  const t = translator(ctx.lang);
  const lang = ctx.lang;
  return {
    columns: [
      t('columnArea'),
      t('columnPeriod'),
      t('columnStage'),
      t('columnMarket'),
      t('columnPosition'),
      t('columnGroup'),
      t('columnValue'),
      t('columnSex'),
      t('columnQualifier'),
      t('columnValueNumber'),
      t('columnValueLow'),
      t('columnValueHigh'),
      t('columnOutOf'),
      t('columnIntervalLow'),
      t('columnIntervalHigh'),
      t('columnWomen'),
      t('columnTotal'),
      t('columnSource'),
    ],
    codes: [
      'area',
      'period',
      'stage',
      'market',
      'position',
      'group',
      'value_as_published',
      'sex',
      'qualifier',
      'value',
      'value_low',
      'value_high',
      'out_of',
      'interval_low',
      'interval_high',
      'women',
      'total',
      // The CSV adds source_id and the source's publisher, title and address after the rows.
      'source',
    ],
    rows: figures.map((f) => {
      // A count of women is a number of persons, never a percentage.
      const format = (n: number) =>
        f.measure === 'count' ? formatCount(n, lang) : formatPercent(n, lang);
      return [
        { text: localName(f.areaNames, lang), value: f.area },
        { text: periodOf(f, lang) },
        { text: labelOf(STAGE, f.stage, lang), value: f.stage },
        { text: labelOf(MARKET, f.market, lang), value: f.market },
        { text: positionLabel(f.position, lang), value: f.position.code },
        { text: groupOf(f, lang) ?? '' },
        { text: figureValueText(f, lang), obsIds: f.obsIds },
        { text: f.sex === 'male' ? t('men') : t('women'), value: f.sex },
        {
          text: f.computed
            ? t('computedLabel')
            : isCode(QUALIFIER, f.qualifier)
              ? labelOf(QUALIFIER, f.qualifier, lang)
              : f.qualifier,
          value: f.computed ? 'computed' : f.qualifier,
        },
        numberCell(f.value === null ? '' : format(f.value), f.value, f.obsIds),
        numberCell(f.low === null ? '' : format(f.low), f.low, f.obsIds),
        numberCell(f.high === null ? '' : format(f.high), f.high, f.obsIds),
        numberCell(
          f.outOf ? formatPublishedValue({ ...f.outOf, measure: 'count' }, lang) : '',
          f.outOf ? (f.outOf.value ?? f.outOf.valueHigh ?? f.outOf.valueLow) : null,
          f.outOf ? [f.outOf.obsId] : [],
        ),
        numberCell(f.interval ? formatPercent(f.interval.low, lang) : '', f.interval?.low ?? null),
        numberCell(
          f.interval ? formatPercent(f.interval.high, lang) : '',
          f.interval?.high ?? null,
        ),
        numberCell(
          f.counts ? formatCount(f.counts.women, lang) : '',
          f.counts?.women ?? null,
          f.obsIds,
        ),
        numberCell(
          f.counts ? formatCount(f.counts.total, lang) : '',
          f.counts?.total ?? null,
          f.obsIds,
        ),
        {
          text:
            ctx.sources.find((s) => s.sourceId === f.sourceIds[0])?.publisher ??
            f.sourceIds[0] ??
            '',
          value: f.sourceIds[0] ?? '',
        },
      ];
    }),
  };
}
