import { translator } from '../../lib/i18n';
import { localName } from '../../lib/i18n/names';
import { MARKET, STAGE, labelOf } from '../../lib/vocabulary/codes';
import { positionLabel, periodOf, sourceWords, type ShareFigure } from '../../lib/method/published';
import { figureValueText } from '../../lib/method/figure-values';
import {
  codeColumn,
  countColumn,
  intervalColumns,
  percentColumn,
  tableOf,
} from '../../lib/ui/table';
import type { ViewContext, ViewTable } from '../view-spec';

/** Published and computed shares, one row each, with their scope as the source states it. */
export function figuresTable(figures: ShareFigure[], ctx: ViewContext): ViewTable {
  const t = translator(ctx.lang);
  const lang = ctx.lang;
  const ids = (f: ShareFigure) => f.obsIds;
  const counts = (pick: (c: { women: number; total: number }) => number) => (f: ShareFigure) =>
    f.counts ? pick(f.counts) : null;
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
      {
        code: 'group',
        label: 'columnGroup',
        cell: (f) => ({ text: f.group ? sourceWords(f.group, lang) : '' }),
      },
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
        text: f.computed ? t('computedLabel') : f.qualifier,
        value: f.computed ? 'computed' : f.qualifier,
      })),
      percentColumn(lang, 'value', 'columnValueNumber', (f) => f.value, ids, ''),
      percentColumn(lang, 'value_low', 'columnValueLow', (f) => f.low, ids, ''),
      percentColumn(lang, 'value_high', 'columnValueHigh', (f) => f.high, ids, ''),
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
      codeColumn('source_id', 'columnSource', (f) => ({
        text:
          ctx.sources.find((s) => s.sourceId === f.sourceIds[0])?.publisher ?? f.sourceIds[0] ?? '',
        value: f.sourceIds[0] ?? '',
      })),
    ],
    figures,
  );
}
